import LockResetIcon from '@mui/icons-material/LockReset';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { UserView } from '@outreach/domain/users';

/** Issues a temporary password after a confirmation, and shows it once. Only for those who may edit users. */
export function ResetPasswordButton() {
  const record = useRecordContext<UserView>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [temporaryPassword, setTemporaryPassword] = useState<string>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'edit' });
  if (!record || !canAccess) return null;

  const reset = async () => {
    setPending(true);
    try {
      setTemporaryPassword((await dataProvider.resetPassword(record.id)).temporaryPassword);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button label="app.users.resetPassword" onClick={() => setConfirming(true)}>
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="app.users.resetConfirmTitle"
        content="app.users.resetConfirmContent"
        translateOptions={{ name: record.name }}
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      />
      <Dialog open={temporaryPassword !== undefined} onClose={() => setTemporaryPassword(undefined)}>
        <DialogTitle>{translate('app.users.temporaryPassword')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ fontFamily: 'monospace', fontSize: '1.5rem', userSelect: 'all', mb: 2 }}>{temporaryPassword}</Typography>
          <DialogContentText>{translate('app.users.temporaryPasswordNote')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setTemporaryPassword(undefined)} autoFocus />
        </DialogActions>
      </Dialog>
    </>
  );
}
