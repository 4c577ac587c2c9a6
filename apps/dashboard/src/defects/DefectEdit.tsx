import { Edit, ListButton, TopToolbar, useRecordContext } from 'react-admin';
import type { DefectView } from '@outreach/domain/follow-ups';
import { DefectForm } from './DefectForm';
import { defectInputOf } from './defectForm';

/** Corrects a 不備対応 and adds contact attempts; pessimistic, so the API's field errors land beside their inputs. */
export function DefectEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      transform={(data: Record<string, unknown>) => defectInputOf(data)}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <EditForm />
    </Edit>
  );
}

function EditForm() {
  const defect = useRecordContext<DefectView>();
  return defect ? <DefectForm programId={defect.programId} /> : null;
}
