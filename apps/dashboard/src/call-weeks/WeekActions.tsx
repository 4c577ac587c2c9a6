import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import { jstDateKey, REPORT_REASON_MAX, type ReportAction } from '@outreach/domain';
import { type ReactElement, useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../providers/http';
import { useWeekTransition } from './api';
import { actionsFor, type CallWeekView, weekEnded, weekLabel } from './callWeek';

const ICONS: Record<ReportAction, ReactElement> = {
  submit: <SendIcon />,
  accept: <CheckCircleIcon />,
  return: <UndoIcon />,
  reopen: <UndoIcon />,
};

/**
 * The report's buttons, by permission and status: 提出 for the vendor (once the week is over), 受理 / 差し戻し /
 * 受理取消し for the city (差し戻し and 受理取消し ask for a reason).
 */
export function WeekActions() {
  const week = useRecordContext<CallWeekView>();
  const { canAccess: canSubmit } = useCanAccess({ resource: 'call-weeks', action: 'submit' });
  const { canAccess: canAccept } = useCanAccess({ resource: 'call-weeks', action: 'accept' });
  if (!week) return null;
  const actions = actionsFor(week.status).filter((a) => (a === 'submit' ? canSubmit : canAccept));
  return (
    <>
      {actions.map((action) => (
        <ActionButton key={action} week={week} action={action} />
      ))}
    </>
  );
}

function ActionButton({ week, action }: { week: CallWeekView; action: ReportAction }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const transition = useWeekTransition();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const needsReason = action === 'return' || action === 'reopen';
  const notEnded = action === 'submit' && !weekEnded(week, jstDateKey(new Date()));

  const run = async () => {
    setPending(true);
    try {
      await transition(week.id, action, needsReason ? reason.trim() : undefined);
      notify(`app.callWeeks.actions.${action}Done`, { type: 'success', messageArgs: { week: weekLabel(week) } });
      setOpen(false);
      setReason('');
      refresh();
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors?.reason) setReasonError(errors.reason);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const button = (
    <Button
      label={`app.callWeeks.actions.${action}`}
      onClick={() => setOpen(true)}
      disabled={notEnded || pending}
      title={notEnded ? translate('app.callWeeks.actions.notEnded') : undefined}
      variant={action === 'submit' || action === 'accept' ? 'contained' : 'text'}
      sx={{ ml: 1 }}
    >
      {ICONS[action]}
    </Button>
  );

  if (!needsReason) {
    return (
      <>
        {button}
        {notEnded && (
          <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center', ml: 1 }}>
            {translate('app.callWeeks.actions.notEnded')}
          </Typography>
        )}
        <Confirm
          isOpen={open}
          loading={pending}
          title={`app.callWeeks.actions.${action}Title`}
          content={`app.callWeeks.actions.${action}Confirm`}
          translateOptions={{ week: weekLabel(week), count: week.total }}
          confirm={`app.callWeeks.actions.${action}`}
          onConfirm={() => void run()}
          onClose={() => setOpen(false)}
        />
      </>
    );
  }

  const tooLong = reason.length > REPORT_REASON_MAX;
  return (
    <>
      {button}
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`week-${action}-title`}>
        <DialogTitle id={`week-${action}-title`}>{translate(`app.callWeeks.actions.${action}Title`, { week: weekLabel(week) })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`app.callWeeks.actions.${action}Confirm`, { week: weekLabel(week), count: week.total })}</DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={3}
            label={translate('resources.call-weeks.fields.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(undefined);
            }}
            error={reasonError !== undefined || tooLong}
            helperText={reasonError ?? `${reason.length} / ${REPORT_REASON_MAX}`}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={pending} />
          <Button label={`app.callWeeks.actions.${action}`} variant="contained" color="warning" onClick={() => void run()} disabled={pending || reason.trim() === '' || tooLong}>
            {ICONS[action]}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
