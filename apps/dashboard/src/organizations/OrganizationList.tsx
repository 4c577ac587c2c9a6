import { DataTable, List, SelectField } from 'react-admin';
import { organizationKindChoices } from '../common/choices';
import { ListTable } from '../common/ListTable';

export function OrganizationList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <ListTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={organizationKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="municipalityName" />
      </ListTable>
    </List>
  );
}
