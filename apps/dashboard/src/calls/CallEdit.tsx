import { Alert } from '@mui/material';
import { callInputSchema } from '@outreach/domain/calls';
import {
  DateTimeInput,
  DeleteButton,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PessimisticEdit } from '../common/PessimisticEdit';
import { validateWith } from '../common/validate';
import type { CallView } from '@outreach/domain/calls';
import { fromJstLocalInput, toJstLocalInput } from '../common/format';
import { callInputOf } from './callForm';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { categoryChoices, directionChoices, outcomeChoicesOf } from './choices';
import { formatDate, formatDateTime } from '../common/dates';

const validateInput = validateWith(callInputSchema);
const validate = (values: Record<string, unknown>) => validateInput(callInputOf(values));

/**
 * Corrects one call. Pessimistic, so the API's refusals show (a call in a submitted week is frozen with its
 * report: 409). Paper days are not edited here: they are entered again as a whole day.
 */
export function CallEdit() {
  return (
    <PessimisticEdit transform={(data: CallView) => callInputOf(data)} title={<CallTitle />}>
      <CallForm />
    </PessimisticEdit>
  );
}

function CallTitle() {
  const translate = useTranslate();
  const call = useRecordContext<CallView>();
  if (!call) return null;
  const when = call.kind === 'bulk' ? formatDate(call.date) : formatDateTime(call.receivedAt);
  return <>{translate('app.calls.editTitle', { when })}</>;
}

function CallForm() {
  const translate = useTranslate();
  const call = useRecordContext<CallView>();
  const { programs } = useCurrentProgram();
  if (call?.kind === 'bulk') return <Alert severity="info">{translate('app.calls.bulk.editHint')}</Alert>;
  return (
    <SimpleForm
      validate={validate}
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          <DeleteButton mutationMode="pessimistic" />
        </Toolbar>
      }
    >
      {call?.late && <Alert severity="warning">{translate('app.calls.lateHint')}</Alert>}
      <DateTimeInput source="receivedAt" format={toJstLocalInput} parse={fromJstLocalInput} helperText="app.calls.jstHelp" />
      <SelectInput source="category" choices={categoryChoices} />
      <SelectInput source="outcome" choices={outcomeChoicesOf(programs.find((p) => p.id === call?.programId))} />
      <SelectInput source="direction" choices={directionChoices} />
      <NumberInput source="durationMinutes" min={0} max={600} step={1} />
      <TextInput source="note" multiline fullWidth helperText="app.calls.noteHelp" />
    </SimpleForm>
  );
}
