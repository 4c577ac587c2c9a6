import { DateTimeInput, NumberInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { fromJstLocalInput, toJstLocalInput } from '../common/format';
import { kindChoices, statusChoices, validateIncident } from './incidentForm';

/** The incident form, shared by create and edit: what, when (Japan time), how many, what was done, the city's instructions. */
export function IncidentForm() {
  return (
    <SimpleForm validate={validateIncident} sx={{ maxWidth: 880 }}>
      <SelectInput source="kind" choices={kindChoices} />
      <DateTimeInput source="occurredAt" format={toJstLocalInput} parse={fromJstLocalInput} />
      <DateTimeInput source="discoveredAt" format={toJstLocalInput} parse={fromJstLocalInput} />
      <NumberInput source="residentsAffected" min={0} step={1} />
      <TextInput source="summary" fullWidth multiline minRows={3} helperText="app.incidents.textHelp" />
      <TextInput source="actionsTaken" fullWidth multiline minRows={2} helperText="app.incidents.textHelp" />
      <TextInput source="cityInstructions" fullWidth multiline minRows={2} />
      <SelectInput source="status" choices={statusChoices} />
    </SimpleForm>
  );
}
