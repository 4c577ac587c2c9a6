import { Alert, Box } from '@mui/material';
import { CALL_CATEGORIES } from '@outreach/domain';
import { DataTable, List, Loading, TopToolbar, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { CallWeekOverview } from './CallWeekOverview';
import { DueDateField, QuietCountField, WeekLabelField, WeekStatusField } from './fields';

/** 受電週報告: every week of the current program so far, newest first, with the chart and the on-time rates on top. */
export function CallWeekList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.calls.noProgram')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2, mt: 2 }}>
      <CallWeekOverview key={program.id} programId={program.id} />
      <List
        key={program.id}
        resource="call-weeks"
        filter={{ programId: program.id }}
        sort={{ field: 'weekStart', order: 'DESC' }}
        exporter={false}
        actions={
          <TopToolbar>
            <ProgramPicker />
          </TopToolbar>
        }
        sx={{ minWidth: 0, '& .RaList-main': { mt: 0, minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' }, '& .MuiTableCell-head': { whiteSpace: 'nowrap' }, '& .MuiTableCell-root': { px: 1 } }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
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
        </DataTable>
      </List>
    </Box>
  );
}
