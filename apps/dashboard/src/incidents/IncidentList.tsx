import { CreateButton, DataTable, NumberField, SelectField, SelectInput, TextField, useCanAccess } from 'react-admin';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { periodFilters } from '../common/filters';
import { kindChoices, statusChoices } from './incidentForm';
import { IncidentStatusField } from './IncidentStatusField';
import { ListTable } from '../common/ListTable';

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />, <SelectInput key="kind" source="kind" choices={kindChoices} />, ...periodFilters];

/** 個人情報の事故報告 of the current program, newest discovery first. */
export function IncidentList() {
  const { canAccess: canCreate = false } = useCanAccess({ resource: 'incidents', action: 'create' });
  return (
    <ProgramScopedList resource="incidents" sort={{ field: 'discoveredAt', order: 'DESC' }} filters={filters} actions={canCreate ? <CreateButton /> : undefined}>
      <ListTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="discoveredAt">
          <JstDateTimeField source="discoveredAt" />
        </DataTable.Col>
        <DataTable.Col source="kind" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="kind" choices={kindChoices} />
        </DataTable.Col>
        <DataTable.Col source="residentsAffected">
          <NumberField source="residentsAffected" />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          <TextField source="summary" />
        </DataTable.Col>
        <DataTable.Col source="status" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <IncidentStatusField source="status" />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}
