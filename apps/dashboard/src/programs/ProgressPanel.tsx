import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { formatJapaneseDate, isDateKey } from '@outreach/domain';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { programsApi } from './api';
import { STATUS_COLORS, targetLabel } from './labels';
import type { GroupProgressView, Program, TargetProgressView } from './program';
import {
  barPercent,
  barText,
  figuresText,
  groupDisplayStatus,
  pacePercent,
  paceText,
  projectionSentence,
  targetDisplayStatus,
  type SentenceContext,
} from './progress-text';
import { StatusChip } from './StatusChip';
import { errorMessage, useApiData } from './useApi';

/** 進捗: every target against its goal as of a date, with the even-pace marker and the projection in words. */
export function ProgressPanel() {
  const record = useRecordContext<Program>();
  return record ? <ProgramProgress program={record} /> : null;
}

function ProgramProgress({ program }: { program: Program }) {
  const translate = useTranslate();
  const [asOf, setAsOf] = useState('');
  const query = isDateKey(asOf) ? asOf : undefined;
  const progress = useApiData(() => programsApi.progress(program.id, query), `progress:${program.id}:${query ?? 'today'}`);
  const data = progress.data;

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          type="date"
          size="small"
          label={translate('resources.programs.progress.asOf')}
          value={asOf || data?.asOf || ''}
          onChange={(event) => setAsOf(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 200, flexShrink: 0 }}
        />
        {data && (
          <Box>
            <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }}>
              {translate('resources.programs.progress.asOfValue', { date: formatJapaneseDate(data.asOf, program.eraStyle) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(`resources.programs.progress.paceBasis.${data.paceBasis}`)}
            </Typography>
          </Box>
        )}
      </Stack>
      {progress.error ? <Alert severity="error">{translate(errorMessage(progress.error))}</Alert> : null}
      {data && data.groups.length === 0 && <Typography color="text.secondary">{translate('resources.programs.progress.empty')}</Typography>}
      {data?.groups.map((group) => (
        <GroupProgressCard
          key={group.id}
          group={group}
          context={{ asOf: data.asOf, periodStart: data.periodStart, periodEnd: data.periodEnd, eraStyle: program.eraStyle }}
        />
      ))}
    </Stack>
  );
}

function GroupProgressCard({ group, context }: { group: GroupProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const headingId = `progress-group-${group.id}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {group.name}
          </Typography>
          <Chip size="small" variant="outlined" color="primary" label={translate(`resources.programs.logic.${group.logic}`)} />
          <StatusChip status={groupDisplayStatus(group)} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate(`resources.programs.logicSentence.${group.logic}`)}
          {group.targets.some((t) => !t.measured) && ` ${translate('resources.programs.progress.someNotMeasured')}`}
        </Typography>
        <Stack component="ul" spacing={2.5} sx={{ listStyle: 'none', p: 0, m: 0, mt: 2 }}>
          {group.targets.map((target) => (
            <TargetProgressItem key={target.id} target={target} context={context} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

function TargetProgressItem({ target, context }: { target: TargetProgressView; context: SentenceContext }) {
  const translate = useTranslate();
  const status = targetDisplayStatus(target);
  const label = targetLabel(translate, { label: target.label, metric: target.target.metric, serviceKind: target.target.serviceKind });
  const color = STATUS_COLORS[status] === 'default' ? 'inherit' : STATUS_COLORS[status];
  const pace = pacePercent(target);
  return (
    <Box component="li" data-testid="target-progress">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body1" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <StatusChip status={status} />
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
          sx={{ height: 12, borderRadius: 1, ...(color === 'inherit' && { color: 'text.disabled' }) }}
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
