import UndoIcon from '@mui/icons-material/Undo';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { REPORT_REASON_MAX } from '@outreach/domain/daily-reports';
import { useId, useState } from 'react';
import { Button, useTranslate } from 'react-admin';

/** A dialog asking for a reason (差し戻し): required, at most REPORT_REASON_MAX characters. */
export function ReasonDialog({
  open,
  title,
  titleArgs,
  content,
  label,
  confirm,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  titleArgs?: Record<string, unknown>;
  content?: string;
  label: string;
  confirm: string;
  pending: boolean;
  error?: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const tooLong = reason.length > REPORT_REASON_MAX;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
      <DialogContent>
        {content && <Typography sx={{ mb: 2 }}>{content}</Typography>}
        <TextField
          autoFocus
          required
          fullWidth
          multiline
          minRows={3}
          label={translate(label)}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error !== undefined || tooLong}
          helperText={error ?? `${reason.length} / ${REPORT_REASON_MAX}`}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} disabled={pending} />
        <Button label={confirm} variant="contained" color="warning" onClick={() => onConfirm(reason.trim())} disabled={pending || reason.trim() === '' || tooLong}>
          <UndoIcon />
        </Button>
      </DialogActions>
    </Dialog>
  );
}
