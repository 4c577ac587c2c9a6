import { Box, Card, CardContent, TableCell, TableRow, Typography } from '@mui/material';
import type { DateKey } from '@outreach/domain/common';
import { Link, useTranslate } from 'react-admin';
import { ChartFigure, DataTable, type Column } from './ChartFigure';
import { formatNumber, formatPercent, reportingMonthRows, type ReportingMonthRow } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import { ReportingChart } from './charts/lazyCharts';
import { formatMonth } from '../common/dates';

const CHART_HEIGHT = 220;
export const REPORTING_ID = 'dashboard-reporting';

const rate = (percent: number | null) => (percent === null ? '—' : `${Math.round(percent)}%`);

/** 日次報告の提出状況: reporting and on-time rate per month; reports awaiting acceptance and returned ones; the monthly and completion reports' completeness. */
export function ReportingSection({ reporting, asOf }: { reporting: DashboardSummaryView['reporting']; asOf: DateKey }) {
  const translate = useTranslate();
  const rows = reportingMonthRows(reporting.months, asOf);
  const title = translate('app.dashboard.reporting.title');
  const t = (key: string) => translate(`app.dashboard.reporting.${key}`);
  const columns: Column<ReportingMonthRow>[] = [
    { key: 'month', label: t('month'), value: (r) => formatMonth(r.month) },
    { key: 'expected', label: t('expected'), numeric: true, value: (r) => formatNumber(r.expected) },
    { key: 'received', label: t('received'), numeric: true, value: (r) => formatNumber(r.received) },
    { key: 'onTime', label: t('onTime'), numeric: true, value: (r) => formatNumber(r.onTime) },
    { key: 'pending', label: t('pending'), numeric: true, value: (r) => formatNumber(r.pending) },
    { key: 'reportingRate', label: t('reportingRate'), numeric: true, value: (r) => rate(r.reportingRate) },
    { key: 'onTimeRate', label: t('onTimeRate'), numeric: true, value: (r) => rate(r.onTimeRate) },
  ];
  const totals = reporting.totals;
  return (
    <Card>
      <CardContent>
        <ChartFigure
          id={REPORTING_ID}
          title={title}
          description={`${t('total')}: ${t('reportingRate')} ${formatPercent(totals.reportingRate)}・${t('onTimeRate')} ${formatPercent(totals.onTimeRate)}`}
          height={CHART_HEIGHT + 28}
          chart={rows.length > 0 ? <ReportingChart rows={rows} title={title} height={CHART_HEIGHT} /> : translate('app.dashboard.noData')}
          table={
            <DataTable
              labelledBy={`${REPORTING_ID}-title`}
              rows={rows}
              rowKey={(r) => r.month}
              columns={columns}
              footer={
                <TableRow sx={{ '& th, & td': { fontWeight: 700 } }}>
                  <TableCell component="th" scope="row">
                    {t('total')}
                  </TableCell>
                  <TableCell align="right">{formatNumber(totals.expected)}</TableCell>
                  <TableCell align="right">{formatNumber(totals.received)}</TableCell>
                  <TableCell align="right">{formatNumber(totals.onTime)}</TableCell>
                  <TableCell align="right">{formatNumber(totals.pending)}</TableCell>
                  <TableCell align="right">{formatPercent(totals.reportingRate)}</TableCell>
                  <TableCell align="right">{formatPercent(totals.onTimeRate)}</TableCell>
                </TableRow>
              }
            />
          }
        >
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2, mt: 1.5, mb: 0 }}>
            {(['awaitingAcceptance', 'returned'] as const).map((key) => (
              <Box key={key} data-testid={`reporting-${key}`}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {t(key)}
                </Typography>
                <Typography component="dd" variant="h6" sx={{ m: 0, fontWeight: 700 }}>
                  <Link to="/daily-reports">{formatNumber(reporting[key])}</Link>
                </Typography>
              </Box>
            ))}
          </Box>
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="reporting-period-reports">
            <Link to="/report-submissions">
              {translate('app.dashboard.reporting.periodReports', { received: formatNumber(reporting.periodReports.received), expected: formatNumber(reporting.periodReports.expected), onTime: formatNumber(reporting.periodReports.onTime) })}
            </Link>
          </Typography>
        </ChartFigure>
      </CardContent>
    </Card>
  );
}
