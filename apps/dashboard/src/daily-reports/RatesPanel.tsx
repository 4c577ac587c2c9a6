import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Link, Skeleton, Typography } from '@mui/material';
import type { Completeness, ReportingRates } from '@outreach/domain/daily-reports';
import { useId } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { formatRate, monthsSoFar } from './format';
import type { DailyReportRowView } from '@outreach/domain/daily-reports';
import { reportPath } from './report';
import { formatDate, formatDateTime } from '../common/dates';
import { MonthTable } from '../common/MonthTable';
import { serverToday } from '../common/serverClock';

/**
 * 日次報告の提出状況: per month the reporting rate (received / expected) and the on-time rate, computed by the
 * domain in the API, and the days past their deadline without a report, each a link to its report.
 */
export function RatesPanel({ programId, canEdit }: { programId: string; canEdit: boolean }) {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const titleId = useId();
  const { data: rates, isError: failed } = useQuery({ queryKey: ['programs', programId, 'reporting-rates'], queryFn: () => dataProvider.reportingRates(programId), ...QUERY_ONCE });

  if (failed) return <Alert severity="warning">{translate('app.dailyReports.rates.error')}</Alert>;
  if (!rates) return <Skeleton variant="rounded" height={160} />;
  const months = monthsSoFar(rates.months, serverToday());
  const label = (key: keyof Completeness) => translate(`app.dailyReports.rates.${key}`);
  const count = (key: 'expected' | 'received' | 'onTime' | 'pending') => ({ label: label(key), value: (c: Completeness) => c[key] });
  const rate = (key: 'reportingRate' | 'onTimeRate') => ({ label: label(key), value: (c: Completeness) => formatRate(c[key]) });
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, alignItems: 'start' }}>
          <MonthTable
            titleId={titleId}
            title={translate('app.dailyReports.rates.title')}
            monthLabel={translate('app.dailyReports.rates.month')}
            months={months}
            columns={[count('expected'), count('received'), count('onTime'), count('pending'), rate('reportingRate'), rate('onTimeRate')]}
            total={{ label: translate('app.dailyReports.rates.total'), row: rates.totals }}
            note={translate('app.dailyReports.rates.note')}
            scrolls
          />
        <OverdueDays programId={programId} overdue={rates.overdue} canEdit={canEdit} />
      </CardContent>
    </Card>
  );
}

function OverdueDays({ programId, overdue, canEdit }: { programId: string; overdue: ReportingRates['overdue']; canEdit: boolean }) {
  const translate = useTranslate();
  const headingId = useId();
  const dates = overdue.map((o) => o.date);
  // The reports of those days (a held session opens one), to link to them.
  const { data: reports } = useGetList<DailyReportRowView>(
    'daily-reports',
    { filter: { programId, from: dates[0], to: dates[dates.length - 1] }, pagination: { page: 1, perPage: 500 }, sort: { field: 'date', order: 'ASC' } },
    { enabled: dates.length > 0 },
  );
  const idOf = new Map((reports ?? []).map((r) => [r.date, r.id]));
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle1" component="h2" gutterBottom>
        {translate('app.dailyReports.rates.overdue')}
      </Typography>
      {overdue.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.dailyReports.rates.noOverdue')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="overdue-days">
          {overdue.map((o) => {
            const id = idOf.get(o.date);
            const text = translate('app.dailyReports.rates.overdueItem', { date: formatDate(o.date), due: formatDateTime(o.dueAt) });
            return (
              <Typography component="li" variant="body2" key={o.date}>
                {id ? (
                  <Link component={RouterLink} to={reportPath(id, canEdit)} color="error">
                    {text}
                  </Link>
                ) : (
                  text
                )}
                {o.status && ` ${translate(`app.dailyReports.statuses.${o.status}`)}`}
              </Typography>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
