import { BooleanField, BooleanInput, CreateButton, DataTable, SelectField, SelectInput, TextField, useCanAccess } from 'react-admin';
import { DateKeyField } from '../common/DateKeyField';
import { OpenField } from '../common/OpenField';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { categoryChoices, channelChoices } from './inquiryForm';
import { periodFilters } from '../common/filters';
import { ListTable } from '../common/ListTable';

const filters = [
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <BooleanInput key="escalatedToCity" source="escalatedToCity" defaultValue />,
  ...periodFilters,
];

/** 問い合わせ・苦情 of the current program, newest first. */
export function InquiryList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'inquiries', action: 'edit' });
  return (
    <ProgramScopedList resource="inquiries" sort={{ field: 'date', order: 'DESC' }} filters={filters} actions={<CreateButton />}>
      <ListTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="date">
          <DateKeyField source="date" />
        </DataTable.Col>
        <DataTable.Col source="category" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="category" choices={categoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="channel" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="channel" choices={channelChoices} />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          <TextField source="summary" />
        </DataTable.Col>
        <DataTable.Col source="handling" disableSort>
          <TextField source="handling" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="escalatedToCity" disableSort>
          <BooleanField source="escalatedToCity" />
        </DataTable.Col>
        <DataTable.Col source="closedDate">
          <DateKeyField source="closedDate" />
        </DataTable.Col>
        <DataTable.Col source="open" disableSort>
          <OpenField labels={{ open: 'app.inquiries.open', closed: 'app.inquiries.closed' }} />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}
