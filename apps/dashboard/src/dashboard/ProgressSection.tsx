import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { targetLabel } from '../common/progress-text';
import { figuresText, groupDisplayStatus, projectionSentence, targetDisplayStatus, type SentenceContext } from '../common/progress-text';
import { ProgressStatusChip } from '../common/StatusChip';
import { ChartFigure, DataTable } from './ChartFigure';
import { formatNumber, targetChartRows } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import type { GroupProgressView, TargetProgressView } from '@outreach/domain/programs';
import { TargetChart } from './charts/lazyCharts';

const CHART_HEIGHT = 220;
export const PROGRESS_TITLE_ID = 'dashboard-progress-title';

/** 目標に対する進捗: per group its logic in words and status; per target a chart of actual, pace, projection and goal. */
export function ProgressSection({ progress }: { progress: DashboardSummaryView['progress'] }) {
  const translate = useTranslate();
  const context: SentenceContext = { asOf: progress.asOf, periodStart: progress.periodStart, periodEnd: progress.periodEnd };
  return (
    <Card component="section" aria-labelledby={PROGRESS_TITLE_ID}>
      <CardContent>
        <Typography id={PROGRESS_TITLE_ID} component="h2" variant="h6" sx={{ fontWeight: 700 }}>
          {translate('app.dashboard.progress.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`resources.programs.progress.paceBasis.${progress.paceBasis}`)}
        </Typography>
        {progress.groups.length === 0 && <Typography color="text.secondary">{translate('app.dashboard.progress.empty')}</Typography>}
        <Stack spacing={3}>
          {progress.groups.map((group) => (
            <GroupBlock key={group.id} group={group} context={context} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

function GroupBlock({ group, context }: { group: GroupProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const headingId = `dashboard-group-${group.id}`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {group.name}
        </Typography>
        <Chip size="small" variant="outlined" color="primary" label={translate(`resources.programs.logic.${group.logic}`)} />
        <ProgressStatusChip status={groupDisplayStatus(group)} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate(`resources.programs.logicSentence.${group.logic}`)}
      </Typography>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}>
        {group.targets.map((target) => (
          <TargetFigure key={target.id} target={target} context={context} />
        ))}
      </Box>
    </Box>
  );
}

function TargetFigure({ target, context }: { target: TargetProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const id = `dashboard-target-${target.id}`;
  const title = targetLabel(translate, { label: target.label, metric: target.target.metric, serviceKinds: target.target.serviceKinds });
  const rows = targetChartRows(target.chart);
  const series = (key: 'actual' | 'pace' | 'projection' | 'goal') => translate(`app.dashboard.progress.series.${key}`);
  const cell = (v: number | null) => (v === null ? '—' : formatNumber(v));
  return (
    <ChartFigure
      id={id}
      level={4}
      title={title}
      actions={<ProgressStatusChip status={targetDisplayStatus(target)} />}
      description={
        <>
          {figuresText(translate, target)}
          <br />
          {projectionSentence(translate, target, context)}
        </>
      }
      height={CHART_HEIGHT + 28}
      chart={<TargetChart rows={rows} title={title} height={CHART_HEIGHT} />}
      table={
        <DataTable
          labelledBy={`${id}-title`}
          rows={rows}
          rowKey={(r) => r.date}
          highlight={(r) => r.date === context.asOf}
          columns={[
            { key: 'date', label: translate('app.dashboard.progress.date'), value: (r) => r.label },
            { key: 'actual', label: series('actual'), numeric: true, value: (r) => cell(r.actual) },
            { key: 'pace', label: series('pace'), numeric: true, value: (r) => cell(r.pace) },
            { key: 'projection', label: series('projection'), numeric: true, value: (r) => cell(r.projection) },
            { key: 'goal', label: series('goal'), numeric: true, value: (r) => cell(r.goal) },
          ]}
        />
      }
    />
  );
}
