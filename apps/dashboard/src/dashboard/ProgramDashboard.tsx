import { Alert, Box, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { booksVisits, type ProgramSummary } from '@outreach/domain/programs';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { AttentionList } from './AttentionList';
import { CallsSection } from './CallsSection';
import { HeadlineSection } from './HeadlineSection';
import { KpiCards } from './KpiCards';
import { PeriodFilter, type Period } from './PeriodFilter';
import { PhotosSection } from './PhotosSection';
import { ProgramOverview } from './ProgramOverview';
import { ProgressSection } from './ProgressSection';
import { ReportingSection } from './ReportingSection';
import { preloadDashboardCharts } from './charts/lazyCharts';
import { ApplicationTypesCard, FunnelCard, SessionsSection } from './SessionsSection';
import { formatOfficialDate, formatOfficialPeriod } from '../common/dates';

/**
 * The morning dashboard of the current program: a picker for users who see several, a period filter, key
 * figures, what needs attention, and the charts. Read-only for everyone (the city viewer included).
 */
export function ProgramDashboard() {
  const translate = useTranslate();
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'programs', action: 'list' });
  const { program, programs, setProgramId, isPending } = useCurrentProgram();
  // The charts' code loads while the program list and the summary are on their way, not after them.
  useEffect(() => {
    if (canAccess) void preloadDashboardCharts(); // never rejects (allSettled)
  }, [canAccess]);
  if (accessPending || !canAccess) return null;
  if (isPending) return <Skeleton variant="rounded" height={240} />;
  if (!program && programs.length > 1) {
    // Several programs and no choice yet: the cross-program overview, where the user chooses.
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Alert severity="info">{translate('app.common.chooseProgramFirst')}</Alert>
        <ProgramOverview onPick={setProgramId} />
      </Box>
    );
  }
  if (!program) return <Alert severity="info">{translate('app.dashboard.noProgram')}</Alert>;
  return <ProgramBoard key={program.id} program={program} several={programs.length > 1} onPick={setProgramId} />;
}

function ProgramBoard({ program, several, onPick }: { program: ProgramSummary; several: boolean; onPick: (id: string) => void }) {
  const translate = useTranslate();
  const whole: Period = { from: program.periodStart, to: program.periodEnd };
  const [period, setPeriod] = useState<Period>(whole);
  const isWhole = period.from === whole.from && period.to === whole.to;
  const dataProvider = useAppDataProvider();
  // The charts stay up while another period loads.
  const summary = useQuery({
    queryKey: ['programs', program.id, 'dashboard', isWhole ? 'whole' : `${period.from}:${period.to}`],
    // The figures wait for the charts' code (loading since the dashboard opened, normally here first): a chart
    // that suspended after its figures arrived would stay a skeleton ≥ 300 ms more (React's fallback throttle).
    queryFn: async () => (await Promise.all([dataProvider.dashboardSummary(program.id, isWhole ? {} : period), preloadDashboardCharts()]))[0],
    placeholderData: keepPreviousData,
    ...QUERY_ONCE,
  });
  const data = summary.data;

  return (
    <Box component="article" aria-labelledby="dashboard-program-title" sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap' }}>
        {/* flex-basis only in a row: in the phone's column it became a 320 px tall gap under the title */}
        <Box sx={{ flex: { md: '1 1 320px' }, minWidth: 0 }}>
          <Typography id="dashboard-program-title" component="h2" variant="h5" sx={{ fontWeight: 700 }}>
            {program.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.programPeriod', { period: formatOfficialPeriod(program.periodStart, program.periodEnd) })}
            {data && ` ・ ${translate('app.dashboard.asOf', { date: formatOfficialDate(data.asOf) })}`}
          </Typography>
        </Box>
        <PeriodFilter value={period} whole={whole} onChange={setPeriod} />
      </Stack>

      {several && <ProgramOverview currentId={program.id} onPick={onPick} />}

      {summary.isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
      {summary.error ? <Alert severity="error">{translate(errorMessage(summary.error))}</Alert> : null}
      {!data && summary.isPending && <Skeleton variant="rounded" height={480} />}

      {data && (
        <>
          <KpiCards kpis={data.kpis} />
          <HeadlineSection progress={data.progress} />
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 1fr)' } }}>
            <ProgressSection progress={data.progress} />
            <AttentionList items={data.attention} />
          </Box>
          <CallsSection calls={data.calls} asOf={data.asOf} />
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 1fr)' } }}>
            <SessionsSection sessions={data.sessions} asOf={data.asOf} />
            <Box sx={{ display: 'grid', gap: 2 }}>
              {/* 予約から申請まで: nothing to show where the program books no visits (takesBookings). */}
              {booksVisits(program) && <FunnelCard funnel={data.funnel} />}
              <ApplicationTypesCard sessions={data.sessions} consultations={data.kpis.consultations} />
            </Box>
          </Box>
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
            <PhotosSection photos={data.photos} asOf={data.asOf} />
            <ReportingSection reporting={data.reporting} asOf={data.asOf} />
          </Box>
        </>
      )}
    </Box>
  );
}
