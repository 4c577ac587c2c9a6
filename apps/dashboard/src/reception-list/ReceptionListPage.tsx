import { useQuery } from '@tanstack/react-query';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadIcon from '@mui/icons-material/Download';
import ShareIcon from '@mui/icons-material/Share';
import { Alert, Box, Button, Card, CardContent, IconButton, Link as MuiLink, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, useMediaQuery, useTheme } from '@mui/material';
import { type DateKey } from '@outreach/domain/common';
import { useState } from 'react';
import { Confirm, Loading, Title, useCanAccess, useGetList, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BookingView, ReceptionListRow } from '@outreach/domain/bookings';
import { RequireProgram } from '../common/RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, recordUrl } from '../providers/http';
import { shareWeekToShow } from './receptionList';
import { formatMonthDay, formatOfficialDate } from '../common/dates';
import { ScrollRegion } from '../common/ScrollRegion';
import { TermList } from '../common/TermList';
import { useScopedT } from '../common/useScopedT';
import { serverToday } from '../common/serverClock';

/** 受付一覧表 of the current program (home visits): numbers and dates only, kept after the personal data is deleted. */
export function ReceptionListPage() {
  return <RequireProgram>{(program) => <ReceptionList key={program.id} program={program} />}</RequireProgram>;
}

function date(key: DateKey | null): string {
  return key ? formatOfficialDate(key) : '—';
}

const COLUMNS = ['receptionNumber', 'receivedDate', 'visitDate', 'plannedApplications', 'sharedWithCityDate', 'visitFinishedDate', 'personalDataDeletedDate'] as const;
/** A block's lines under its number: every column but the number. */
const BLOCK_LINES = ['receivedDate', 'visitDate', 'plannedApplications', 'sharedWithCityDate', 'visitFinishedDate', 'personalDataDeletedDate'] as const satisfies ReadonlyArray<(typeof COLUMNS)[number]>;

/** The number, a link to the booking where the bookings' facts name it. */
function NumberLink({ row, id }: { row: ReceptionListRow; id: string | undefined }) {
  return id ? (
    <MuiLink component={Link} to={`/bookings/${id}/show`}>
      {row.receptionNumber}
    </MuiLink>
  ) : (
    <>{row.receptionNumber}</>
  );
}

/**
 * The list on a phone (below 900 px): one block per reception, its number first and the dates under it as label and
 * value, nothing wider than the screen — seven columns of 和暦 dates wrapped each date onto three lines and hid the
 * last four columns past the edge. Staff in the field look for the latest, so the order can be turned round.
 */
function ReceptionBlocks({ rows, idByNumber }: { rows: readonly ReceptionListRow[]; idByNumber: ReadonlyMap<number, string> }) {
  const translate = useTranslate();
  const t = useScopedT('receptionList');
  const [order, setOrder] = useState<'ASC' | 'DESC'>('ASC');
  const field = (c: (typeof COLUMNS)[number]) => translate(`resources.reception-list.fields.${c}`);
  if (rows.length === 0) return <Typography sx={{ p: 2, color: 'text.secondary' }}>{t('empty')}</Typography>;
  const shown = order === 'ASC' ? rows : [...rows].reverse();
  return (
    <>
      <Box sx={{ p: 1 }}>
        <TextField select fullWidth size="small" label={translate('app.common.sortBy')} value={order} onChange={(e) => setOrder(e.target.value as 'ASC' | 'DESC')} data-testid="reception-list-order">
          <MenuItem value="ASC">{translate('app.common.ascending', { field: field('receptionNumber') })}</MenuItem>
          <MenuItem value="DESC">{translate('app.common.descending', { field: field('receptionNumber') })}</MenuItem>
        </TextField>
      </Box>
      <Box component="ul" aria-label={t('title')} data-testid="reception-list" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {shown.map((r) => (
          <Box component="li" key={r.receptionNumber} sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
            {/* The first line as the other lists' blocks have it (common/ListTable.tsx): the label small, the number a link. */}
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, fontWeight: 600 }}>
              <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem', fontWeight: 400 }}>
                {field('receptionNumber')}
              </Box>
              <NumberLink row={r} id={idByNumber.get(r.receptionNumber)} />
            </Box>
            <TermList rows={BLOCK_LINES.map((c) => [field(c), c === 'plannedApplications' ? r.plannedApplications : date(r[c])])} />
          </Box>
        ))}
      </Box>
    </>
  );
}

function ReceptionList({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const t = useScopedT('receptionList');
  const phone = useMediaQuery(useTheme().breakpoints.down('md'), { noSsr: true });
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const today = serverToday();
  const { canAccess: canShare = false } = useCanAccess({ resource: 'reception-list', action: 'share' });
  const { canAccess: canExport = false } = useCanAccess({ resource: 'reception-list', action: 'export' });
  const rows = useQuery({ queryKey: ['programs', program.id, 'reception-list'], queryFn: () => dataProvider.receptionList(program.id), ...QUERY_ONCE });
  // The list has no booking ids: the numbers are matched to the bookings (facts only) to open each one.
  const { data: bookings } = useGetList<BookingView>('bookings', { filter: { programId: program.id, kind: 'home' }, pagination: { page: 1, perPage: 500 }, sort: { field: 'receptionNumber', order: 'ASC' } });
  const idByNumber = new Map((bookings ?? []).map((b) => [b.receptionNumber, b.id]));
  // Due dates, unshared slips and overdue weeks are the API's (the program's due weekday and week start).
  const weeks = useQuery({ queryKey: ['programs', program.id, 'slip-shares'], queryFn: () => dataProvider.slipShareWeeks(program.id), enabled: canShare, ...QUERY_ONCE });
  const [picked, setPicked] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const allWeeks = weeks.data ?? [];
  const index = picked ?? shareWeekToShow(allWeeks, today);
  const week = index === null ? undefined : allWeeks[index];
  const overdue = allWeeks.filter((w) => w.state === 'overdue');

  const share = async () => {
    if (!week) return;
    setBusy(true);
    try {
      const shared = await dataProvider.shareReceptionSlips(program.id, week.weekStart);
      notify('app.receptionList.shared', { type: 'success', messageArgs: { count: shared.length, week: formatMonthDay(week.weekStart) } });
      setConfirming(false);
      void rows.refetch();
      void weeks.refetch();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={t('title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
          {t('hint')}
        </Typography>
        {canExport && (
          // A plain same-origin link: the session cookie goes along and the browser saves the API's file name.
          <Button size="small" startIcon={<DownloadIcon />} href={recordUrl('programs', program.id, '/reports/reception-list.xlsx')}>
            {t('export')}
          </Button>
        )}
      </Box>
      {canShare && (
        <Card>
          <CardContent sx={{ display: 'grid', gap: 1 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
              {t('share.title')}
            </Typography>
            {overdue.length > 0 && <Alert severity="warning">{t('share.overdue', { weeks: overdue.map((w) => formatMonthDay(w.weekStart)).join('、') })}</Alert>}
            {weeks.error ? <Alert severity="error">{translate(errorMessage(weeks.error))}</Alert> : null}
            {week && index !== null && (
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <Box sx={{ display: 'flex', alignItems: 'center' }} role="group" aria-label={t('share.week')}>
                  <IconButton size="small" aria-label={t('share.previous')} disabled={index === 0} onClick={() => setPicked(index - 1)}>
                    <ChevronLeftIcon />
                  </IconButton>
                  <Typography sx={{ fontWeight: 700, minWidth: '15em', textAlign: 'center' }} data-testid="share-week">
                    {t('share.weekLabel', { from: formatMonthDay(week.weekStart), to: formatMonthDay(week.weekEnd) })}
                  </Typography>
                  <IconButton size="small" aria-label={t('share.next')} disabled={index === allWeeks.length - 1} onClick={() => setPicked(index + 1)}>
                    <ChevronRightIcon />
                  </IconButton>
                </Box>
                <Typography variant="body2" color={week.state === 'overdue' ? 'error' : undefined} data-testid="share-summary">
                  {t('share.summary', { due: formatMonthDay(week.dueDate), count: week.unshared.length })}
                </Typography>
                <Button variant="contained" startIcon={<ShareIcon />} disabled={busy} onClick={() => setConfirming(true)} sx={{ ml: 'auto' }}>
                  {t('share.button')}
                </Button>
              </Box>
            )}
          </CardContent>
        </Card>
      )}
      {rows.error ? <Alert severity="error">{translate(errorMessage(rows.error))}</Alert> : null}
      {rows.isPending && !rows.data ? <Loading /> : null}
      {rows.data && (
        <Card>
          {phone ? (
            <ReceptionBlocks rows={rows.data} idByNumber={idByNumber} />
          ) : (
            <ScrollRegion label={t('title')}>
              <Table size="small" aria-label={t('title')} data-testid="reception-list">
                <TableHead>
                  <TableRow>
                    {COLUMNS.map((c) => (
                      <TableCell key={c} sx={{ whiteSpace: 'nowrap', fontWeight: 700 }} align={c === 'receptionNumber' || c === 'plannedApplications' ? 'right' : 'left'}>
                        {translate(`resources.reception-list.fields.${c}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.data.length === 0 && (
                    <TableRow>
                      <TableCell colSpan={7} sx={{ color: 'text.secondary' }}>
                        {t('empty')}
                      </TableCell>
                    </TableRow>
                  )}
                  {rows.data.map((r) => (
                    <TableRow key={r.receptionNumber} hover>
                      <TableCell align="right">
                        <NumberLink row={r} id={idByNumber.get(r.receptionNumber)} />
                      </TableCell>
                      <TableCell>{date(r.receivedDate)}</TableCell>
                      <TableCell>{date(r.visitDate)}</TableCell>
                      <TableCell align="right">{r.plannedApplications}</TableCell>
                      <TableCell>{date(r.sharedWithCityDate)}</TableCell>
                      <TableCell>{date(r.visitFinishedDate)}</TableCell>
                      <TableCell>{date(r.personalDataDeletedDate)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
        </Card>
      )}
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="app.receptionList.share.confirmTitle"
        content={week ? t('share.confirm', { from: formatMonthDay(week.weekStart), count: week.unshared.length }) : ''}
        onConfirm={() => void share()}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
