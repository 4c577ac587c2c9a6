import { useRecordContext } from 'react-admin';
import type { DefectView } from '@outreach/domain/follow-ups';
import { PessimisticEdit } from '../common/PessimisticEdit';
import { DefectForm } from './DefectForm';
import { defectInputOf } from './defectForm';

/** Corrects a 不備対応 and adds contact attempts; pessimistic, so the API's field errors land beside their inputs. */
export function DefectEdit() {
  return (
    <PessimisticEdit transform={(data: Record<string, unknown>) => defectInputOf(data)}>
      <EditForm />
    </PessimisticEdit>
  );
}

function EditForm() {
  const defect = useRecordContext<DefectView>();
  return defect ? <DefectForm programId={defect.programId} /> : null;
}
