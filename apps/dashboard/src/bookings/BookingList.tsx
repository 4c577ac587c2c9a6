import AddIcCallIcon from '@mui/icons-material/AddIcCall';
import SettingsIcon from '@mui/icons-material/Settings';
import { Alert, Button } from '@mui/material';
import { bookingStatusSchema } from '@outreach/domain';
import { DataTable, DateInput, List, Loading, NumberField, SelectField, SelectInput, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { Link } from 'react-router-dom';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { BookingStatusField, DateKeyWithWeekday, VisitField } from './fields';
import { useBookingT } from './useBookingT';

export const statusChoices = bookingStatusSchema.options.map((id) => ({ id, name: `app.bookings.statuses.${id}` }));
export const kindChoices = (['home', 'facility'] as const).map((id) => ({ id, name: `app.bookings.kinds.${id}` }));

/** `from` and `to` filter the visit date (JST, both included). */
const filters = [
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
];

/** 予約一覧: the current program's bookings, facts only (no personal data); newest reception number first. */
export function BookingList() {
  const t = useBookingT();
  const { program, isPending } = useCurrentProgram();
  const { canAccess: canBook } = useCanAccess({ resource: 'bookings', action: 'create' });
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{t('noProgram')}</Alert>;
  return (
    <List
      key={program.id}
      resource="bookings"
      filter={{ programId: program.id }}
      sort={{ field: 'receptionNumber', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ProgramPicker />
          <Button size="small" startIcon={<SettingsIcon />} component={Link} to="/booking-settings">
            {t('settings.title')}
          </Button>
          {canBook && (
            <Button size="small" variant="contained" startIcon={<AddIcCallIcon />} component={Link} to="/bookings/create">
              {t('title')}
            </Button>
          )}
        </TopToolbar>
      }
      sx={{ '& .MuiTableCell-head': { whiteSpace: 'nowrap' } }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.NumberCol source="receptionNumber" />
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={kindChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <BookingStatusField />
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
          <DateKeyWithWeekday source="receivedDate" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
