import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ActionField } from './ActionField';
import { actionChoices } from './actions';
import { ExportXlsxButton } from './ExportXlsxButton';

/** `from` and `to` are JST calendar dates (YYYY-MM-DD), both included. */
const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

export function HandlingRecordList() {
  return (
    <List
      sort={{ field: 'occurredAt', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <ExportXlsxButton />
        </TopToolbar>
      }
    >
      <DataTable>
        <DataTable.Col source="occurredAt">
          <JstDateTimeField source="occurredAt" />
        </DataTable.Col>
        <DataTable.Col source="userName" />
        <DataTable.Col source="organizationName" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="action">
          <ActionField source="action" />
        </DataTable.Col>
        <DataTable.Col source="resourceType" />
        <DataTable.Col source="resourceId" />
        <DataTable.Col source="ip" />
      </DataTable>
    </List>
  );
}
