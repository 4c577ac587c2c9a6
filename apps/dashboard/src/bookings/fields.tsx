import { Chip } from '@mui/material';
import { type BookingStatus, type BookingView, halfLabel } from '@outreach/domain/bookings';
import { useRecordContext } from 'react-admin';
import { useBookingT } from './useBookingT';
import { formatMonthDay } from '../common/dates';

const STATUS_COLOR: Record<BookingStatus, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {
  tentative: 'warning',
  confirmed: 'primary',
  visited: 'success',
  cancelled: 'default',
  no_show: 'error',
};

export function BookingStatusChip({ status }: { status: BookingStatus }) {
  const t = useBookingT();
  return <Chip size="small" color={STATUS_COLOR[status]} variant={status === 'cancelled' ? 'outlined' : 'filled'} label={t(`statuses.${status}`)} />;
}

export function BookingStatusField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<BookingView>();
  return record ? <BookingStatusChip status={record.status} /> : null;
}

/** 12月8日(火) 午後 14:00頃, or 未定 for a facility request not placed yet. */
export function VisitField(_props: { label?: string; source?: string }) {
  const t = useBookingT();
  const record = useRecordContext<BookingView>();
  if (!record) return null;
  if (!record.visitDate) return <>{t('notPlaced')}</>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatMonthDay(record.visitDate)}
      {record.half ? ` ${halfLabel(record.half)}` : ''}
      {record.window ? ` ${record.window}` : ''}
    </span>
  );
}
