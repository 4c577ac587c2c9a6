import { Alert, Chip, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
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
import { formatJstDateTime } from '../common/format';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { DateKeyField } from '../sessions';
import { categoryChoices, lastAttempt } from './defectForm';

interface Defect {
  id: string;
  receivedDate: string;
  category: string;
  description: string;
  attempts: Array<{ at: string; method: string; result: string }>;
  resolvedDate: string | null;
  open: boolean;
}

const filters = [
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

/** 不備対応 of the current program, newest first, with where each follow-up stands. */
export function DefectList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  const { canAccess: canEdit } = useCanAccess({ resource: 'defects', action: 'edit' });
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.defects.noProgram')}</Alert>;
  return (
    <List
      key={program.id}
      resource="defects"
      filter={{ programId: program.id }}
      sort={{ field: 'receivedDate', order: 'DESC' }}
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
        <DataTable.Col source="open" disableSort>
          <OpenField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

/** How many attempts, and the last one: 2 回（最終連絡 2026/06/20 10:00 電話・応答なし）. */
function AttemptsField() {
  const defect = useRecordContext<Defect>();
  const translate = useTranslate();
  if (!defect) return null;
  const last = lastAttempt(defect.attempts);
  return (
    <Typography component="span" variant="body2">
      {translate('app.defects.attemptCount', { count: defect.attempts.length })}
      {last && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
          {translate('app.defects.lastAttempt')} {formatJstDateTime(last.at)} {translate(`app.defects.methods.${last.method}`)}・{translate(`app.defects.results.${last.result}`)}
        </Typography>
      )}
    </Typography>
  );
}

function OpenField() {
  const defect = useRecordContext<Defect>();
  const translate = useTranslate();
  if (!defect) return null;
  return <Chip size="small" color={defect.open ? 'warning' : 'success'} variant={defect.open ? 'outlined' : 'filled'} label={translate(defect.open ? 'app.defects.open' : 'app.defects.resolved')} />;
}
