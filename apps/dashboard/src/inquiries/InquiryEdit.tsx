import { Edit, ListButton, TopToolbar } from 'react-admin';
import { InquiryForm } from './InquiryForm';
import { inquiryInputOf } from './inquiryForm';

/** Corrects a 問い合わせ・苦情 (its handling, escalation, completion); pessimistic, so the API's errors show. */
export function InquiryEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      transform={(data: Record<string, unknown>) => inquiryInputOf(data)}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <InquiryForm />
    </Edit>
  );
}
