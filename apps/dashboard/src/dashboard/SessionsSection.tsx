import { Box, Card, CardContent, type SxProps, TableCell, TableRow, type Theme, Typography } from '@mui/material';
import type { DateKey } from '@outreach/domain/common';
import { useTranslate } from 'react-admin';
import { ChartFigure, DataTable, type Column } from './ChartFigure';
import { TableCard } from './TableCard';
import { applicationTypeRows, formatNumber, formatPercent, funnelSteps, kindsInUse, sessionWeekRows, type SessionWeekRow } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import { SessionsChart } from './charts/lazyCharts';

const CHART_HEIGHT = 260;
export const SESSIONS_ID = 'dashboard-sessions';

/** 実施件数と申請件数: per week by service kind (chart or table). */
export function SessionsSection({ sessions, asOf }: { sessions: DashboardSummaryView['sessions']; asOf: DateKey }) {
  const translate = useTranslate();
  const rows = sessionWeekRows(sessions.weeks, asOf);
  const kinds = kindsInUse(sessions.weeks);
  const title = translate('app.dashboard.sessions.title');
  const kindName = (k: string) => translate(`resources.programs.serviceKinds.${k}`);
  const columns: Column<SessionWeekRow>[] = [
    { key: 'week', label: translate('app.dashboard.sessions.week'), value: (r) => r.label },
    ...kinds.map((k): Column<SessionWeekRow> => ({ key: `s-${k}`, label: translate('app.dashboard.sessions.sessions', { kind: kindName(k) }), numeric: true, value: (r) => formatNumber(r[`sessions_${k}`]) })),
    { key: 'sessionsTotal', label: translate('app.dashboard.sessions.sessionsTotal'), numeric: true, value: (r) => <strong>{formatNumber(r.sessionsTotal)}</strong> },
    ...kinds.map((k): Column<SessionWeekRow> => ({ key: `a-${k}`, label: translate('app.dashboard.sessions.applications', { kind: kindName(k) }), numeric: true, value: (r) => formatNumber(r[`applications_${k}`]) })),
    { key: 'applicationsTotal', label: translate('app.dashboard.sessions.applicationsTotal'), numeric: true, value: (r) => <strong>{formatNumber(r.applicationsTotal)}</strong> },
  ];
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <ChartFigure
          id={SESSIONS_ID}
          title={title}
          description={translate('app.dashboard.sessions.stacks')}
          height={CHART_HEIGHT + 28}
          chart={rows.length > 0 ? <SessionsChart rows={rows} kinds={kinds} title={title} height={CHART_HEIGHT} /> : translate('app.dashboard.noData')}
          table={<DataTable labelledBy={`${SESSIONS_ID}-title`} rows={rows} rowKey={(r) => r.weekStart} highlight={(r) => r.weekStart <= asOf && asOf <= r.weekEnd} columns={columns} />}
        />
      </CardContent>
    </Card>
  );
}

/** 申請の種類 and 相談件数: numbers a chart would not make clearer, as a table. */
export function ApplicationTypesCard({ sessions, consultations }: { sessions: DashboardSummaryView['sessions']; consultations: number }) {
  const translate = useTranslate();
  const rows = applicationTypeRows(sessions.applicationsByType);
  const total = rows.reduce((n, r) => n + r.count, 0);
  const t = (key: string) => translate(`app.dashboard.sessions.${key}`);
  /** A line under the types: its words, its number. */
  const line = (key: string, value: number, sx?: SxProps<Theme>) => (
    <TableRow sx={sx}>
      <TableCell component="th" scope="row">
        {t(key)}
      </TableCell>
      <TableCell align="right">{formatNumber(value)}</TableCell>
      <TableCell />
    </TableRow>
  );
  return (
    <TableCard
      id="dashboard-types-title"
      title={t('byType')}
      head={
        <>
          <TableCell>{t('type')}</TableCell>
          <TableCell align="right">{t('count')}</TableCell>
          <TableCell align="right">{t('share')}</TableCell>
        </>
      }
    >
      {rows.map((r) => (
        <TableRow key={r.type}>
          <TableCell component="th" scope="row">
            {translate(`app.dashboard.sessions.types.${r.type}`)}
          </TableCell>
          <TableCell align="right">{formatNumber(r.count)}</TableCell>
          <TableCell align="right">{total > 0 ? formatPercent(r.share) : '—'}</TableCell>
        </TableRow>
      ))}
      {line('total', total, { '& th, & td': { fontWeight: 700 } })}
      {line('faceAuthCards', sessions.faceAuthCards)}
      {line('consultations', consultations)}
    </TableCard>
  );
}

/** 予約から申請まで: reservations → sessions held → applications, with cancellations and no-shows beside it. */
export function FunnelCard({ funnel }: { funnel: DashboardSummaryView['funnel'] }) {
  const translate = useTranslate();
  const { steps, lost } = funnelSteps(funnel);
  const t = (key: string) => translate(`app.dashboard.funnel.${key}`);
  return (
    <Card component="section" aria-labelledby="dashboard-funnel-title">
      <CardContent>
        <Typography id="dashboard-funnel-title" component="h2" variant="h6" sx={{ fontWeight: 700, mb: 1 }}>
          {t('title')}
        </Typography>
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }} data-testid="funnel">
          {steps.map((s, i) => (
            <Box component="li" key={s.key} sx={{ display: 'grid', gridTemplateColumns: '4.5em 1fr 4em', alignItems: 'center', gap: 1 }}>
              <Typography variant="body2">
                {i > 0 && <span aria-hidden="true">→ </span>}
                {t(s.key)}
              </Typography>
              <Box sx={{ height: 16, bgcolor: 'action.hover', borderRadius: 0.5, overflow: 'hidden' }} aria-hidden="true">
                {/* Darker further down the funnel: the steps stay apart in greyscale. */}
                <Box sx={{ height: '100%', width: `${Math.max(s.width * 100, s.count > 0 ? 1 : 0)}%`, bgcolor: ['#9fb4e8', '#3f5bb0', '#1b2a6b'][i] }} />
              </Box>
              <Typography variant="body2" sx={{ textAlign: 'right', fontWeight: 700 }}>
                {formatNumber(s.count)}
              </Typography>
            </Box>
          ))}
        </Box>
        <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, mt: 1.5, mb: 0.5 }}>
          {lost.map((l) => (
            <Box key={l.key} sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {t(l.key)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 700 }}>
                {formatNumber(l.count)}
              </Typography>
            </Box>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('app.dashboard.funnel.note', { fromBookings: formatNumber(funnel.visitsFromBookings), unbooked: formatNumber(funnel.unbookedVisits) })}
        </Typography>
        {funnel.unbookedByReason.length > 0 && (
          <Typography variant="caption" color="text.secondary" component="p" data-testid="funnel-unbooked-reasons">
            {translate('app.dashboard.funnel.byReason', {
              list: funnel.unbookedByReason.map((r) => `${r.reason ? translate(`app.sessions.unbookedReasons.${r.reason}`) : t('noReason')} ${formatNumber(r.count)}`).join('・'),
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
