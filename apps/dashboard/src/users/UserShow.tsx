import { BooleanField, EditButton, EmailField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ResetPasswordButton } from './ResetPasswordButton';

export function UserShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ResetPasswordButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <EmailField source="email" />
        <SelectField source="role" choices={roleChoices} />
        <TextField source="organizationName" />
        <BooleanField source="active" />
        <JstDateTimeField source="lastLoginAt" />
        <JstDateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
