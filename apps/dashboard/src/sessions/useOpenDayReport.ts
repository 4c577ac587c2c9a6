import type { SessionView } from '@outreach/domain/sessions';
import { useCanAccess, useNotify, useRedirect } from 'react-admin';
import { reportPath, useFindDailyReport } from '../daily-reports';

/**
 * After a session is saved: a session now held opens that day's daily report (the API created it), so the counts
 * are entered at once; otherwise `fallback` (back to the list). Shared by a new session and a booked visit marked held.
 */
export function useOpenDayReport() {
  const notify = useNotify();
  const redirect = useRedirect();
  const findReport = useFindDailyReport();
  const { canAccess: canEditReport } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  return async (session: SessionView, nowHeld: boolean, fallback: () => void) => {
    const report = nowHeld && session.status === 'held' ? await findReport(session.programId, session.date).catch(() => undefined) : undefined;
    if (!report) return fallback();
    notify('app.sessions.openingReport', { type: 'success' });
    redirect(reportPath(report.id, canEditReport === true));
  };
}
