import { CALL_CATEGORIES } from '@outreach/domain/calls';
import { DataTable } from 'react-admin';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { CallWeekOverview } from './CallWeekOverview';
import { DueDateField, QuietCountField, WeekLabelField, WeekStatusField } from './fields';
import { ListTable } from '../common/ListTable';

/** 受電週報告: every week of the current program so far, newest first, with the chart and the on-time rates on top. */
export function CallWeekList() {
  return (
    <ProgramScopedList
      resource="call-weeks"
      header={(program) => <CallWeekOverview key={program.id} programId={program.id} />}
      sort={{ field: 'weekStart', order: 'DESC' }}
      sx={{ '& .MuiTableCell-root': { px: 1 } }}
    >
      <ListTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="weekStart">
          <WeekLabelField />
        </DataTable.Col>
        <DataTable.NumberCol source="total" disableSort cellSx={() => ({ fontWeight: 600 })} />
        {CALL_CATEGORIES.map((c) => (
          <DataTable.NumberCol key={c} source={`byCategory.${c}`} label={`app.calls.categories.${c}`} disableSort />
        ))}
        <DataTable.Col source="dueDate" disableSort>
          <DueDateField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <WeekStatusField />
        </DataTable.Col>
        <DataTable.Col source="lateEntries" disableSort>
          <QuietCountField source="lateEntries" />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}
