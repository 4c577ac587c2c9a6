import { userUpdateSchema } from '@outreach/domain/users';
import { BooleanInput, Edit, SelectInput, ShowButton, SimpleForm, TextInput, TopToolbar } from 'react-admin';
import { validateWith } from '../common/validate';
import { ResetPasswordButton } from './ResetPasswordButton';
import { useRoleChoices } from './useRoleChoices';

const validate = validateWith(userUpdateSchema);

/** Pessimistic, so that the API's field errors land next to the inputs. */
export function UserEdit() {
  const roleChoices = useRoleChoices();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <ResetPasswordButton />
          <ShowButton />
        </TopToolbar>
      }
    >
      <SimpleForm validate={validate}>
        <TextInput source="name" />
        <SelectInput source="role" choices={roleChoices} />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
