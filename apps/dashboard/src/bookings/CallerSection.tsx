import { Box, Checkbox, FormControlLabel, FormHelperText, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { type CallerRelation, callerRelationSchema } from '@outreach/domain/bookings';
import type { FieldErrors } from '@outreach/domain/common';
import { type KeyboardEvent, memo } from 'react';
import { type CallerForm, fieldId } from './intakeForm';
import { useBookingT } from './useBookingT';

const RELATIONS = callerRelationSchema.options;

/**
 * 電話の相手: who is calling (Otaru §8(2)オ: the applicant, family living with them, relatives within the third
 * degree, or someone calling at the applicant's request in front of them). Keys 1–4 pick a relation.
 */
function CallerSectionView({ caller, errors, onChange }: { caller: CallerForm; errors: FieldErrors; onChange: (change: Partial<CallerForm>) => void }) {
  const t = useBookingT();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = Number(event.key) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= RELATIONS.length) return;
    event.preventDefault();
    onChange({ relation: RELATIONS[index] });
    document.getElementById(`${fieldId('caller.relation')}-${RELATIONS[index]}`)?.focus();
  };
  return (
    <Box component="section" aria-labelledby="bk-caller-heading">
      <Typography id="bk-caller-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('sections.caller')}
      </Typography>
      <RadioGroup
        id={fieldId('caller.relation')}
        row
        aria-labelledby="bk-caller-heading"
        value={caller.relation}
        onChange={(event) => onChange({ relation: event.target.value as CallerRelation })}
        onKeyDown={onKeyDown}
      >
        {RELATIONS.map((r, i) => (
          <FormControlLabel
            key={r}
            value={r}
            control={<Radio size="small" id={`${fieldId('caller.relation')}-${r}`} autoFocus={r === caller.relation && r === 'self'} />}
            label={`${i + 1} ${t(`relations.${r}`)}`}
          />
        ))}
      </RadioGroup>
      <FormHelperText sx={{ mt: 0 }}>{t('hints.relationKeys')}</FormHelperText>
      {caller.relation !== 'self' && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, gap: 1, mt: 1 }}>
          <TextField
            id={fieldId('caller.name')}
            size="small"
            required
            label={t('fields.callerName')}
            value={caller.name}
            onChange={(e) => onChange({ name: e.target.value })}
            error={!!errors['caller.name']}
            helperText={errors['caller.name']}
          />
          <TextField
            id={fieldId('caller.relationDetail')}
            size="small"
            label={t('fields.relationDetail')}
            placeholder={t('hints.relationDetail')}
            value={caller.relationDetail}
            onChange={(e) => onChange({ relationDetail: e.target.value })}
            error={!!errors['caller.relationDetail']}
            helperText={errors['caller.relationDetail']}
          />
          <TextField
            id={fieldId('caller.phone')}
            size="small"
            label={t('fields.callerPhone')}
            value={caller.phone}
            onChange={(e) => onChange({ phone: e.target.value })}
            error={!!errors['caller.phone']}
            helperText={errors['caller.phone']}
            slotProps={{ htmlInput: { inputMode: 'tel' } }}
          />
        </Box>
      )}
      {caller.relation === 'requested_in_presence' && (
        <Box>
          <FormControlLabel
            control={
              <Checkbox
                id={fieldId('caller.inPresenceConfirmed')}
                size="small"
                checked={caller.inPresenceConfirmed}
                onChange={(e) => onChange({ inPresenceConfirmed: e.target.checked })}
              />
            }
            label={t('fields.inPresenceConfirmed')}
          />
          {errors['caller.inPresenceConfirmed'] && <FormHelperText error>{errors['caller.inPresenceConfirmed']}</FormHelperText>}
        </Box>
      )}
      {errors['caller.relation'] && <FormHelperText error>{errors['caller.relation']}</FormHelperText>}
    </Box>
  );
}

export const CallerSection = memo(CallerSectionView) as typeof CallerSectionView;
