import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { CallBackCreate } from '@outreach/domain/call-backs';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { fromJstLocalInput, toJstLocalInput } from '../common/format';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { useScopedT } from '../common/useScopedT';
import { formatDateTime } from '../common/dates';
import { serverNow } from '../common/serverClock';

export type CallBackDraft = Pick<CallBackCreate, 'callerName' | 'phone' | 'wanted' | 'kind'>;

/** Tomorrow 10:00 JST: when the team calls back unless the caller said otherwise. */
export function defaultDue(now: Date): string {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  const day = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + 1, 1, 0)); // 10:00 JST
  return day.toISOString();
}

/**
 * Saves the caller's request as a call-back: who, phone, what they wanted (prefilled from the desk), by when. From a
 * call logged 折り返し要 (`sourceCallId`), the call-back names that call.
 */
export function CallBackDialog({ programId, draft, sourceCallId, onClose }: { programId: string; draft: CallBackDraft; sourceCallId?: string; onClose: () => void }) {
  const t = useScopedT('callBacks');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const [form, setForm] = useState({ ...draft, dueAt: toJstLocalInput(defaultDue(serverNow())) });
  const save = useMutation({
    mutationFn: () => dataProvider.createCallBack(programId, { ...form, dueAt: form.dueAt ? fromJstLocalInput(form.dueAt) : '', ...(sourceCallId ? { sourceCallId } : {}) }),
    onSuccess: (saved) => {
      notify('app.callBacks.saved', { type: 'success', messageArgs: { at: formatDateTime(saved.dueAt) } });
      onClose();
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const errors = save.error ? (fieldErrorsOf(save.error) ?? {}) : {};
  const field = (name: 'callerName' | 'phone' | 'wanted', extra: object = {}) => (
    <TextField
      size="small"
      required
      label={t(name)}
      value={form[name]}
      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      error={!!errors[name]}
      helperText={errors[name]}
      {...extra}
    />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('dialogTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 1.5, pt: '8px !important' }}>
        {sourceCallId && <DialogContentText>{t('fromCall')}</DialogContentText>}
        {field('callerName')}
        {field('phone', { slotProps: { htmlInput: { inputMode: 'tel' } } })}
        {field('wanted', { multiline: true, minRows: 2 })}
        <TextField
          size="small"
          required
          type="datetime-local"
          label={t('dueAt')}
          value={form.dueAt}
          onChange={(e) => setForm((f) => ({ ...f, dueAt: e.target.value }))}
          error={!!errors.dueAt}
          helperText={errors.dueAt}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" disabled={save.isPending} onClick={() => save.mutate()}>
          {t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
