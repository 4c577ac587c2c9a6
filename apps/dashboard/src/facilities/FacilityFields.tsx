import { Box, MenuItem, TextField } from '@mui/material';
import type { FieldErrors } from '@outreach/domain/common';
import { FACILITY_TYPE_LABELS_JA, FACILITY_TYPES, type FacilityType } from '@outreach/domain/facilities';
import type { Dispatch, SetStateAction } from 'react';
import { useScreenWords } from '../common/useScreenWords';
import type { FacilityFormValues } from './facilityForm';

type TextKey = Exclude<keyof FacilityFormValues, 'type'>;

/**
 * The facility's inputs, the same on 施設を登録 and 施設の編集: each with its Japanese message beside it. The contact
 * person and phone are personal data (sealed by the API; `contactHint` says so where it matters).
 */
export function FacilityFields({ form, setForm, errors, contactHint }: { form: FacilityFormValues; setForm: Dispatch<SetStateAction<FacilityFormValues>>; errors: FieldErrors; contactHint?: string }) {
  const { translate, t } = useScreenWords('app.facilityRecords');
  const field = (key: TextKey, extra: object = {}) => (
    <TextField
      size="small"
      id={`facility-${key}`}
      label={translate(`resources.facilities.fields.${key}`)}
      value={form[key]}
      onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      error={!!errors[key]}
      helperText={errors[key]}
      autoComplete="off"
      {...extra}
    />
  );
  return (
    <>
      {field('name', { required: true })}
      <TextField
        select
        size="small"
        required
        id="facility-type"
        label={translate('resources.facilities.fields.type')}
        value={form.type}
        onChange={(e) => setForm((f) => ({ ...f, type: e.target.value as FacilityType }))}
        error={!!errors.type}
        helperText={errors.type}
      >
        {FACILITY_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {FACILITY_TYPE_LABELS_JA[type]}
          </MenuItem>
        ))}
      </TextField>
      {field('address', { required: true })}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
        {field('district')}
        {field('expectedResidents', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
        {field('contactName', { helperText: errors.contactName ?? contactHint })}
        {field('contactPhone', { slotProps: { htmlInput: { inputMode: 'tel' } } })}
      </Box>
      {field('note', { multiline: true, minRows: 2, helperText: errors.note ?? t('noteHint') })}
    </>
  );
}
