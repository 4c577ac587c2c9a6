import { jstDateKey } from '@outreach/domain/common';
import { ProgramScopedCreate } from '../common/ProgramScopedCreate';
import { InquiryForm } from './InquiryForm';
import { inquiryInputOf } from './inquiryForm';

/** A new 問い合わせ・苦情 of the current program, received today by phone by default. */
export function InquiryCreate() {
  return (
    <ProgramScopedCreate
      resource="inquiries"
      redirect="list"
      defaults={() => ({ date: jstDateKey(new Date()), channel: 'phone', category: 'inquiry', escalatedToCity: false })}
      toInput={(data) => inquiryInputOf(data)}
    >
      {() => <InquiryForm />}
    </ProgramScopedCreate>
  );
}
