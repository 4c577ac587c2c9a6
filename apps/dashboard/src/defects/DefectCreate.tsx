import { Alert } from '@mui/material';
import { jstDateKey } from '@outreach/domain';
import { Create, ListButton, Loading, TopToolbar, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { DefectForm } from './DefectForm';
import { defectInputOf } from './defectForm';

/** A new 不備対応 of the current program, received today by default. */
export function DefectCreate() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.defects.noProgram')}</Alert>;
  return (
    <Create
      key={program.id}
      resource="defects"
      redirect="list"
      record={{ receivedDate: jstDateKey(new Date()), attempts: [] }}
      transform={(data: Record<string, unknown>) => ({ programId: program.id, ...defectInputOf(data) })}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ProgramPicker />
          <ListButton />
        </TopToolbar>
      }
    >
      <DefectForm programId={program.id} />
    </Create>
  );
}
