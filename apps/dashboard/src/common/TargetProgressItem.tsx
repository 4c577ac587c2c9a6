import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import type { TargetProgressView } from '@outreach/domain/programs';
import { useTranslate } from 'react-admin';
import {
  barPercent,
  barText,
  figuresText,
  pacePercent,
  paceText,
  projectionSentence,
  STATUS_COLORS,
  targetDisplayStatus,
  targetLabel,
  type SentenceContext,
} from './progress-text';
import { ProgressStatusChip } from './StatusChip';

/** One target: its label, status and figures, a bar with the pace marker, and the projection in words. */
export function TargetProgressItem({ target, context }: { target: TargetProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const status = targetDisplayStatus(target);
  const label = targetLabel(translate, { label: target.label, metric: target.target.metric, serviceKinds: target.target.serviceKinds });
  const color = STATUS_COLORS[status] === 'default' ? 'inherit' : STATUS_COLORS[status];
  const pace = pacePercent(target);
  return (
    <Box component="li" data-testid="target-progress">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body1" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <ProgressStatusChip status={status} />
        <Typography variant="body2" sx={{ ml: 'auto' }}>
          {figuresText(translate, target)}
        </Typography>
      </Stack>
      <Box sx={{ position: 'relative', py: 0.75 }}>
        <LinearProgress
          variant="determinate"
          value={barPercent(target.ratio)}
          color={color}
          aria-label={label}
          aria-valuetext={barText(translate, target)}
          sx={{ height: 12, borderRadius: 1, ...(color === 'inherit' && { color: 'text.secondary' }) }}
        />
        <Box
          aria-hidden
          title={paceText(translate, target)}
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `calc(${pace}% - 1px)`,
            width: '3px',
            bgcolor: 'text.primary',
            borderRadius: 0.5,
          }}
        />
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ justifyContent: 'space-between' }}>
        <Typography variant="body2" color="text.secondary" data-testid="projection">
          {projectionSentence(translate, target, context)}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          <Box component="span" aria-hidden sx={{ display: 'inline-block', width: 3, height: 12, mr: 0.5, verticalAlign: 'middle', bgcolor: 'text.primary', borderRadius: 0.5 }} />
          {paceText(translate, target)}
        </Typography>
      </Stack>
    </Box>
  );
}
