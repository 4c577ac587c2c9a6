import PrintIcon from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Card, CardContent, GlobalStyles, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookingView } from '@outreach/domain/bookings';
import { COORDINATION_STATES, type CoordinationState, type CoordinationUpdate, type CoordinationView, FACILITY_PROCEDURES, type FacilityProcedure, type StepState } from '@outreach/domain/facilities';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { type StatusLook, StatusChip } from '../common/StatusChip';
import { useScreenWords } from '../common/useScreenWords';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { formatMonthDay } from '../common/dates';

const STEP_LOOKS: Record<StepState, StatusLook> = { done: { color: 'success' }, overdue: { color: 'error' }, due_soon: { color: 'warning' }, upcoming: { color: 'default', outlined: true } };
type Draft = { procedure?: FacilityProcedure | null; items: NonNullable<CoordinationUpdate['items']>; steps: NonNullable<CoordinationUpdate['steps']> };
const EMPTY: Draft = { items: {}, steps: {} };

/** 施設との調整 (003 §9(2)) on a facility booking: the steps before the visit with their due dates, the procedure and the checklist; printable for the pre-meeting. */
export function CoordinationPanel() {
  const record = useRecordContext<BookingView>();
  if (!record || record.kind !== 'facility') return null;
  return <Coordination key={record.id} bookingId={record.id} />;
}

function Coordination({ bookingId }: { bookingId: string }) {
  const { translate, t } = useScreenWords('app.facilities');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'bookings', action: 'manage' });
  const key = ['bookings', bookingId, 'coordination'];
  const loaded = useQuery({ queryKey: key, queryFn: () => dataProvider.coordination(bookingId), ...QUERY_ONCE });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const save = useMutation({
    mutationFn: () => dataProvider.saveCoordination(bookingId, { ...(draft.procedure !== undefined ? { procedure: draft.procedure } : {}), items: draft.items, steps: draft.steps }),
    onSuccess: (view) => {
      queryClient.setQueryData(key, view);
      setDraft(EMPTY);
      notify('app.facilities.saved', { type: 'success' });
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const errors = save.error ? (fieldErrorsOf(save.error) ?? {}) : {};
  const view: CoordinationView | undefined = loaded.data;
  if (loaded.error) return <Alert severity="error" sx={{ m: 2 }}>{translate(errorMessage(loaded.error))}</Alert>;
  if (!view) return null;
  const item = (k: string) => ({ ...view.items.find((i) => i.key === k)!, ...draft.items[k as keyof Draft['items']] });
  const setItem = (k: string, change: Partial<{ state: CoordinationState; date: string | null; note: string }>) => {
    const current = item(k);
    setDraft((d) => ({ ...d, items: { ...d.items, [k]: { state: current.state, date: current.date, note: current.note ?? undefined, ...change } } }));
  };
  const changed = draft.procedure !== undefined || Object.keys(draft.items).length > 0 || Object.keys(draft.steps).length > 0;
  return (
    <Card variant="outlined" sx={{ m: 2 }} component="section" aria-labelledby="coordination-title" data-print-sheet>
      {/* Printing this page prints the sheet alone: the app's bars and the booking's other cards stay off the paper. */}
      <GlobalStyles styles={{ '@media print': { 'header, .RaSidebar-root, .RaSidebar-fixed, .RaShow-main > .MuiPaper-root, [data-print-hide]': { display: 'none !important' } } }} />
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography id="coordination-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mr: 'auto' }}>
            {t('title')}（{t('progress', { settled: view.progress.settled, total: view.progress.total })}）
          </Typography>
          <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()} data-print-hide>
            {t('print')}
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('hint')}
        </Typography>

        <Typography variant="subtitle2" component="h3">
          {t('timelineTitle')}
        </Typography>
        {view.timeline === null ? (
          <Typography variant="body2" color="text.secondary">
            {t('noTimeline')}
          </Typography>
        ) : (
          <Box component="ol" data-testid="coordination-timeline" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
            {view.timeline.map((s) => (
              <Box component="li" key={s.step} data-step={s.step} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 700, minWidth: '12em' }}>
                  {t(`steps.${s.step}`)}
                </Typography>
                <Typography variant="body2">{t('due', { date: formatMonthDay(s.due) })}</Typography>
                <StatusChip status={s.state} looks={STEP_LOOKS} label={t(`stepStates.${s.state}`)} testId="step-state" />
                {s.step !== 'visit' && canEdit && (
                  <TextField
                    type="date"
                    size="small"
                    label={t('doneOn')}
                    value={(draft.steps[s.step] !== undefined ? draft.steps[s.step] : s.doneOn) ?? ''}
                    onChange={(e) => setDraft((d) => ({ ...d, steps: { ...d.steps, [s.step]: e.target.value || null } }))}
                    slotProps={{ inputLabel: { shrink: true } }}
                    sx={{ width: '11em' }}
                  />
                )}
                {s.step !== 'visit' && !canEdit && s.doneOn && <Typography variant="body2">{formatMonthDay(s.doneOn)}</Typography>}
              </Box>
            ))}
          </Box>
        )}

        <TextField
          select
          size="small"
          label={t('procedure')}
          value={(draft.procedure !== undefined ? draft.procedure : view.procedure) ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, procedure: (e.target.value || null) as FacilityProcedure | null }))}
          disabled={!canEdit}
          sx={{ maxWidth: '32em' }}
        >
          <MenuItem value="">{t('procedureNone')}</MenuItem>
          {FACILITY_PROCEDURES.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`procedures.${p}`)}
            </MenuItem>
          ))}
        </TextField>

        <Box component="ul" aria-label={t('item')} data-testid="coordination-items" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
          {view.items.map((i) => {
            const current = item(i.key);
            return (
              <Box component="li" key={i.key} data-item={i.key} sx={{ display: 'grid', gap: 0.75, gridTemplateColumns: { xs: '1fr', md: 'minmax(16em, 2fr) 9em 11em minmax(10em, 2fr)' }, alignItems: 'start', borderTop: 1, borderColor: 'divider', pt: 1 }}>
                <Box>
                  <Typography variant="body2" sx={{ fontWeight: 700 }}>
                    {i.label}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {i.source}
                  </Typography>
                </Box>
                <TextField select size="small" label={t('state')} value={current.state} onChange={(e) => setItem(i.key, { state: e.target.value as CoordinationState })} disabled={!canEdit}>
                  {COORDINATION_STATES.map((s) => (
                    <MenuItem key={s} value={s}>
                      {t(`states.${s}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField type="date" size="small" label={t('date')} value={current.date ?? ''} onChange={(e) => setItem(i.key, { date: e.target.value || null })} disabled={!canEdit} slotProps={{ inputLabel: { shrink: true } }} />
                <TextField
                  size="small"
                  label={t('note')}
                  value={current.note ?? ''}
                  onChange={(e) => setItem(i.key, { note: e.target.value })}
                  disabled={!canEdit}
                  error={!!errors[`items.${i.key}.note`]}
                  helperText={errors[`items.${i.key}.note`]}
                />
              </Box>
            );
          })}
        </Box>
        {canEdit && (
          <Box data-print-hide>
            <Button variant="contained" disabled={!changed || save.isPending} onClick={() => save.mutate()}>
              {t('save')}
            </Button>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
