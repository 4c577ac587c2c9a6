import { Alert, Box, Button, Card, CardContent, Chip, FormControlLabel, MenuItem, Switch, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CALL_BACK_OUTCOMES, callBackCallSchema, type CallBackOutcome, type CallBackView } from '@outreach/domain/call-backs';
import { callOutcomesOf } from '@outreach/domain/calls';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { useState } from 'react';
import type { ProgramSummary } from '@outreach/domain/programs';
import { Loading, useNotify, useTranslate } from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { useMe } from '../providers/me';
import { formatDateTime } from '../common/dates';
import { useScopedT } from '../common/useScopedT';
import { PageHeader } from '../common/PageHeader';

/**
 * 折り返し of the current program: those waiting (earliest due first, due ones marked; 「自分の担当のみ」 narrows to
 * the user's own), then the latest done. Each waiting one is closed by logging the call back.
 */
export function CallBacksPage() {
  return <RequireProgram>{(program) => <CallBacks key={program.id} program={program} />}</RequireProgram>;
}

function CallBacks({ program }: { program: ProgramSummary }) {
  const t = useScopedT('callBacks');
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const key = ['programs', program.id, 'call-backs'];
  const list = useQuery({ queryKey: key, queryFn: () => dataProvider.callBacks(program.id), ...QUERY_ONCE });
  const { me } = useMe();
  const [mineOnly, setMineOnly] = useState(false);
  const open = list.data?.filter((c) => c.status === 'open' && (!mineOnly || c.ownerId === me?.id)) ?? [];
  const done = list.data?.filter((c) => c.status === 'done') ?? [];
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      {list.error ? <Alert severity="error">{translate(errorMessage(list.error))}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {t('open')}
        </Typography>
        <FormControlLabel control={<Switch checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />} label={t('mine')} />
      </Box>
      {list.data && open.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      <Box component="ul" data-testid="call-backs-open" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))' }}>
        {open.map((c) => (
          <CallBackCard key={c.id} callBack={c} programId={program.id} queryKey={key} mine={c.ownerId === me?.id} />
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

function CallBackCard({ callBack: c, programId, queryKey, mine }: { callBack: CallBackView; programId: string; queryKey: unknown[]; mine: boolean }) {
  const t = useScopedT('callBacks');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [logging, setLogging] = useState(false);
  const changed = (message: string) => {
    notify(message, { type: 'success' });
    void queryClient.invalidateQueries({ queryKey });
  };
  const claim = useMutation({
    mutationFn: () => dataProvider.claimCallBack(programId, c.id),
    onSuccess: () => changed('app.callBacks.claimed'),
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
        <Typography variant="body2" data-testid="call-back-owner">
          {t('owner', { name: c.ownerName ?? '—' })}
        </Typography>
        {c.attempts > 0 && c.lastAttemptAt && (
          <Typography variant="body2" color="warning.dark">
            {t('attempts', { count: c.attempts, at: formatDateTime(c.lastAttemptAt) })}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {t('createdBy', { name: c.createdByName ?? '—', at: formatDateTime(c.createdAt) })}
        </Typography>
        {logging ? (
          <CallBackCallForm programId={programId} callBack={c} onDone={(view) => { setLogging(false); changed(view.status === 'done' ? 'app.callBacks.marked' : 'app.callBacks.attempted'); }} onCancel={() => setLogging(false)} />
        ) : (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button size="small" variant="contained" onClick={() => setLogging(true)}>
              {t('logCall')}
            </Button>
            {!mine && (
              <Button size="small" disabled={claim.isPending} onClick={() => claim.mutate()}>
                {t('claim')}
              </Button>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** The call back's result (and its length and a note for the call log); answered ends the call-back. */
function CallBackCallForm({ programId, callBack, onDone, onCancel }: { programId: string; callBack: CallBackView; onDone: (view: CallBackView) => void; onCancel: () => void }) {
  const t = useScopedT('callBacks');
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [outcome, setOutcome] = useState<CallBackOutcome>('answered');
  // No 予約成立 where the program books no visits (the API refuses it there).
  const { program } = useCurrentProgram();
  const outcomes = CALL_BACK_OUTCOMES.filter((o) => callOutcomesOf(program).includes(o));
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const body = { outcome, ...(duration.trim() === '' ? {} : { durationMinutes: Number(duration) }), ...(note.trim() === '' ? {} : { note: note.trim() }) };
  const checked = callBackCallSchema.safeParse(body);
  const local = checked.success ? {} : Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message]));
  const save = useMutation({ mutationFn: () => dataProvider.logCallBack(programId, callBack.id, body), onSuccess: onDone });
  const errors: Record<string, string> = { ...(save.error ? (fieldErrorsOf(save.error) ?? {}) : {}), ...local };
  return (
    <Box component="form" aria-label={t('logCall')} onSubmit={(e) => { e.preventDefault(); if (checked.success) save.mutate(); }} sx={{ display: 'grid', gap: 1, mt: 1 }}>
      <TextField select size="small" label={t('outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as CallBackOutcome)} error={!!errors.outcome} helperText={errors.outcome}>
        {outcomes.map((o) => (
          <MenuItem key={o} value={o}>
            {t(`outcomes.${o}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" label={t('duration')} value={duration} onChange={(e) => setDuration(e.target.value)} error={!!errors.durationMinutes} helperText={errors.durationMinutes} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
      <TextField size="small" label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} error={!!errors.note} helperText={errors.note} slotProps={{ htmlInput: { maxLength: 200 } }} />
      {save.error && !fieldErrorsOf(save.error) ? <Alert severity="error">{translate(errorMessage(save.error))}</Alert> : null}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" size="small" variant="contained" disabled={save.isPending || !checked.success}>
          {t('record')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </Box>
    </Box>
  );
}
