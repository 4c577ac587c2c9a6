import { PessimisticEdit } from '../common/PessimisticEdit';
import { InquiryForm } from './InquiryForm';
import { inquiryInputOf } from './inquiryForm';

/** Corrects a 問い合わせ・苦情 (its handling, escalation, completion); pessimistic, so the API's errors show. */
export function InquiryEdit() {
  return (
    <PessimisticEdit transform={(data: Record<string, unknown>) => inquiryInputOf(data)}>
      <InquiryForm />
    </PessimisticEdit>
  );
}
