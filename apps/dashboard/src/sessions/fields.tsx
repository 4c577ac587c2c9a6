import { Chip, Typography } from '@mui/material';
import { weekday } from '@outreach/domain';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { type Session, timeRange } from './session';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-06-17 → 2026/06/17(水) */
export function dateWithWeekday(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? `${key.replaceAll('-', '/')}(${WEEKDAYS_JA[weekday(key)]})` : key;
}

/** A date key with its weekday, on one line. */
export function DateKeyField({ source }: FieldProps) {
  const value: unknown = useRecordContext()?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof value === 'string' ? dateWithWeekday(value) : ''}
    </Typography>
  );
}

const STATUS_COLORS = { planned: 'default', held: 'success', cancelled: 'warning' } as const;

/** 予定 / 実施済み / 中止 */
export function SessionStatusField() {
  const session = useRecordContext<Session>();
  const translate = useTranslate();
  if (!session) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[session.status]}
      variant={session.status === 'planned' ? 'outlined' : 'filled'}
      label={translate(`app.sessions.statuses.${session.status}`)}
      title={session.status === 'cancelled' ? (session.cancelReason ?? undefined) : undefined}
    />
  );
}

export function TimeRangeField() {
  const session = useRecordContext<Session>();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {session ? timeRange(session.startTime, session.endTime) : ''}
    </Typography>
  );
}
