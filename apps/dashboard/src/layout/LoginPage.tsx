import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import type { LoginParams } from '../providers/authProvider';
import { loginFailure } from './loginFailure';

interface Feedback {
  severity: 'info' | 'error';
  message: string;
}

/**
 * E-mail and password; when the API answers that a second factor is needed, the same form asks for the
 * 6-digit 確認コード and sends all three again.
 */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [values, setValues] = useState<Required<LoginParams>>({ email: '', password: '', totp: '' });
  const [totpStep, setTotpStep] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [submitting, setSubmitting] = useState(false);

  const change = (field: keyof LoginParams) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    try {
      await login(totpStep ? values : { email: values.email, password: values.password });
    } catch (error) {
      const failure = loginFailure(error);
      setFeedback({ severity: failure.totpRequired && !totpStep ? 'info' : 'error', message: failure.message });
      if (failure.totpRequired) setTotpStep(true);
    } finally {
      setSubmitting(false);
    }
  };

  const restart = () => {
    setTotpStep(false);
    setFeedback(undefined);
    setValues({ email: values.email, password: '', totp: '' });
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card component="main" sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 2, textAlign: 'center' }}>
            {translate('app.title')}
          </Typography>
          <Stack component="form" spacing={2} onSubmit={submit} noValidate>
            {feedback && (
              <Alert severity={feedback.severity} role="alert">
                {translate(feedback.message, { _: feedback.message })}
              </Alert>
            )}
            <TextField
              label={translate('app.login.email')}
              type="email"
              autoComplete="username"
              value={values.email}
              onChange={change('email')}
              disabled={totpStep}
              required
              autoFocus
            />
            <TextField
              label={translate('app.login.password')}
              type="password"
              autoComplete="current-password"
              value={values.password}
              onChange={change('password')}
              disabled={totpStep}
              required
            />
            {totpStep && (
              <TextField
                label={translate('app.login.totp')}
                helperText={translate('app.login.totpHelp')}
                autoComplete="one-time-code"
                value={values.totp}
                onChange={change('totp')}
                slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 } }}
                required
                autoFocus
              />
            )}
            <Button type="submit" variant="contained" size="large" disabled={submitting}>
              {submitting ? <CircularProgress size={24} color="inherit" aria-label={translate('app.login.submit')} /> : translate('app.login.submit')}
            </Button>
            {totpStep && (
              <Button variant="text" onClick={restart}>
                {translate('app.login.restart')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
