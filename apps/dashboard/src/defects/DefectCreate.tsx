import { ProgramScopedCreate } from '../common/ProgramScopedCreate';
import { DefectForm } from './DefectForm';
import { defectInputOf } from './defectForm';
import { serverToday } from '../common/serverClock';

/** A new 不備対応 of the current program, received today by default. */
export function DefectCreate() {
  return (
    <ProgramScopedCreate
      resource="defects"
      redirect="list"
      defaults={() => ({ receivedDate: serverToday(), attempts: [] })}
      toInput={(data) => defectInputOf(data)}
    >
      {(program) => <DefectForm programId={program.id} />}
    </ProgramScopedCreate>
  );
}
