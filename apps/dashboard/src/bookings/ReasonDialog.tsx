import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useBookingT } from './useBookingT';

/** Asks the reason of a cancellation or a no-show (the API records it). */
export function ReasonDialog({ title, open, busy, error, onClose, onConfirm }: { title: string; open: boolean; busy: boolean; error?: string; onClose: () => void; onConfirm: (reason: string) => void }) {
  const t = useBookingT();
  const [reason, setReason] = useState('');
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(reason);
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth multiline minRows={2} margin="dense" label={t('fields.reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={!!error} helperText={error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.close')}</Button>
          <Button type="submit" variant="contained" disabled={busy || reason.trim() === ''}>
            {title}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
