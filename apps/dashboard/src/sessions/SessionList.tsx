import { BooleanField, CreateButton, DataTable, NumberField, SelectField, SelectInput, useCanAccess } from 'react-admin';
import { DateKeyField } from '../common/DateKeyField';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { booksVisits } from '@outreach/domain/programs';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { BookingLinkField, HeldOnly, SessionStatusField, TimeRangeField } from './fields';
import { OpenReportButton } from './OpenReportButton';
import { methodChoices, serviceKindChoices, statusChoices } from './session';
import { periodFilters } from '../common/filters';
import { ListTable } from '../common/ListTable';

/** `from` and `to` are JST calendar dates, both included. */
const filters = [
  ...periodFilters,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="serviceKind" source="serviceKind" choices={serviceKindChoices} />,
];

/** 実施記録 of the current program, newest first; vendors open one to correct it, and each held day to its report. */
export function SessionList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'sessions', action: 'edit' });
  // 予約から／予約なし says nothing where the program books no visits (none of them came from a booking).
  const { program } = useCurrentProgram();
  const takesBookings = booksVisits(program);
  return (
    <ProgramScopedList resource="sessions" sort={{ field: 'date', order: 'DESC' }} filters={filters} actions={<CreateButton />}>
      <ListTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="date">
          <DateKeyField source="date" />
        </DataTable.Col>
        {/* The method under the kind, in one column: the list fits a city laptop's 1366 px beside the sidebar. */}
        <DataTable.Col source="serviceKind" label="app.sessions.kindAndMethodColumn">
          <SelectField source="serviceKind" choices={serviceKindChoices} sx={{ display: 'block' }} />
          <SelectField source="method" choices={methodChoices} sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }} />
        </DataTable.Col>
        <DataTable.Col source="place" cellSx={() => ({ minWidth: 140 })} />
        <DataTable.Col source="time" disableSort>
          <TimeRangeField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SessionStatusField />
        </DataTable.Col>
        {takesBookings && (
          <DataTable.Col source="booking" disableSort>
            <BookingLinkField />
          </DataTable.Col>
        )}
        <DataTable.Col source="cityStaffPresent" label="app.sessions.cityStaffColumn" disableSort>
          <HeldOnly>
            <BooleanField source="cityStaffPresent" />
          </HeldOnly>
        </DataTable.Col>
        <DataTable.Col source="applicationsTotal" align="right" disableSort>
          <HeldOnly>
            <NumberField source="applicationsTotal" />
          </HeldOnly>
        </DataTable.Col>
        <DataTable.Col source="consultations" align="right" disableSort>
          <HeldOnly>
            <NumberField source="consultations" />
          </HeldOnly>
        </DataTable.Col>
        <DataTable.Col source="actions" label="" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <OpenReportButton />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}
