import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Box } from '@mui/material';
import {
  BooleanInput,
  Button,
  DataTable,
  DateInput,
  EditButton,
  FilterButton,
  List,
  Loading,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import type { Call } from './call';
import { categoryChoices, kindChoices, outcomeChoices } from './choices';
import { CallFlagsField, DurationField, ReceivedAtField } from './fields';
import { QuickCallWidget } from './QuickCallWidget';

/** `from` and `to` are JST calendar dates (YYYY-MM-DD), both included; the flags filter on "only flagged". */
const filters = [
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <BooleanInput key="late" source="late" defaultValue />,
  <BooleanInput key="outsideHours" source="outsideHours" defaultValue />,
];

/** 受電記録: the quick-entry widget on top (for those who log calls), then the log of the current program. */
export function CallList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.calls.noProgram')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2, mt: 2 }}>
      <QuickCallWidget />
      <List
        key={program.id}
        resource="calls"
        filter={{ programId: program.id }}
        sort={{ field: 'receivedAt', order: 'DESC' }}
        filters={filters}
        exporter={false}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ProgramPicker />
            <FilterButton />
            <BulkEntryButton />
          </TopToolbar>
        }
        sx={{ minWidth: 0, '& .RaList-main': { mt: 0, minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } }}
      >
        <DataTable rowClick={false} bulkActionButtons={false}>
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
        </DataTable>
      </List>
    </Box>
  );
}

/** Single calls are corrected one by one; a paper day is corrected by entering the day again. */
function EditSingleCallButton() {
  const call = useRecordContext<Call>();
  return call?.kind === 'single' ? <EditButton /> : null;
}

/** To the paper form (the calls resource's create view); for those who may log calls. */
function BulkEntryButton() {
  const { canAccess } = useCanAccess({ resource: 'calls', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button to="/calls/create" label="app.calls.bulk.open">
      <EditNoteIcon />
    </Button>
  );
}
