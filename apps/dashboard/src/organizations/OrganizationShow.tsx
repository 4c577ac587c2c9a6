import type { OrganizationView } from '@outreach/domain/organizations';
import { ChipField, Labeled, ReferenceArrayField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField, useRecordContext } from 'react-admin';
import { organizationKindChoices } from '../common/choices';

/** A city's municipality, or the cities that contract a vendor. */
function MunicipalitiesOf(_: { label: false }) {
  const record = useRecordContext<Pick<OrganizationView, 'kind'>>();
  if (record?.kind === 'vendor') {
    return (
      <Labeled label="resources.organizations.fields.servedMunicipalityIds">
        <ReferenceArrayField source="servedMunicipalityIds" reference="municipalities">
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </Labeled>
    );
  }
  return (
    <Labeled label="resources.organizations.fields.municipalityName">
      <TextField source="municipalityName" />
    </Labeled>
  );
}

export function OrganizationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <SelectField source="kind" choices={organizationKindChoices} />
        <MunicipalitiesOf label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
