import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { isDateKey } from '@outreach/domain/common';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { GroupProgressView, ProgramView } from '@outreach/domain/programs';
import { groupDisplayStatus, type SentenceContext } from '../common/progress-text';
import { ProgressStatusChip } from '../common/StatusChip';
import { TargetProgressItem } from '../common/TargetProgressItem';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { formatOfficialDate } from '../common/dates';

/** 進捗: every target against its goal as of a date, with the even-pace marker and the projection in words. */
export function ProgressPanel() {
  const record = useRecordContext<ProgramView>();
  return record ? <ProgramProgress program={record} /> : null;
}

function ProgramProgress({ program }: { program: ProgramView }) {
  const translate = useTranslate();
  const [asOf, setAsOf] = useState('');
  const query = isDateKey(asOf) ? asOf : undefined;
  const dataProvider = useAppDataProvider();
  // The figures stay up while those of another date load.
  const progress = useQuery({ queryKey: ['programs', program.id, 'progress', query ?? 'today'], queryFn: () => dataProvider.programProgress(program.id, query), placeholderData: keepPreviousData, ...QUERY_ONCE });
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
              {translate('resources.programs.progress.asOfValue', { date: formatOfficialDate(data.asOf, program.eraStyle) })}
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
          <ProgressStatusChip status={groupDisplayStatus(group)} />
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
