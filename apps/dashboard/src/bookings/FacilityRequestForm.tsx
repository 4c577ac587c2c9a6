import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { FieldErrors } from '@outreach/domain/common';
import { FACILITY_TYPE_LABELS_JA } from '@outreach/domain/facilities';
import { memo } from 'react';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { type FacilityForm, fieldId } from './intakeForm';
import { useBookingT } from './useBookingT';

type TextKey = 'facilityName' | 'facilityType' | 'address' | 'phone' | 'contactName' | 'estimatedApplicants';

/** 施設からの依頼 (Otaru §8(2)オ(イ)): the facility, its contact, the estimated number of applicants. */
function FacilityRequestFormView({ programId, form, errors, onChange }: { programId: string; form: FacilityForm; errors: FieldErrors; onChange: (change: Partial<FacilityForm>) => void }) {
  const t = useBookingT();
  const dataProvider = useAppDataProvider();
  const known = useQuery({ queryKey: ['programs', programId, 'facilities'], queryFn: () => dataProvider.facilities(programId), ...QUERY_ONCE });
  // A facility already on record: its data fills the form (its contact person read from its page, recorded), and the request names it.
  const choose = async (id: string) => {
    if (!id) return onChange({ facilityId: '' });
    const f = await dataProvider.facility(programId, id);
    onChange({
      facilityId: f.id,
      facilityName: f.name,
      facilityType: FACILITY_TYPE_LABELS_JA[f.type],
      address: f.address,
      district: f.district ?? '',
      phone: f.contactPhone ?? '',
      contactName: f.contactName ?? '',
      estimatedApplicants: f.expectedResidents ? String(f.expectedResidents) : '',
    });
  };
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
      {(known.data?.length ?? 0) > 0 && (
        <TextField
          id={fieldId('facilityId')}
          select
          size="small"
          label={t('facility.known')}
          value={form.facilityId}
          onChange={(e) => void choose(e.target.value)}
          error={!!errors.facilityId}
          helperText={errors.facilityId ?? t('hints.knownFacility')}
        >
          <MenuItem value="">{t('facility.newFacility')}</MenuItem>
          {known.data?.map((f) => (
            <MenuItem key={f.id} value={f.id}>
              {`${f.name}（${FACILITY_TYPE_LABELS_JA[f.type]}）`}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, gap: 1 }}>
        {field('facilityName')}
        {field('facilityType', { placeholder: t('hints.facilityType') })}
      </Box>
      {field('address')}
      {/* As many columns as fit at 10 em each: three on a laptop, fewer when zoomed or beside a narrow panel. */}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(10em, 1fr))', gap: 1 }}>
        {field('phone', { slotProps: { htmlInput: { inputMode: 'tel' } } })}
        {field('contactName')}
        {field('estimatedApplicants', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
      </Box>
    </Box>
  );
}

export const FacilityRequestForm = memo(FacilityRequestFormView) as typeof FacilityRequestFormView;
