import AddIcCallIcon from '@mui/icons-material/AddIcCall';
import SettingsIcon from '@mui/icons-material/Settings';
import { Button } from '@mui/material';
import { bookingStatusSchema } from '@outreach/domain/bookings';
import { DataTable, NumberField, SelectField, SelectInput, TextField, useCanAccess } from 'react-admin';
import { Link } from 'react-router-dom';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { BookingSearch, CallerNameField } from './BookingSearch';
import { BookingStatusField, VisitField } from './fields';
import { DateKeyField } from '../common/DateKeyField';
import { useBookingT } from './useBookingT';
import { periodFilters } from '../common/filters';
import { ListTable } from '../common/ListTable';

export const statusChoices = bookingStatusSchema.options.map((id) => ({ id, name: `app.bookings.statuses.${id}` }));
export const kindChoices = (['home', 'facility'] as const).map((id) => ({ id, name: `app.bookings.kinds.${id}` }));

/** `from` and `to` filter the visit date (JST, both included). */
const filters = [
  ...periodFilters,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
];

/**
 * 予約一覧: the current program's bookings, newest reception number first, with the caller's name for those who may
 * read slips (each name shown recorded), and the search by name, kana or phone above it.
 */
export function BookingList() {
  const t = useBookingT();
  const { canAccess: canBook } = useCanAccess({ resource: 'bookings', action: 'create' });
  return (
    <ProgramScopedList
      resource="bookings"
      sort={{ field: 'receptionNumber', order: 'DESC' }}
      filters={filters}
      header={(program) => <BookingSearch programId={program.id} />}
      actions={
        <>
          <Button size="small" startIcon={<SettingsIcon />} component={Link} to="/booking-settings">
            {t('settings.title')}
          </Button>
          {canBook && (
            <Button size="small" variant="contained" startIcon={<AddIcCallIcon />} component={Link} to="/bookings/create">
              {t('title')}
            </Button>
          )}
        </>
      }
    >
      <ListTable rowClick="show" bulkActionButtons={false}>
        <DataTable.NumberCol source="receptionNumber" />
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={kindChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <BookingStatusField />
        </DataTable.Col>
        <DataTable.Col source="callerName" disableSort>
          <CallerNameField />
        </DataTable.Col>
        <DataTable.Col source="visitDate">
          <VisitField />
        </DataTable.Col>
        <DataTable.Col source="district" disableSort>
          <TextField source="district" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="applicants" disableSort>
          <NumberField source="applicants" />
        </DataTable.Col>
        <DataTable.Col source="receivedAt">
          <DateKeyField source="receivedDate" monthDay />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}
