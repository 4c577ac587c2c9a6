import { ProgramScopedCreate } from '../common/ProgramScopedCreate';
import { InquiryForm } from './InquiryForm';
import { inquiryInputOf } from './inquiryForm';
import { serverToday } from '../common/serverClock';

/** A new 問い合わせ・苦情 of the current program, received today by phone by default. */
export function InquiryCreate() {
  return (
    <ProgramScopedCreate
      resource="inquiries"
      redirect="list"
      defaults={() => ({ date: serverToday(), channel: 'phone', category: 'inquiry', escalatedToCity: false })}
      toInput={(data) => inquiryInputOf(data)}
    >
      {() => <InquiryForm />}
    </ProgramScopedCreate>
  );
}
