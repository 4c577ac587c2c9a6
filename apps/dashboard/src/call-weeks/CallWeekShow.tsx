import { Alert, Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { CALL_CATEGORIES } from '@outreach/domain/calls';
import { type ReactNode, useId } from 'react';
import { ListButton, Show, TopToolbar, useGetList, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CallView } from '@outreach/domain/calls';
import { ReportActions } from '../common/ReportActions';
import type { CallWeekView } from '@outreach/domain/calls';
import { frozenComparison, outcomeRows, weekEnded } from './callWeek';
import { CategoryTableHead, WeekStatusField } from './fields';
import { formatDate, formatDateTime, formatMonthDay, formatWeek } from '../common/dates';
import { ScrollRegion } from '../common/ScrollRegion';
import { serverToday } from '../common/serverClock';

/** One week's report: per day and category, the outcomes, what changed since submission, and the actions. */
export function CallWeekShow() {
  return (
    <Show
      title={<WeekTitle />}
      actions={
        <TopToolbar>
          <ListButton />
          <WeekActions />
        </TopToolbar>
      }
      component="div"
    >
      <WeekReport />
    </Show>
  );
}

/** 提出 once the week is over (the API refuses earlier), and the city's 受理 / 差し戻し / 受理取消し. */
function WeekActions() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const week = useRecordContext<CallWeekView>();
  if (!week) return null;
  return (
    <ReportActions
      resource="call-weeks"
      report={week}
      labels="app.callWeeks.actions"
      messageArgs={{ week: formatWeek(week), count: week.total }}
      submitBlocked={weekEnded(week, serverToday()) ? undefined : translate('app.callWeeks.actions.notEnded')}
      look="toolbar"
      onDone={refresh}
    />
  );
}

function WeekTitle() {
  const translate = useTranslate();
  const week = useRecordContext<CallWeekView>();
  return <>{week ? translate('app.callWeeks.showTitle', { week: formatWeek(week) }) : ''}</>;
}

function WeekReport() {
  const week = useRecordContext<CallWeekView>();
  if (!week) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Summary week={week} />
      {week.changedSinceSubmitted && <FrozenCounts week={week} />}
      <DaysTable week={week} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <Outcomes week={week} />
        <LateEntries week={week} />
      </Box>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Typography id={id} variant="subtitle1" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Summary({ week }: { week: CallWeekView }) {
  const translate = useTranslate();
  const t = (field: string) => translate(`resources.call-weeks.fields.${field}`);
  const items: Array<[string, ReactNode]> = [
    [t('weekStart'), `${formatMonthDay(week.weekStart)}〜${formatMonthDay(week.weekEnd)}`],
    [t('total'), translate('app.callWeeks.calls', { count: week.total })],
    [t('dueDate'), formatMonthDay(week.dueDate)],
    [t('status'), <WeekStatusField key="status" />],
    [t('submittedAt'), week.submittedAt ? formatDateTime(week.submittedAt) : '—'],
    [t('lateEntries'), week.lateEntries],
    [t('outsideHours'), translate('app.callWeeks.calls', { count: week.outsideHours })],
  ];
  return (
    <Card>
      <CardContent>
        {week.reason && (
          <Alert severity={week.status === 'returned' ? 'warning' : 'info'} sx={{ mb: 2 }}>
            {translate('resources.call-weeks.fields.reason')}: {week.reason}
          </Alert>
        )}
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
          {items.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" color="text.secondary" variant="body2">
                {label}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

/** Days × categories; days the program does not work (weekends, holidays) greyed and marked 休. */
function DaysTable({ week }: { week: CallWeekView }) {
  const translate = useTranslate();
  return (
    <Section title={translate('app.callWeeks.days')}>
      <ScrollRegion label={translate('app.callWeeks.days')}>
        <Table size="small">
          <CategoryTableHead first={translate('app.callWeeks.date')} />
          <TableBody>
            {week.days.map((day) => (
              <TableRow key={day.date} sx={day.workingDay ? undefined : { bgcolor: 'action.hover', '& td, & th': { color: 'text.secondary' } }}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {formatMonthDay(day.date)}
                  {!day.workingDay && <Chip size="small" variant="outlined" label={translate('app.callWeeks.closedDay')} sx={{ ml: 1, height: 20 }} />}
                </TableCell>
                {CALL_CATEGORIES.map((c) => (
                  <TableCell key={c} align="right">
                    {day.byCategory[c]}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {day.total}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow sx={{ '& td, & th': { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' } }}>
              <TableCell component="th" scope="row">
                {translate('resources.call-weeks.fields.total')}
              </TableCell>
              {CALL_CATEGORIES.map((c) => (
                <TableCell key={c} align="right">
                  {week.byCategory[c]}
                </TableCell>
              ))}
              <TableCell align="right" data-testid="call-week-total">
                {week.total}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </ScrollRegion>
    </Section>
  );
}

function Outcomes({ week }: { week: CallWeekView }) {
  const translate = useTranslate();
  return (
    <Section title={translate('app.callWeeks.outcomes')}>
      <Table size="small">
        <TableBody>
          {outcomeRows(week).map((row) => (
            <TableRow key={row.outcome}>
              <TableCell component="th" scope="row">
                {translate(row.outcome === 'notRecorded' ? 'app.callWeeks.outcomeNotRecorded' : `app.calls.outcomes.${row.outcome}`)}
              </TableCell>
              <TableCell align="right">{row.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** Shown when calls were logged or corrected after the week was submitted: the city sees both figures. */
function FrozenCounts({ week }: { week: CallWeekView }) {
  const translate = useTranslate();
  return (
    <Section title={translate('app.callWeeks.frozen.title')}>
      <Alert severity="warning" sx={{ mb: 1 }}>
        {translate('app.callWeeks.frozen.changed')}
      </Alert>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="right">{translate('app.callWeeks.frozen.frozen')}</TableCell>
            <TableCell align="right">{translate('app.callWeeks.frozen.live')}</TableCell>
            <TableCell align="right">{translate('app.callWeeks.frozen.diff')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {frozenComparison(week).map((row) => (
            <TableRow key={row.key} sx={row.diff === 0 ? undefined : { '& td, & th': { fontWeight: 700 } }}>
              <TableCell component="th" scope="row">
                {translate(row.key === 'total' ? 'resources.call-weeks.fields.total' : `app.calls.categories.${row.key}`)}
              </TableCell>
              <TableCell align="right">{row.frozen}</TableCell>
              <TableCell align="right">{row.live}</TableCell>
              <TableCell align="right">{row.diff > 0 ? `+${row.diff}` : row.diff}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** The entries logged after the week's report was submitted, listed apart. */
function LateEntries({ week }: { week: CallWeekView }) {
  const translate = useTranslate();
  const { data, isPending } = useGetList<CallView>(
    'calls',
    { filter: { programId: week.programId, from: week.weekStart, to: week.weekEnd, late: true }, pagination: { page: 1, perPage: 100 }, sort: { field: 'receivedAt', order: 'ASC' } },
    { enabled: week.lateEntries > 0 },
  );
  return (
    <Section title={translate('app.callWeeks.late.title')}>
      {week.lateEntries === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.callWeeks.late.none')}
        </Typography>
      ) : isPending ? null : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.calls.fields.receivedAt')}</TableCell>
              <TableCell>{translate('resources.calls.fields.category')}</TableCell>
              <TableCell>{translate('resources.calls.fields.outcome')}</TableCell>
              <TableCell align="right">{translate('resources.calls.fields.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(data ?? []).map((call) => (
              <TableRow key={call.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{call.kind === 'bulk' ? formatDate(call.date) : formatDateTime(call.receivedAt)}</TableCell>
                <TableCell>{translate(`app.calls.categories.${call.category}`)}</TableCell>
                <TableCell>{call.outcome ? translate(`app.calls.outcomes.${call.outcome}`) : '—'}</TableCell>
                <TableCell align="right">{call.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
