import { organizationInputSchema } from '@outreach/domain';
import { ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { organizationKindChoices } from '../common/choices';
import { validateWith } from '../common/validate';

const validate = validateWith(organizationInputSchema);
/** The operator's own organization is not created through the dashboard. */
const kindChoices = organizationKindChoices.filter((choice) => choice.id !== 'operator');

/** The form of both create and edit: a city organization names its municipality. */
export function OrganizationForm() {
  return (
    <SimpleForm validate={validate}>
      <TextInput source="name" />
      <SelectInput source="kind" choices={kindChoices} />
      <ReferenceInput source="municipalityId" reference="municipalities" sort={{ field: 'code', order: 'ASC' }}>
        <SelectInput optionText="name" />
      </ReferenceInput>
    </SimpleForm>
  );
}
