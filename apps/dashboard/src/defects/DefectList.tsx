import { Typography } from '@mui/material';
import type { DefectView } from '@outreach/domain/follow-ups';
import { CreateButton, DataTable, SelectField, SelectInput, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { DateKeyField } from '../common/DateKeyField';
import { StatusChip } from '../common/StatusChip';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { categoryChoices, foundByChoices, lastAttempt } from './defectForm';
import { periodFilters } from '../common/filters';
import { formatDate, formatDateTime } from '../common/dates';
import { ListTable } from '../common/ListTable';

const filters = [
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  ...periodFilters,
];

/** 不備対応 of the current program, newest first, with where each follow-up stands. */
export function DefectList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'defects', action: 'edit' });
  return (
    <ProgramScopedList resource="defects" sort={{ field: 'receivedDate', order: 'DESC' }} filters={filters} actions={<CreateButton />}>
      <ListTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="receivedDate">
          <DateKeyField source="receivedDate" />
        </DataTable.Col>
        <DataTable.Col source="category" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="category" choices={categoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort>
          <TextField source="description" />
        </DataTable.Col>
        <DataTable.Col source="attempts" disableSort>
          <AttemptsField />
        </DataTable.Col>
        <DataTable.Col source="resolvedDate">
          <DateKeyField source="resolvedDate" />
        </DataTable.Col>
        <DataTable.Col source="foundBy" disableSort>
          <SelectField source="foundBy" choices={foundByChoices} />
        </DataTable.Col>
        <DataTable.Col source="open" disableSort>
          <DefectStateField />
        </DataTable.Col>
      </ListTable>
    </ProgramScopedList>
  );
}

/** How many attempts, and the last one: 2 回（最終連絡 2026/06/20 10:00 電話・応答なし）. */
function AttemptsField() {
  const defect = useRecordContext<DefectView>();
  const translate = useTranslate();
  if (!defect) return null;
  const last = lastAttempt(defect.attempts);
  return (
    <Typography component="span" variant="body2">
      {translate('app.defects.attemptCount', { count: defect.attempts.length })}
      {last && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
          {translate('app.defects.lastAttempt')} {formatDateTime(last.at)} {translate(`app.defects.methods.${last.method}`)}・{translate(`app.defects.results.${last.result}`)}
        </Typography>
      )}
    </Typography>
  );
}

const STATE_LOOKS = { open: { color: 'warning', outlined: true }, overdue: { color: 'error' }, resolved: { color: 'success' } } as const;

/** Resolved, open, or overdue (past its follow-up due date, defectState): the words carry it, the colour repeats it. */
function DefectStateField() {
  const defect = useRecordContext<DefectView>();
  const translate = useTranslate();
  if (!defect) return null;
  const state = !defect.open ? 'resolved' : defect.overdue ? 'overdue' : 'open';
  return <StatusChip status={state} looks={STATE_LOOKS} label={translate(`app.defects.${state}`)} title={state === 'overdue' ? translate('app.defects.overdueHelp', { due: formatDate(defect.followUpDue) }) : undefined} />;
}
