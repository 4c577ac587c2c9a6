import { BooleanField, DataTable, List, SelectField } from 'react-admin';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ListTable } from '../common/ListTable';

export function UserList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <ListTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="organizationName" />
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt">
          <JstDateTimeField source="lastLoginAt" />
        </DataTable.Col>
      </ListTable>
    </List>
  );
}
