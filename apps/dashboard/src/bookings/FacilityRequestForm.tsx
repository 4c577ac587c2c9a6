import { Box, TextField, Typography } from '@mui/material';
import type { FieldErrors } from '@outreach/domain/common';
import { memo } from 'react';
import { type FacilityForm, fieldId } from './intakeForm';
import { useBookingT } from './useBookingT';

type TextKey = 'facilityName' | 'facilityType' | 'address' | 'phone' | 'contactName' | 'estimatedApplicants';

/** 施設からの依頼 (Otaru §8(2)オ(イ)): the facility, its contact, the estimated number of applicants. */
function FacilityRequestFormView({ form, errors, onChange }: { form: FacilityForm; errors: FieldErrors; onChange: (change: Partial<FacilityForm>) => void }) {
  const t = useBookingT();
  const field = (key: TextKey, extra: object = {}) => (
    <TextField
      id={fieldId(key)}
      size="small"
      required
      label={t(`facility.${key}`)}
      value={form[key]}
      onChange={(e) => onChange({ [key]: e.target.value })}
      error={!!errors[key]}
      helperText={errors[key]}
      autoComplete="off"
      {...extra}
    />
  );
  return (
    <Box component="section" aria-labelledby="bk-facility-heading" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="bk-facility-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('sections.facility')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, gap: 1 }}>
        {field('facilityName')}
        {field('facilityType', { placeholder: t('hints.facilityType') })}
      </Box>
      {field('address')}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, gap: 1 }}>
        {field('phone', { slotProps: { htmlInput: { inputMode: 'tel' } } })}
        {field('contactName')}
        {field('estimatedApplicants', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
      </Box>
    </Box>
  );
}

export const FacilityRequestForm = memo(FacilityRequestFormView) as typeof FacilityRequestFormView;
