import DescriptionIcon from '@mui/icons-material/Description';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { reportPath, useFindDailyReport } from '../daily-reports';
import type { SessionView } from '@outreach/domain/sessions';

/** To the daily report of the session's day (held sessions only: only they open one), looked up on click. */
export function OpenReportButton() {
  const session = useRecordContext<SessionView>();
  const findReport = useFindDailyReport();
  const redirect = useRedirect();
  const notify = useNotify();
  const { canAccess: canEdit } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  const [pending, setPending] = useState(false);
  if (!session || session.status !== 'held') return null;

  const open = async () => {
    setPending(true);
    try {
      const report = await findReport(session.programId, session.date);
      if (report) redirect(reportPath(report.id, canEdit === true));
      else notify('app.sessions.noReport', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      label="app.sessions.openReport"
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        void open();
      }}
    >
      <DescriptionIcon />
    </Button>
  );
}
