import { DataTable, List } from 'react-admin';

export function MunicipalityList() {
  return (
    <List sort={{ field: 'code', order: 'ASC' }} exporter={false}>
      <DataTable>
        <DataTable.Col source="code" />
        <DataTable.Col source="prefecture" />
        <DataTable.Col source="name" />
      </DataTable>
    </List>
  );
}
