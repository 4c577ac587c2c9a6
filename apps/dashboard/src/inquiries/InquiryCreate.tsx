import { Alert } from '@mui/material';
import { jstDateKey } from '@outreach/domain';
import { Create, ListButton, Loading, TopToolbar, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { InquiryForm } from './InquiryForm';
import { inquiryInputOf } from './inquiryForm';

/** A new 問い合わせ・苦情 of the current program, received today by phone by default. */
export function InquiryCreate() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.inquiries.noProgram')}</Alert>;
  return (
    <Create
      key={program.id}
      resource="inquiries"
      redirect="list"
      record={{ date: jstDateKey(new Date()), channel: 'phone', category: 'inquiry', escalatedToCity: false }}
      transform={(data: Record<string, unknown>) => ({ programId: program.id, ...inquiryInputOf(data) })}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ProgramPicker />
          <ListButton />
        </TopToolbar>
      }
    >
      <InquiryForm />
    </Create>
  );
}
