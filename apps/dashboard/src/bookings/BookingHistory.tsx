import { Box, Card, CardContent, Typography } from '@mui/material';
import { handlingActionLabel, handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { useCanAccess, useGetList, useRecordContext } from 'react-admin';
import type { BookingView } from '@outreach/domain/bookings';
import { useBookingT } from './useBookingT';
import { formatDateTime } from '../common/dates';

type HistoryRow = Pick<HandlingRecordView, 'id' | 'occurredAt' | 'userId' | 'userName' | 'organizationName' | 'ip' | 'action' | 'reason'>;

/**
 * The booking's events from the handling record (受付, 閲覧, 共有, 変更, 削除 …), oldest first, for the roles that
 * read the handling record; each person sees the rows of their own city or organization, as on its screen.
 */
export function BookingHistory() {
  const t = useBookingT();
  const record = useRecordContext<BookingView>();
  const { canAccess = false } = useCanAccess({ resource: 'handling-records', action: 'list' });
  const { data } = useGetList<HistoryRow>(
    'handling-records',
    { filter: { resourceType: 'booking', resourceId: record?.id }, sort: { field: 'occurredAt', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: canAccess && record !== undefined },
  );
  if (!canAccess || !record) return null;
  return (
    <Card variant="outlined" sx={{ m: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {t('historyTitle')}
        </Typography>
        {data && data.length === 0 && <Typography color="text.secondary">{t('historyEmpty')}</Typography>}
        <Box component="ol" data-testid="booking-history" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}>
          {(data ?? []).map((row) => (
            <Box component="li" key={row.id} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, fontSize: '0.875rem', overflowWrap: 'anywhere' }}>
              <Box component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                {formatDateTime(row.occurredAt)}
              </Box>
              <Box component="span" sx={{ fontWeight: 700 }}>
                {handlingActionLabel(row.action)}
              </Box>
              {/* A person with their organization; the scheduled sweep by its name alone (it has no organization). */}
              <Box component="span">{row.organizationName ? t('historyBy', { name: handlingActorName(row) || '—', organization: row.organizationName }) : handlingActorName(row) || '—'}</Box>
              {row.reason && (
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {row.reason}
                </Box>
              )}
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
