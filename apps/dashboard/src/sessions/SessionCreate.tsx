import { Alert } from '@mui/material';
import { jstDateKey } from '@outreach/domain';
import { Create, ListButton, Loading, TopToolbar, useCanAccess, useNotify, useRedirect, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { reportPath, useFindDailyReport } from '../daily-reports';
import { type Session, sessionInputOf } from './session';
import { SessionForm, type SessionProgram } from './SessionForm';

/**
 * A new 実施記録 of the current program. Saving a held session opens that day's daily report (the API creates
 * it), so field staff go on to the counts at once; other sessions go back to the list.
 */
export function SessionCreate() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  const notify = useNotify();
  const redirect = useRedirect();
  const findReport = useFindDailyReport();
  const { canAccess: canEditReport } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  if (isPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.sessions.noProgram')}</Alert>;
  const p = program as SessionProgram;
  const today = jstDateKey(new Date());
  const kind = p.serviceKinds?.[0];
  const defaults = {
    date: today >= p.periodStart && today <= p.periodEnd ? today : p.periodStart,
    serviceKind: kind,
    method: kind ? p.methods?.[kind] : undefined,
    status: 'held',
    cityStaffPresent: kind ? p.methods?.[kind] === 'on_site_acceptance' : false,
    staffUserIds: [],
  };

  const onSuccess = async (session: Session) => {
    const report = session.status === 'held' ? await findReport(session.programId, session.date).catch(() => undefined) : undefined;
    if (report) {
      notify('app.sessions.openingReport', { type: 'success' });
      redirect(reportPath(report.id, canEditReport === true));
    } else {
      notify('ra.notification.created', { type: 'success', messageArgs: { smart_count: 1 } });
      redirect('list', 'sessions');
    }
  };

  return (
    <Create
      key={p.id}
      resource="sessions"
      record={defaults}
      transform={(data: Record<string, unknown>) => ({ programId: p.id, ...sessionInputOf(data, p.workingHours) })}
      mutationOptions={{ onSuccess: (data: Session) => void onSuccess(data) }}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ProgramPicker />
          <ListButton />
        </TopToolbar>
      }
    >
      <SessionForm program={p} />
    </Create>
  );
}
