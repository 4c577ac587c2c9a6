import { organizationInputSchema } from '@outreach/domain/organizations';
import { AutocompleteArrayInput, FormDataConsumer, ReferenceArrayInput, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { organizationKindChoices } from '../common/choices';
import { validateWith } from '../common/validate';

const validate = validateWith(organizationInputSchema);
/** The operator's own organization is not created through the dashboard. */
const kindChoices = organizationKindChoices.filter((choice) => choice.id !== 'operator');
const byCode = { field: 'code', order: 'ASC' } as const;

/**
 * The form of both create and edit: a city organization names its municipality; a vendor lists the cities that
 * contract it (only those cities' admins may attach it to a program).
 */
export function OrganizationForm() {
  return (
    <SimpleForm validate={validate}>
      <TextInput source="name" />
      <SelectInput source="kind" choices={kindChoices} />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === 'vendor' ? (
            <ReferenceArrayInput source="servedMunicipalityIds" reference="municipalities" sort={byCode} perPage={200}>
              <AutocompleteArrayInput optionText="name" helperText="resources.organizations.helpers.servedMunicipalityIds" />
            </ReferenceArrayInput>
          ) : (
            <ReferenceInput source="municipalityId" reference="municipalities" sort={byCode}>
              <SelectInput optionText="name" />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}
