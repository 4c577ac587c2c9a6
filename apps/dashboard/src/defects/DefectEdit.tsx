import { Edit, ListButton, TopToolbar, useRecordContext } from 'react-admin';
import { DefectForm } from './DefectForm';
import { defectInputOf } from './defectForm';

interface Defect {
  id: string;
  programId: string;
}

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
  const defect = useRecordContext<Defect>();
  return defect ? <DefectForm programId={defect.programId} /> : null;
}
