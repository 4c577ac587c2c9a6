import { userCreateSchema } from '@outreach/domain/users';
import { Create, PasswordInput, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { validateWith } from '../common/validate';
import { useMe } from '../providers/me';
import { useRoleChoices } from './useRoleChoices';

const validate = validateWith(userCreateSchema);

/** A system administrator picks the organization; everyone else creates users in their own. */
export function UserCreate() {
  const { me } = useMe();
  const roleChoices = useRoleChoices();
  return (
    <Create redirect="show">
      <SimpleForm validate={validate}>
        <TextInput source="name" autoComplete="off" />
        <TextInput source="email" type="email" autoComplete="off" />
        <SelectInput source="role" choices={roleChoices} />
        {me?.role === 'system_admin' && (
          <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
            <SelectInput optionText="name" />
          </ReferenceInput>
        )}
        <PasswordInput source="password" autoComplete="new-password" />
      </SimpleForm>
    </Create>
  );
}
