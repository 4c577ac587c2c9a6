import { DataTable, List } from 'react-admin';
import { ListTable } from '../common/ListTable';

export function MunicipalityList() {
  return (
    <List sort={{ field: 'code', order: 'ASC' }} exporter={false}>
      <ListTable>
        <DataTable.Col source="code" />
        <DataTable.Col source="prefecture" />
        <DataTable.Col source="name" />
      </ListTable>
    </List>
  );
}
