import { Card, CardContent, Typography } from '@mui/material';
import { changePasswordSchema } from '@outreach/domain/auth';
import { useState } from 'react';
import { Form, PasswordInput, SaveButton, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { validateWith } from '../common/validate';
import type { AppDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf } from '../providers/http';

const validate = validateWith(changePasswordSchema);

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function PasswordCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [formKey, setFormKey] = useState(0);

  const submit = async (values: Partial<PasswordChange>) => {
    try {
      await dataProvider.changePassword(values as PasswordChange);
      notify('app.profile.password.changed', { type: 'success' });
      setFormKey((key) => key + 1);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return fieldErrorsOf(error);
    }
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.profile.password.title')}
        </Typography>
        <Form key={formKey} onSubmit={submit} validate={validate}>
          <PasswordInput source="currentPassword" label="app.profile.password.currentPassword" autoComplete="current-password" />
          <PasswordInput source="newPassword" label="app.profile.password.newPassword" autoComplete="new-password" />
          <SaveButton label="app.profile.password.submit" />
        </Form>
      </CardContent>
    </Card>
  );
}
