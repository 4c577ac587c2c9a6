import { Card, CardContent } from '@mui/material';
import { CALL_CATEGORIES, CALL_OUTCOMES } from '@outreach/domain/calls';
import type { DateKey } from '@outreach/domain/common';
import { useTranslate } from 'react-admin';
import { ChartFigure, DataTable, type Column } from './ChartFigure';
import { callBarRows, formatNumber, weekContaining, type CallBarRow } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import { CallsChart } from './charts/lazyCharts';

const CHART_HEIGHT = 300;
export const CALLS_ID = 'dashboard-calls';

/** 週ごとの受電件数: stacked by category, outcomes on hover, each week's report status under its bar. */
export function CallsSection({ calls, asOf }: { calls: DashboardSummaryView['calls']; asOf: DateKey }) {
  const translate = useTranslate();
  const rows = callBarRows(calls, asOf);
  const current = weekContaining(rows, asOf);
  const title = translate('app.dashboard.calls.title');
  const status = (r: CallBarRow) => (r.status === 'open' ? translate('app.dashboard.calls.open') : translate(`app.callWeeks.status.${r.status}`));
  const columns: Column<CallBarRow>[] = [
    { key: 'week', label: translate('app.dashboard.calls.week'), value: (r) => r.label },
    ...CALL_CATEGORIES.map((c): Column<CallBarRow> => ({ key: c, label: translate(`app.calls.categories.${c}`), numeric: true, value: (r) => formatNumber(r[c]) })),
    { key: 'total', label: translate('app.dashboard.calls.total'), numeric: true, value: (r) => <strong>{formatNumber(r.total)}</strong> },
    { key: 'status', label: translate('app.dashboard.calls.status'), value: status },
    ...CALL_OUTCOMES.map((o): Column<CallBarRow> => ({
      key: `outcome-${o}`,
      label: translate(`app.calls.outcomes.${o}`),
      numeric: true,
      value: (r) => formatNumber(r.outcomes.find((x) => x.outcome === o)?.count ?? 0),
    })),
    { key: 'late', label: translate('app.dashboard.calls.lateEntries'), numeric: true, value: (r) => formatNumber(r.lateEntries) },
  ];
  return (
    <Card>
      <CardContent>
        <ChartFigure
          id={CALLS_ID}
          title={title}
          description={
            <>
              {current ? `${translate('app.dashboard.calls.desc', { week: current.label, count: formatNumber(current.total) })}。` : ''}
              {translate('app.dashboard.calls.statusNote')}
            </>
          }
          height={CHART_HEIGHT + 28}
          chart={rows.length > 0 ? <CallsChart rows={rows} title={title} height={CHART_HEIGHT} /> : translate('app.dashboard.noData')}
          table={<DataTable labelledBy={`${CALLS_ID}-title`} rows={rows} rowKey={(r) => r.weekStart} highlight={(r) => r.current} columns={columns} />}
        />
      </CardContent>
    </Card>
  );
}
