import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadIcon from '@mui/icons-material/Download';
import ShareIcon from '@mui/icons-material/Share';
import { Alert, Box, Button, Card, CardContent, IconButton, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { addDays, type DateKey, formatMonthDayWithWeekday, formatWareki, jstDateKey } from '@outreach/domain';
import { useState } from 'react';
import { Confirm, Loading, Title, useCanAccess, useGetList, useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { type Booking, bookingsApi, errorMessage, useLoad } from '../bookings';
import { ProgramPicker } from '../common/ProgramPicker';
import { type ProgramSummary, useCurrentProgram } from '../common/useCurrentProgram';
import { recordUrl } from '../providers/dataProvider';
import { nextShareWeek, overdueWeeks, shareDeadline, unsharedInWeek } from './receptionList';

/** 受付一覧表 of the current program (home visits): numbers and dates only, kept after the personal data is deleted. */
export function ReceptionListPage() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.bookings.noProgram')}</Alert>;
  return <ReceptionList key={program.id} program={program} />;
}

function date(key: DateKey | null): string {
  return key ? formatWareki(key) : '—';
}

function ReceptionList({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.receptionList.${key}`, options);
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const today = jstDateKey(new Date());
  const { canAccess: canShare = false } = useCanAccess({ resource: 'reception-list', action: 'share' });
  const { canAccess: canExport = false } = useCanAccess({ resource: 'reception-list', action: 'export' });
  const rows = useLoad(() => bookingsApi.receptionList(program.id), program.id);
  // The list has no booking ids: the numbers are matched to the bookings (facts only) to open each one.
  const { data: bookings } = useGetList<Booking>('bookings', { filter: { programId: program.id, kind: 'home' }, pagination: { page: 1, perPage: 500 }, sort: { field: 'receptionNumber', order: 'ASC' } });
  const idByNumber = new Map((bookings ?? []).map((b) => [b.receptionNumber, b.id]));
  const [week, setWeek] = useState(() => nextShareWeek(today));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const pending = unsharedInWeek(rows.data ?? [], week);
  const overdue = overdueWeeks(rows.data ?? [], today);

  const share = async () => {
    setBusy(true);
    try {
      const shared = await bookingsApi.share(program.id, week);
      notify('app.receptionList.shared', { type: 'success', messageArgs: { count: shared.length, week: formatMonthDayWithWeekday(week) } });
      setConfirming(false);
      rows.refetch();
    } catch (e) {
      if (!(await logoutIfAccessDenied(e))) notify(errorMessage(e), { type: 'error' });
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
        <ProgramPicker />
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
            {overdue.length > 0 && <Alert severity="warning">{t('share.overdue', { weeks: overdue.map((w) => formatMonthDayWithWeekday(w)).join('、') })}</Alert>}
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Box sx={{ display: 'flex', alignItems: 'center' }} role="group" aria-label={t('share.week')}>
                <IconButton size="small" aria-label={t('share.previous')} onClick={() => setWeek((w) => addDays(w, -7))}>
                  <ChevronLeftIcon />
                </IconButton>
                <Typography sx={{ fontWeight: 700, minWidth: '15em', textAlign: 'center' }} data-testid="share-week">
                  {t('share.weekLabel', { from: formatMonthDayWithWeekday(week), to: formatMonthDayWithWeekday(addDays(week, 6)) })}
                </Typography>
                <IconButton size="small" aria-label={t('share.next')} onClick={() => setWeek((w) => addDays(w, 7))}>
                  <ChevronRightIcon />
                </IconButton>
              </Box>
              <Typography variant="body2" color={shareDeadline(week) < today && pending.length ? 'error' : undefined}>
                {t('share.summary', { due: formatMonthDayWithWeekday(shareDeadline(week)), count: pending.length })}
              </Typography>
              <Button variant="contained" startIcon={<ShareIcon />} disabled={busy} onClick={() => setConfirming(true)} sx={{ ml: 'auto' }}>
                {t('share.button')}
              </Button>
            </Box>
          </CardContent>
        </Card>
      )}
      {rows.error ? <Alert severity="error">{translate(errorMessage(rows.error))}</Alert> : null}
      {rows.isPending && !rows.data ? <Loading /> : null}
      {rows.data && (
        <Card>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('title')} data-testid="reception-list">
              <TableHead>
                <TableRow>
                  {['receptionNumber', 'receivedDate', 'visitDate', 'plannedApplications', 'sharedWithCityDate', 'visitFinishedDate', 'personalDataDeletedDate'].map((c) => (
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
                {rows.data.map((r) => {
                  const id = idByNumber.get(r.receptionNumber);
                  return (
                    <TableRow key={r.receptionNumber} hover>
                      <TableCell align="right">
                        {id ? (
                          <MuiLink component={Link} to={`/bookings/${id}/show`}>
                            {r.receptionNumber}
                          </MuiLink>
                        ) : (
                          r.receptionNumber
                        )}
                      </TableCell>
                      <TableCell>{date(r.receivedDate)}</TableCell>
                      <TableCell>{date(r.visitDate)}</TableCell>
                      <TableCell align="right">{r.plannedApplications}</TableCell>
                      <TableCell>{date(r.sharedWithCityDate)}</TableCell>
                      <TableCell>{date(r.visitFinishedDate)}</TableCell>
                      <TableCell>{date(r.personalDataDeletedDate)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        </Card>
      )}
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="app.receptionList.share.confirmTitle"
        content={t('share.confirm', { from: formatMonthDayWithWeekday(week), count: pending.length })}
        onConfirm={() => void share()}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
