import { Alert, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useId } from 'react';
import { Loading, useGetList, useTranslate } from 'react-admin';
import type { ProgramSummary } from '@outreach/domain/programs';
import type { ReportDownloadView } from '@outreach/domain/reports';
import { describeParams, isReportKind } from './reports';
import { formatDateTime } from '../common/dates';
import { ScrollRegion } from '../common/ScrollRegion';

const SHOWN = 10;

/** The last downloads of the person's city (or vendor): when (JST), who, which report, with which parameters. */
export function RecentDownloads({ refreshKey, programs }: { refreshKey: number; programs: readonly ProgramSummary[] }) {
  const translate = useTranslate();
  const headingId = useId();
  const { data, isPending, error, refetch } = useGetList<ReportDownloadView>('report-downloads', {
    sort: { field: 'occurredAt', order: 'DESC' },
    pagination: { page: 1, perPage: SHOWN },
  });
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);
  const titleOf = new Map(programs.map((p) => [p.id, p.title]));
  const columns = ['occurredAt', 'user', 'kind', 'params'] as const;

  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent sx={{ pb: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {translate('app.reports.recent.title')}
        </Typography>
      </CardContent>
      {error ? <Alert severity="error">{translate(error.message || 'ra.notification.http_error', { _: error.message })}</Alert> : null}
      {isPending ? <Loading /> : null}
      {data && (
        <ScrollRegion label={translate('app.reports.recent.title')}>
          <Table size="small" aria-labelledby={headingId} data-testid="report-downloads">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c} sx={{ whiteSpace: 'nowrap', fontWeight: 700 }}>
                    {translate(`app.reports.recent.${c}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length} sx={{ color: 'text.secondary' }}>
                    {translate('app.reports.recent.empty')}
                  </TableCell>
                </TableRow>
              )}
              {data.map((d) => {
                const conditions = describeParams(d.params, (date) => translate('app.reports.recent.asOf', { date }));
                // With several programs, which one the report was of.
                const programTitle = programs.length > 1 && d.programId ? titleOf.get(d.programId) : undefined;
                return (
                  <TableRow key={d.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.occurredAt)}</TableCell>
                    <TableCell>
                      {d.userName ?? '—'}
                      {d.organizationName && (
                        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {d.organizationName}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{isReportKind(d.kind) ? translate(`app.reports.kinds.${d.kind}`) : d.kindLabel}</TableCell>
                    <TableCell>
                      {conditions || (d.kind === 'completion' ? translate('app.reports.recent.all') : '—')}
                      {programTitle && (
                        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {programTitle}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}
