import { Alert, Box } from '@mui/material';
import { DeleteButton, Edit, ListButton, Loading, SaveButton, Toolbar, TopToolbar, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { SessionRegister } from '../applications';
import { OpenReportButton } from './OpenReportButton';
import type { SessionView } from '@outreach/domain/sessions';
import { sessionInputOf } from './session';
import { SessionForm, type SessionProgram } from './SessionForm';
import { useOpenDayReport } from './useOpenDayReport';

/**
 * Corrects a 実施記録. Pessimistic, so the API's refusals show: a day whose daily report is submitted is frozen
 * (409), and only a planned session can be deleted. A planned visit (a booking's) saved as held opens the day's
 * report, as a new held session does, so the visit's counts are entered next.
 */
export function SessionEdit() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const openDayReport = useOpenDayReport();
  const { programs, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  const onSuccess = (session: SessionView, variables: { previousData?: SessionView }) =>
    openDayReport(session, variables.previousData?.status !== 'held', () => {
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('list', 'sessions');
    });
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess: (data: SessionView, variables: { previousData?: SessionView }) => void onSuccess(data, variables) }}
      transform={(data: SessionView) => {
        return sessionInputOf(data as unknown as Record<string, unknown>, programs.find((p) => p.id === data.programId));
      }}
      actions={
        <TopToolbar>
          <OpenReportButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <EditForm programs={programs as SessionProgram[]} noProgram={translate('app.common.noProgram')} />
    </Edit>
  );
}

function EditForm({ programs, noProgram }: { programs: SessionProgram[]; noProgram: string }) {
  const session = useRecordContext<SessionView>();
  if (!session) return null;
  const program = programs.find((p) => p.id === session.programId);
  if (!program) return <Alert severity="info">{noProgram}</Alert>;
  return (
    <>
      <SessionForm
        program={program}
        toolbar={
          <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {/* The toolbar's grey leaves the theme's red at 4.25:1; its dark shade reads at AA (4.5:1). */}
            {session.status === 'planned' && <DeleteButton mutationMode="pessimistic" sx={{ color: 'error.dark' }} />}
          </Toolbar>
        }
      />
      {session.status !== 'cancelled' && (
        <Box sx={{ px: 2, pb: 2 }}>
          <SessionRegister programId={session.programId} sessionId={String(session.id)} reported={session.status === 'held' ? session.applicationsTotal : undefined} />
        </Box>
      )}
    </>
  );
}
