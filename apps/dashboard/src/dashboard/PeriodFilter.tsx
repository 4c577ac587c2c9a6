import { Button, Stack, TextField } from '@mui/material';
import { isDateKey, type DateKey } from '@outreach/domain/common';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface Period {
  from: DateKey;
  to: DateKey;
}

/**
 * The period the dashboard covers: two dates, applied once both are valid and in order; 全期間 returns to the
 * program's whole period.
 */
export function PeriodFilter({ value, whole, onChange }: { value: Period; whole: Period; onChange: (next: Period) => void }) {
  const translate = useTranslate();
  const [draft, setDraft] = useState<Period>(value);
  const valid = isDateKey(draft.from) && isDateKey(draft.to) && draft.from <= draft.to;
  const change = (next: Period) => {
    setDraft(next);
    if (isDateKey(next.from) && isDateKey(next.to) && next.from <= next.to) onChange(next);
  };
  const isWhole = value.from === whole.from && value.to === whole.to;
  return (
    <Stack component="fieldset" direction="row" spacing={1} useFlexGap sx={{ border: 0, p: 0, m: 0, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <legend style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{translate('app.dashboard.periodTitle')}</legend>
      <TextField
        type="date"
        size="small"
        label={translate('app.dashboard.from')}
        value={draft.from}
        onChange={(e) => change({ ...draft, from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 170 }}
      />
      <TextField
        type="date"
        size="small"
        label={translate('app.dashboard.to')}
        value={draft.to}
        onChange={(e) => change({ ...draft, to: e.target.value })}
        error={!valid}
        helperText={valid ? undefined : translate('app.dashboard.periodInvalid')}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 170 }}
      />
      <Button
        size="small"
        variant={isWhole ? 'contained' : 'outlined'}
        disableElevation
        onClick={() => change(whole)}
        sx={{ height: 40 }}
        aria-pressed={isWhole}
      >
        {translate('app.dashboard.wholePeriod')}
      </Button>
    </Stack>
  );
}
