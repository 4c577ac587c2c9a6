import { Box, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { CALL_CATEGORIES, callOnTimeRateByMonth } from '@outreach/domain/calls';
import { Suspense, useId, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { CallWeekView } from '@outreach/domain/calls';
import { formatRate, type WeekChartRow, weekChartRows } from './callWeek';
import { lazyView } from '../common/lazyView';
import { CategoryTableHead } from './fields';
import { MonthTable } from '../common/MonthTable';
import { ScrollRegion } from '../common/ScrollRegion';
import { serverToday } from '../common/serverClock';

const CallWeekChart = lazyView(() => import('./CallWeekChart'), 'CallWeekChart');

/** Weeks on the chart. */
const CHART_WEEKS = 12;

/** Above the weekly list: the last 12 weeks by category (chart or table) and the on-time rate per month. */
export function CallWeekOverview({ programId }: { programId: string }) {
  const translate = useTranslate();
  // Every week of the period (a contract is about a year: well under the API's 500 rows).
  const { data: weeks, isPending } = useGetList<CallWeekView>('call-weeks', {
    filter: { programId },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'weekStart', order: 'DESC' },
  });
  if (isPending) return <Skeleton variant="rounded" height={300} />;
  const rows = weekChartRows(weeks ?? [], CHART_WEEKS);
  const months = callOnTimeRateByMonth(weeks ?? [], serverToday());
  return (
    <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' } }}>
      <WeeksFigure rows={rows} />
      <Card component="section" aria-labelledby="on-time-title">
        <CardContent>
          <MonthTable
            titleId="on-time-title"
            title={translate('app.callWeeks.onTime.title')}
            monthLabel={translate('app.callWeeks.onTime.month')}
            months={months}
            columns={[
              { label: translate('app.callWeeks.onTime.due'), value: (m) => m.due },
              { label: translate('app.callWeeks.onTime.onTime'), value: (m) => m.onTime },
              { label: translate('app.callWeeks.onTime.rate'), value: (m) => formatRate(m.rate) },
            ]}
            note={translate('app.callWeeks.onTime.note')}
          />
        </CardContent>
      </Card>
    </Box>
  );
}

/** The chart with its title, and a table of the same numbers one click away. */
function WeeksFigure({ rows }: { rows: WeekChartRow[] }) {
  const translate = useTranslate();
  const titleId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const title = translate('app.callWeeks.chart.title', { weeks: rows.length });
  return (
    <Card component="figure" aria-labelledby={titleId} sx={{ m: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Typography id={titleId} variant="subtitle1" component="figcaption">
            {title}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={view} onChange={(_event, next: 'chart' | 'table' | null) => next && setView(next)} aria-label={translate('app.callWeeks.chart.view')}>
            <ToggleButton value="chart">{translate('app.callWeeks.chart.asChart')}</ToggleButton>
            <ToggleButton value="table">{translate('app.callWeeks.chart.asTable')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {view === 'chart' ? (
          <Suspense fallback={<Skeleton variant="rounded" height={260} />}>
            <CallWeekChart rows={rows} title={title} />
          </Suspense>
        ) : (
          <ScrollRegion label={title}>
            <Table size="small" aria-labelledby={titleId} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <CategoryTableHead first={translate('resources.call-weeks.fields.weekStart')} />
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.weekStart}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {row.label}
                    </TableCell>
                    {CALL_CATEGORIES.map((c) => (
                      <TableCell key={c} align="right">
                        {row[c]}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ fontWeight: 600 }}>
                      {row.total}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
      </CardContent>
    </Card>
  );
}
