import { BooleanInput, DateInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { categoryChoices, channelChoices, validateInquiry } from './inquiryForm';

/** 問い合わせ・苦情 form, shared by create and edit. */
export function InquiryForm() {
  return (
    <SimpleForm validate={validateInquiry} sx={{ maxWidth: 880 }}>
      <DateInput source="date" />
      <SelectInput source="channel" choices={channelChoices} />
      <SelectInput source="category" choices={categoryChoices} />
      <TextInput source="summary" fullWidth multiline minRows={2} helperText="app.inquiries.summaryHelp" />
      <TextInput source="handling" fullWidth multiline minRows={2} />
      <BooleanInput source="escalatedToCity" />
      <DateInput source="closedDate" />
    </SimpleForm>
  );
}
