import { Box, Checkbox, Collapse, FormControlLabel, TextField, Typography } from '@mui/material';
import { memo, useState } from 'react';
import { type OverridesForm, overridesActive } from './intakeForm';
import { useBookingT } from './useBookingT';

export const OVERRIDE_REASON_ID = 'bk-override-reason';

/**
 * 管理者の例外, for managers only (booking.override): the lead time and the extra afternoon slot's travel limit may
 * be set aside with a reason, which the API records; on a new booking (`requirements`) also the guidance and identity
 * documents a visit needs. Capacity is never overridable. Folded away until asked for.
 */
function OverridesPanelView({ value, onChange, requirements = false }: { value: OverridesForm; onChange: (value: OverridesForm) => void; requirements?: boolean }) {
  const t = useBookingT();
  const active = overridesActive(value);
  const [opened, setOpen] = useState(active);
  // Set from the week view too (a manager's override in place): then it opens by itself.
  const open = opened || active;
  return (
    <Box sx={{ border: 1, borderColor: active ? 'warning.main' : 'divider', borderRadius: 1, px: 1.5, py: 0.5 }} data-testid="overrides">
      <FormControlLabel
        control={<Checkbox size="small" checked={open} onChange={(e) => setOpen(e.target.checked)} />}
        label={<Typography variant="body2">{t('overrides.title')}</Typography>}
      />
      <Collapse in={open}>
        <Box sx={{ display: 'grid', gap: 0.5, pb: 1 }}>
          <FormControlLabel
            control={<Checkbox size="small" checked={value.leadTime} onChange={(e) => onChange({ ...value, leadTime: e.target.checked })} />}
            label={<Typography variant="body2">{t('overrides.leadTime')}</Typography>}
          />
          <FormControlLabel
            control={<Checkbox size="small" checked={value.pmThirdTravel} onChange={(e) => onChange({ ...value, pmThirdTravel: e.target.checked })} />}
            label={<Typography variant="body2">{t('overrides.pmThirdTravel')}</Typography>}
          />
          {requirements && (
            <FormControlLabel
              control={<Checkbox size="small" checked={value.requirements} onChange={(e) => onChange({ ...value, requirements: e.target.checked })} />}
              label={<Typography variant="body2">{t('overrides.requirements')}</Typography>}
            />
          )}
          <TextField
            id={OVERRIDE_REASON_ID}
            size="small"
            required={active}
            label={t('overrides.reason')}
            value={value.reason}
            onChange={(e) => onChange({ ...value, reason: e.target.value })}
            error={active && value.reason.trim() === ''}
            helperText={active && value.reason.trim() === '' ? t('overrides.reasonNeeded') : t('overrides.recorded')}
          />
        </Box>
      </Collapse>
    </Box>
  );
}

export const OverridesPanel = memo(OverridesPanelView);
