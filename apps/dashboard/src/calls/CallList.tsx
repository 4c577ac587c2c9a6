import EditNoteIcon from '@mui/icons-material/EditNote';
import { BooleanInput, Button, Link, DataTable, EditButton, FilterButton, SelectField, SelectInput, TextField, useCanAccess, useRecordContext } from 'react-admin';
import { ProgramScopedList } from '../common/ProgramScopedList';
import type { CallView } from '@outreach/domain/calls';
import { categoryChoices, kindChoices, outcomeChoices } from './choices';
import { CallFlagsField, DurationField, ReceivedAtField } from './fields';
import { QuickCallWidget } from './QuickCallWidget';
import { periodFilters } from '../common/filters';
import { ListTable } from '../common/ListTable';

/** `from` and `to` are JST calendar dates (YYYY-MM-DD), both included; the flags filter on "only flagged". */
const filters = [
  ...periodFilters,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <BooleanInput key="late" source="late" defaultValue />,
  <BooleanInput key="outsideHours" source="outsideHours" defaultValue />,
];

/** 受電記録: the quick-entry widget on top (for those who log calls), then the log of the current program. */
export function CallList() {
  return (
    <ProgramScopedList
      resource="calls"
      header={() => <QuickCallWidget />}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      filters={filters}
      actions={
        <>
          <FilterButton />
          <BulkEntryButton />
        </>
      }
    >
      <ListTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="receivedAt">
          <ReceivedAtField />
        </DataTable.Col>
        <DataTable.Col source="category">
          <SelectField source="category" choices={categoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="outcome">
          <SelectField source="outcome" choices={outcomeChoices} emptyText="—" />
        </DataTable.Col>
        <DataTable.NumberCol source="count" disableSort />
        <DataTable.Col source="durationMinutes" disableSort>
          <DurationField />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={kindChoices} />
        </DataTable.Col>
        <DataTable.Col source="flags" disableSort>
          <CallFlagsField />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort>
          <TextField source="note" />
        </DataTable.Col>
        <DataTable.Col source="actions" label="" disableSort>
          <EditSingleCallButton />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}

/** Single calls are corrected one by one; a paper day is corrected by entering the day again. */
function EditSingleCallButton() {
  const call = useRecordContext<CallView>();
  return call?.kind === 'single' ? <EditButton /> : null;
}

/**
 * To the paper form (the calls resource's create view); for those who may log calls. A real link (react-admin's
 * Button renders `to` as a link only with `component={Link}`: without it the button had no href and did nothing).
 */
function BulkEntryButton() {
  const { canAccess } = useCanAccess({ resource: 'calls', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to="/calls/create" label="app.calls.bulk.open">
      <EditNoteIcon />
    </Button>
  );
}
