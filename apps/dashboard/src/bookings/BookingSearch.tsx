import { Alert, Box, List, ListItemButton, ListItemText } from '@mui/material';
import { SearchTermBox } from '../common/SearchTermBox';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type BookingView, halfLabel, searchTermProblem } from '@outreach/domain/bookings';
import { type FormEvent, useState } from 'react';
import { useCanAccess, useListContext, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessage } from '../providers/http';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { BookingStatusChip } from './fields';
import { useBookingT } from './useBookingT';
import { formatMonthDay } from '../common/dates';

/** Whether this user may see callers' names at all (the API still decides per booking: the city only shared slips). */
function useReadsNames(): boolean {
  const { canAccess: personal = false } = useCanAccess({ resource: 'bookings', action: 'personal' });
  return personal;
}

function visitText(b: BookingView, notPlaced: string): string {
  return b.visitDate ? `${formatMonthDay(b.visitDate)}${b.half ? ` ${halfLabel(b.half)}` : ''}` : notPlaced;
}

/**
 * 予約を探す: the operator types the name, kana or phone the caller gives; the term goes in a POST body (never a URL)
 * and the API looks up its keyed hash. Each result links to the booking.
 */
export function BookingSearch({ programId }: { programId: string }) {
  const t = useBookingT();
  const dataProvider = useAppDataProvider();
  const [q, setQ] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const search = useMutation({ mutationFn: (term: string) => dataProvider.searchBookings(programId, term) });
  if (!useReadsNames()) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const why = searchTermProblem(q);
    setProblem(why);
    if (why) search.reset();
    else search.mutate(q);
  };
  const results = search.data;
  return (
    <Box component="form" role="search" onSubmit={submit} sx={{ display: 'grid', gap: 1, maxWidth: 640 }}>
      <SearchTermBox
        label={t('search.label')}
        value={q}
        onChange={(value) => {
          setQ(value);
          setProblem(null);
          search.reset(); // a new term: the old results no longer answer it
        }}
        error={!!problem || search.isError}
        helperText={problem ?? (search.isError ? errorMessage(search.error) : t('search.hint'))}
        pending={search.isPending}
        submitLabel={t('search.submit')}
        name="booking-search"
      />
      {results && results.length === 0 && <Alert severity="info">{t('search.none')}</Alert>}
      {results && results.length > 0 && (
        <List dense aria-label={t('search.found', { smart_count: results.length })} sx={{ bgcolor: 'background.paper', borderRadius: 1 }}>
          {results.map(({ booking, callerName }) => (
            <ListItemButton key={booking.id} component={Link} to={`/bookings/${booking.id}/show`}>
              <ListItemText
                primary={`${t('search.result', { number: booking.receptionNumber })}\u3000${callerName ?? '—'}`}
                secondary={
                  <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                    <span>{visitText(booking, t('notPlaced'))}</span>
                    <BookingStatusChip status={booking.status} />
                  </Box>
                }
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}

/** The caller's name of a row of the list: one request for the page's bookings (the API records each name shown). */
export function CallerNameField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<BookingView>();
  const { data } = useListContext<BookingView>();
  const dataProvider = useAppDataProvider();
  const readsNames = useReadsNames();
  const ids = (data ?? []).map((b) => b.id).sort();
  const programId = record?.programId ?? '';
  const names = useQuery({
    queryKey: ['programs', programId, 'caller-names', ids.join(',')],
    queryFn: () => dataProvider.callerNames(programId, ids),
    enabled: readsNames && ids.length > 0 && !!programId,
    staleTime: 60_000,
    ...QUERY_ONCE,
  });
  if (!record) return null;
  return <>{names.data?.find((n) => n.bookingId === record.id)?.callerName ?? '—'}</>;
}
