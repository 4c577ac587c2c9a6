import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { organizationKindChoices } from '../common/choices';

export function OrganizationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <SelectField source="kind" choices={organizationKindChoices} />
        <TextField source="municipalityName" />
      </SimpleShowLayout>
    </Show>
  );
}
