import { resolvePeriods } from '@outreach/domain/programs';
import { useNotify, useRedirect } from 'react-admin';
import { ProgramScopedCreate } from '../common/ProgramScopedCreate';
import type { ProgramSummary } from '@outreach/domain/programs';
import type { SessionView } from '@outreach/domain/sessions';
import { sessionInputOf } from './session';
import { SessionForm, type SessionProgram } from './SessionForm';
import { useOpenDayReport } from './useOpenDayReport';
import { serverToday } from '../common/serverClock';

/** A new session's defaults: today inside the visit period, the program's first service kind and its method. */
function defaultsFor(program: ProgramSummary) {
  const p = program as SessionProgram;
  const today = serverToday();
  const kind = p.serviceKinds?.[0];
  const visits = resolvePeriods(p).visits;
  return {
    date: today >= visits.start && today <= visits.end ? today : visits.start,
    serviceKind: kind,
    method: kind ? p.methods?.[kind] : undefined,
    status: 'held',
    cityStaffPresent: kind ? p.methods?.[kind] === 'on_site_acceptance' : false,
    staffUserIds: [],
  };
}

/**
 * A new 実施記録 of the current program. Saving a held session opens that day's daily report (the API creates
 * it), so field staff go on to the counts at once; other sessions go back to the list.
 */
export function SessionCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const openDayReport = useOpenDayReport();

  const onSuccess = (session: SessionView) =>
    openDayReport(session, true, () => {
      notify('ra.notification.created', { type: 'success', messageArgs: { smart_count: 1 } });
      redirect('list', 'sessions');
    });

  return (
    <ProgramScopedCreate
      resource="sessions"
      defaults={defaultsFor}
      toInput={(data, program) => sessionInputOf(data, program as SessionProgram)}
      mutationOptions={{ onSuccess: (data: SessionView) => void onSuccess(data) }}
    >
      {(program) => <SessionForm program={program as SessionProgram} />}
    </ProgramScopedCreate>
  );
}
