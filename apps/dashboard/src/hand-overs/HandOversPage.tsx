import DownloadIcon from '@mui/icons-material/Download';
import MoveToInboxOutlinedIcon from '@mui/icons-material/MoveToInboxOutlined';
import { Alert, Box, Button, ButtonGroup, Card, CardContent, Chip, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { APPLICATION_TYPE_LABELS } from '@outreach/domain/sessions';
import { HAND_OVER_MAX_DAYS } from '@outreach/domain/applications';
import { HAND_OVER_FOLLOW_UP_DAYS, type ProgramSummary } from '@outreach/domain/programs';
import { useState } from 'react';
import { Loading, useCanAccess, useNotify } from 'react-admin';
import { formatDate, formatDateTime } from '../common/dates';
import { PageHeader } from '../common/PageHeader';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { handOverListUrl } from '../providers/methods/hand-overs';
import { FacePhotoThumb } from '../applications/FacePhoto';
import { periodText, rangeOf, rangeProblem } from './handOverForm';
import { useScopedT } from '../common/useScopedT';
import { serverToday } from '../common/serverClock';

/** 引渡し of the current program: the manager picks a day or a week, sees what is not handed over, files the batch; everyone with the right downloads the list. */
export function HandOversPage() {
  return <RequireProgram>{(program) => <HandOvers key={program.id} program={program} />}</RequireProgram>;
}

function HandOvers({ program }: { program: ProgramSummary }) {
  const t = useScopedT('handOvers');
  const dataProvider = useAppDataProvider();
  const { canAccess: canCreate = false } = useCanAccess({ resource: 'hand-overs', action: 'create' });
  const { canAccess: canExport = false } = useCanAccess({ resource: 'hand-overs', action: 'export' });
  const batches = useQuery({ queryKey: ['programs', program.id, 'hand-overs'], queryFn: () => dataProvider.handOvers(program.id), ...QUERY_ONCE });

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint', { days: HAND_OVER_MAX_DAYS }), t('retention', { days: program.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS }), t('photos')]} />
      {canCreate && <NewBatch programId={program.id} onCreated={() => void batches.refetch()} />}
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {t('batches')}
          </Typography>
          {batches.error ? <Alert severity="error">{errorMessage(batches.error)}</Alert> : null}
          {batches.isPending ? <Loading /> : null}
          {batches.data && batches.data.length === 0 && <Typography color="text.secondary">{t('batchesNone')}</Typography>}
          <List aria-label={t('batches')}>
            {(batches.data ?? []).map((b) => (
              <ListItem key={b.id} divider sx={{ flexWrap: 'wrap', gap: 1, px: 0 }}>
                <ListItemText
                  primary={t('batch', { number: b.number, period: periodText(b), count: b.applicationCount })}
                  secondary={`${t('handedOver', { date: formatDate(b.handedOverDate) })}\u3000${b.personalDataDeletedAt ? t('deleted', { date: formatDateTime(b.personalDataDeletedAt) }) : t('deletionDue', { date: formatDate(b.deletionDue) })}`}
                  sx={{ minWidth: 0 }}
                />
                {canExport && !b.personalDataDeletedAt && (
                  <Button size="small" startIcon={<DownloadIcon />} href={handOverListUrl(program.id, b.id)}>
                    {t('download')}
                  </Button>
                )}
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
}

/** The manager's part: a day or a week, the applications of it not yet handed over, and the button that files the batch once. */
function NewBatch({ programId, onCreated }: { programId: string; onCreated: () => void }) {
  const t = useScopedT('handOvers');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const [range, setRange] = useState(() => rangeOf('day', serverToday()));
  // One key per batch asked for: a retried click files once (Idempotency-Key, as the register's routes).
  const [key, setKey] = useState(() => crypto.randomUUID());
  const problem = rangeProblem(range);
  const pending = useQuery({ queryKey: ['programs', programId, 'hand-overs', 'pending', range.from, range.to], queryFn: () => dataProvider.pendingHandOver(programId, range), enabled: !problem, ...QUERY_ONCE });
  const create = useMutation({
    mutationFn: () => dataProvider.createHandOver(programId, range, key),
    onSuccess: (b) => {
      notify(t('created', { number: b.number, count: b.applicationCount }), { type: 'success' });
      setKey(crypto.randomUUID());
      void pending.refetch();
      onCreated();
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const today = serverToday();
  const apps = pending.data ?? [];
  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <ButtonGroup size="small" aria-label={t('title')}>
          <Button onClick={() => setRange(rangeOf('day', today))}>{t('today')}</Button>
          <Button onClick={() => setRange(rangeOf('week', today))}>{t('thisWeek')}</Button>
        </ButtonGroup>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          {(['from', 'to'] as const).map((field) => (
            <TextField
              key={field}
              type="date"
              size="small"
              label={t(field)}
              value={range[field]}
              onChange={(e) => setRange({ ...range, [field]: e.target.value })}
              error={!!problem?.[field]}
              helperText={problem?.[field] ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
        </Box>
        {pending.error ? <Alert severity="error">{errorMessage(pending.error)}</Alert> : null}
        {pending.data && (
          <>
            <Typography variant="subtitle1" component="h2">
              {apps.length ? t('pending', { count: apps.length }) : t('pendingNone')}
            </Typography>
            <List dense aria-label={t('pending', { count: apps.length })}>
              {apps.map((a) => (
                <ListItem key={a.id} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
                  <FacePhotoThumb programId={programId} application={a} />
                  <ListItemText primary={a.personal ? `${a.personal.name}（${a.personal.kana}）` : '—'} secondary={formatDate(a.date)} sx={{ minWidth: 0 }} />
                  <Chip size="small" label={APPLICATION_TYPE_LABELS[a.applicationType]} />
                </ListItem>
              ))}
            </List>
            <Box>
              <Button variant="contained" startIcon={<MoveToInboxOutlinedIcon />} disabled={!apps.length || create.isPending} onClick={() => create.mutate()}>
                {t('create')}
              </Button>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}
