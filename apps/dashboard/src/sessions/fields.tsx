import { Chip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { isUnbookedVisit, type SessionView } from '@outreach/domain/sessions';
import { timeRange } from '../common/format';

const STATUS_COLORS = { planned: 'default', held: 'success', cancelled: 'warning' } as const;

/** 予定 / 実施済み / 中止 */
export function SessionStatusField() {
  const session = useRecordContext<SessionView>();
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

/**
 * What a session did (申請件数, 相談件数, 市職員立会い), shown for a held one: a planned or cancelled session has
 * none yet — not 0, and not ✗ for city staff a team will bring (チーム編成).
 */
export function HeldOnly({ children }: { children: ReactNode }) {
  const session = useRecordContext<SessionView>();
  return session?.status === 'held' ? <>{children}</> : null;
}

export function TimeRangeField() {
  const session = useRecordContext<SessionView>();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {session ? timeRange(session.startTime, session.endTime) : ''}
    </Typography>
  );
}

/**
 * 予約から, or 予約なし with its reason, for a home or facility visit; nothing for a venue event (it takes no booking).
 * Shown for a program that books visits only (SessionList leaves the column out for the others).
 */
export function BookingLinkField() {
  const session = useRecordContext<SessionView>();
  const translate = useTranslate();
  if (!session || (session.bookingId === null && !isUnbookedVisit(session, null, true))) return null;
  if (session.bookingId !== null) return <Typography component="span" variant="body2">{translate('app.sessions.fromBooking')}</Typography>;
  const reason = session.unbookedReason
    ? session.unbookedReason === 'other' && session.unbookedReasonText
      ? `${translate('app.sessions.unbookedReasons.other')}（${session.unbookedReasonText}）`
      : translate(`app.sessions.unbookedReasons.${session.unbookedReason}`)
    : translate('app.sessions.unbookedNoReason');
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate('app.sessions.unbooked', { reason })}
    </Typography>
  );
}
