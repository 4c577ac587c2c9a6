import { municipalityInputSchema } from '@outreach/domain/municipalities';
import { SimpleForm, TextInput } from 'react-admin';
import { validateWith } from '../common/validate';

const validate = validateWith(municipalityInputSchema);

/** The form of both create and edit; the 6-digit code carries a check digit, checked by the shared schema. */
export function MunicipalityForm() {
  return (
    <SimpleForm validate={validate}>
      <TextInput source="code" slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }} />
      <TextInput source="prefecture" />
      <TextInput source="name" />
    </SimpleForm>
  );
}
