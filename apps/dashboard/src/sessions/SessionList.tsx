import { Alert } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  DateInput,
  List,
  Loading,
  SelectField,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { DateKeyField, SessionStatusField, TimeRangeField } from './fields';
import { OpenReportButton } from './OpenReportButton';
import { methodChoices, serviceKindChoices, statusChoices } from './session';

/** `from` and `to` are JST calendar dates, both included. */
const filters = [
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="serviceKind" source="serviceKind" choices={serviceKindChoices} />,
];

/** 実施記録 of the current program, newest first; vendors open one to correct it, and each held day to its report. */
export function SessionList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  const { canAccess: canEdit } = useCanAccess({ resource: 'sessions', action: 'edit' });
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.sessions.noProgram')}</Alert>;
  return (
    <List
      key={program.id}
      resource="sessions"
      filter={{ programId: program.id }}
      sort={{ field: 'date', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ProgramPicker />
          <CreateButton />
        </TopToolbar>
      }
      sx={{ '& .MuiTableCell-head': { whiteSpace: 'nowrap' } }}
    >
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="date">
          <DateKeyField source="date" />
        </DataTable.Col>
        <DataTable.Col source="serviceKind">
          <SelectField source="serviceKind" choices={serviceKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="place" cellSx={() => ({ minWidth: 140 })} />
        <DataTable.Col source="method" disableSort>
          <SelectField source="method" choices={methodChoices} />
        </DataTable.Col>
        <DataTable.Col source="time" disableSort>
          <TimeRangeField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SessionStatusField />
        </DataTable.Col>
        <DataTable.Col source="cityStaffPresent" disableSort>
          <BooleanField source="cityStaffPresent" />
        </DataTable.Col>
        <DataTable.NumberCol source="applicationsTotal" disableSort />
        <DataTable.NumberCol source="consultations" disableSort />
        <DataTable.Col source="actions" label="" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <OpenReportButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
