import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallBackView } from '@outreach/domain/call-backs';
import type { ProgramSummary } from '@outreach/domain/programs';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { formatDateTime } from '../common/dates';

export function useCallBackT() {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`app.callBacks.${key}`, options);
}

/** 折り返し of the current program: those waiting (earliest due first, due ones marked), then the latest done. */
export function CallBacksPage() {
  return <RequireProgram>{(program) => <CallBacks key={program.id} program={program} />}</RequireProgram>;
}

function CallBacks({ program }: { program: ProgramSummary }) {
  const t = useCallBackT();
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const key = ['programs', program.id, 'call-backs'];
  const list = useQuery({ queryKey: key, queryFn: () => dataProvider.callBacks(program.id), ...QUERY_ONCE });
  const open = list.data?.filter((c) => c.status === 'open') ?? [];
  const done = list.data?.filter((c) => c.status === 'done') ?? [];
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title={t('title')} />
      <Typography variant="body2" color="text.secondary">
        {t('hint')}
      </Typography>
      {list.error ? <Alert severity="error">{translate(errorMessage(list.error))}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      <Typography variant="h6" component="h2">
        {t('open')}
      </Typography>
      {list.data && open.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      <Box component="ul" data-testid="call-backs-open" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))' }}>
        {open.map((c) => (
          <CallBackCard key={c.id} callBack={c} programId={program.id} queryKey={key} />
        ))}
      </Box>
      {done.length > 0 && (
        <>
          <Typography variant="h6" component="h2">
            {t('done')}
          </Typography>
          <Box component="ul" data-testid="call-backs-done" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
            {done.map((c) => (
              <Box component="li" key={c.id} sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
                {`${t(`kinds.${c.kind}`)}・${t('dueAt')} ${formatDateTime(c.dueAt)} ${t('deleted')} — ${t('doneBy', { name: c.doneByName ?? '—', at: c.doneAt ? formatDateTime(c.doneAt) : '' })}`}
              </Box>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

function CallBackCard({ callBack: c, programId, queryKey }: { callBack: CallBackView; programId: string; queryKey: unknown[] }) {
  const t = useCallBackT();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const markDone = useMutation({
    mutationFn: () => dataProvider.callBackDone(programId, c.id),
    onSuccess: () => {
      notify('app.callBacks.marked', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  return (
    <Card component="li" variant="outlined" sx={{ borderColor: c.due ? 'error.main' : undefined }} aria-label={c.callerName ?? t('deleted')}>
      <CardContent sx={{ display: 'grid', gap: 0.5 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 700 }}>{c.callerName}</Typography>
          <Typography component="a" href={`tel:${c.phone ?? ''}`} sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.phone}
          </Typography>
          {c.due && <Chip size="small" color="error" label={t('due')} />}
        </Box>
        <Typography variant="body2">{`${t('dueAt')}: ${formatDateTime(c.dueAt)}・${t(`kinds.${c.kind}`)}`}</Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {c.wanted}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('createdBy', { name: c.createdByName ?? '—', at: formatDateTime(c.createdAt) })}
        </Typography>
        <Box>
          <Button size="small" variant="contained" disabled={markDone.isPending} onClick={() => markDone.mutate()}>
            {t('markDone')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
