import { Alert, Chip } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
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
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { DateKeyField } from '../sessions';
import { categoryChoices, channelChoices } from './inquiryForm';

const filters = [
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <BooleanInput key="escalatedToCity" source="escalatedToCity" defaultValue />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

/** 問い合わせ・苦情 of the current program, newest first. */
export function InquiryList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  const { canAccess: canEdit } = useCanAccess({ resource: 'inquiries', action: 'edit' });
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.inquiries.noProgram')}</Alert>;
  return (
    <List
      key={program.id}
      resource="inquiries"
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
        <DataTable.Col source="category" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="category" choices={categoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="channel" cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <SelectField source="channel" choices={channelChoices} />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          <TextField source="summary" />
        </DataTable.Col>
        <DataTable.Col source="handling" disableSort>
          <TextField source="handling" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="escalatedToCity" disableSort>
          <BooleanField source="escalatedToCity" />
        </DataTable.Col>
        <DataTable.Col source="closedDate">
          <DateKeyField source="closedDate" />
        </DataTable.Col>
        <DataTable.Col source="open" disableSort>
          <OpenField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function OpenField() {
  const inquiry = useRecordContext<{ open: boolean }>();
  const translate = useTranslate();
  if (!inquiry) return null;
  return <Chip size="small" color={inquiry.open ? 'warning' : 'success'} variant={inquiry.open ? 'outlined' : 'filled'} label={translate(inquiry.open ? 'app.inquiries.open' : 'app.inquiries.closed')} />;
}
