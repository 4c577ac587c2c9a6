import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { type DashboardSummaryView, groupHeadline } from '@outreach/domain/dashboard';
import type { GroupProgressView } from '@outreach/domain/programs';
import { useTranslate } from 'react-admin';
import { groupDisplayStatus, statusLabel, type SentenceContext } from '../common/progress-text';
import { ProgressStatusChip } from '../common/StatusChip';
import { TargetProgressItem } from '../common/TargetProgressItem';

/**
 * 目標の達成状況, at the top of the dashboard: each target group by its logic (groupHeadline). An 'all' group shows
 * every target with its own bar and status, an 'any' group its nearest target; the group's status is said in
 * words. No single 達成率 for the program.
 */
export function HeadlineSection({ progress }: { progress: DashboardSummaryView['progress'] }) {
  const translate = useTranslate();
  if (progress.groups.length === 0) return null;
  const context: SentenceContext = { asOf: progress.asOf, periodStart: progress.periodStart, periodEnd: progress.periodEnd };
  return (
    <Card component="section" aria-labelledby="dashboard-headline-title">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id="dashboard-headline-title" component="h2" variant="h6" sx={{ fontWeight: 700 }}>
          {translate('app.dashboard.headline.title')}
        </Typography>
        {progress.groups.map((group) => (
          <GroupHeadlineBlock key={group.id} group={group} context={context} />
        ))}
      </CardContent>
    </Card>
  );
}

function GroupHeadlineBlock({ group, context }: { group: GroupProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const headline = groupHeadline(group);
  const status = groupDisplayStatus(group);
  const words = { count: headline.targetCount, met: headline.metCount, left: headline.targetCount - headline.metCount, status: statusLabel(translate, status) };
  const key = headline.targetCount <= 1 ? 'single' : `${group.logic}${group.met ? 'Met' : ''}`;
  const headingId = `dashboard-headline-${group.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} data-testid="headline-group">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {group.name}
        </Typography>
        <Chip size="small" variant="outlined" color="primary" label={translate(`resources.programs.logic.${group.logic}`)} />
        <ProgressStatusChip status={status} />
      </Stack>
      <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="headline-words">
        {translate(`app.dashboard.headline.${key}`, words)}
      </Typography>
      <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {headline.shown.map((target) => (
          <TargetProgressItem key={target.id} target={target} context={context} />
        ))}
      </Stack>
    </Box>
  );
}
