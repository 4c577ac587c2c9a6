import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { type Me, passwordConfirmSchema, totpCodeSchema, type TotpSetupView } from '@outreach/domain/auth';
import { useState } from 'react';
import { Form, PasswordInput, SaveButton, TextInput, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { groupByFour } from '../common/format';
import { validateWith } from '../common/validate';
import type { AppDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf } from '../providers/http';

const validateCode = validateWith(totpCodeSchema);
const validatePassword = validateWith(passwordConfirmSchema);

/** Enrol an authenticator app (secret shown in groups of four, then a 6-digit code), or turn it off with the password. */
export function TotpCard({ me, onChange }: { me: Me; onChange: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [enrollment, setEnrollment] = useState<TotpSetupView>();

  const failed = (error: unknown) => {
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    return fieldErrorsOf(error);
  };

  const start = async () => {
    try {
      setEnrollment(await dataProvider.setupTotp());
    } catch (error) {
      failed(error);
    }
  };

  const enable = async (values: { code?: string }) => {
    try {
      await dataProvider.enableTotp({ code: values.code ?? '' });
      notify('app.profile.totp.enabledNotice', { type: 'success' });
      setEnrollment(undefined);
      onChange();
    } catch (error) {
      return failed(error);
    }
  };

  const disable = async (values: { password?: string }) => {
    try {
      await dataProvider.disableTotp({ password: values.password ?? '' });
      notify('app.profile.totp.disabledNotice', { type: 'success' });
      onChange();
    } catch (error) {
      return failed(error);
    }
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.profile.totp.title')}
        </Typography>
        {me.totpEnabled ? (
          <>
            <Alert severity="success">{translate('app.profile.totp.enabled')}</Alert>
            <Typography sx={{ mt: 2 }}>{translate('app.profile.totp.disableInstructions')}</Typography>
            <Form onSubmit={disable} validate={validatePassword}>
              <PasswordInput source="password" label="app.profile.totp.password" autoComplete="current-password" />
              <SaveButton label="app.profile.totp.disable" color="warning" />
            </Form>
          </>
        ) : (
          <>
            <Alert severity={me.totpEnrollmentRequired ? 'warning' : 'info'}>
              {translate('app.profile.totp.notEnabled')}
              {me.totpEnrollmentRequired && ` ${translate('app.profile.totp.required')}`}
            </Alert>
            {enrollment ? (
              <Box sx={{ mt: 2 }}>
                <Typography>{translate('app.profile.totp.instructions')}</Typography>
                <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                  {translate('app.profile.totp.secret')}
                </Typography>
                <Typography sx={{ fontFamily: 'monospace', fontSize: '1.25rem', letterSpacing: '0.05em', userSelect: 'all' }}>
                  {groupByFour(enrollment.secret)}
                </Typography>
                <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                  {translate('app.profile.totp.otpauthUrl')}
                </Typography>
                <Typography sx={{ fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }}>{enrollment.otpauthUrl}</Typography>
                <Form onSubmit={enable} validate={validateCode}>
                  <TextInput
                    source="code"
                    label="app.profile.totp.code"
                    autoComplete="one-time-code"
                    autoFocus
                    slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
                  />
                  <SaveButton label="app.profile.totp.enable" />
                </Form>
              </Box>
            ) : (
              <Button variant="contained" sx={{ mt: 2 }} onClick={start}>
                {translate('app.profile.totp.start')}
              </Button>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
