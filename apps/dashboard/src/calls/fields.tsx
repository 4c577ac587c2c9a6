import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CallView } from '@outreach/domain/calls';
import { formatMinutes } from './callForm';
import { formatDate, formatDateTime } from '../common/dates';

/** When the call came, in Japan time; a day logged on paper has no time, only its date. */
export function ReceivedAtField() {
  const call = useRecordContext<CallView>();
  if (!call) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {call.kind === 'bulk' ? formatDate(call.date) : formatDateTime(call.receivedAt)}
    </Typography>
  );
}

export function DurationField() {
  const call = useRecordContext<CallView>();
  return (
    <Typography component="span" variant="body2">
      {formatMinutes(call?.durationMinutes)}
    </Typography>
  );
}

/** 時間外 and 遅延入力 as chips: allowed, but the city sees them. */
export function CallFlagsField() {
  const call = useRecordContext<CallView>();
  const translate = useTranslate();
  if (!call || (!call.outsideHours && !call.late)) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {call.outsideHours && <Chip size="small" variant="outlined" color="warning" label={translate('app.calls.flags.outsideHours')} />}
      {call.late && <Chip size="small" variant="outlined" color="error" label={translate('app.calls.flags.late')} />}
    </Stack>
  );
}
