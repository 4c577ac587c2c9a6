import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../providers/http';
import { useDailyReportApi } from './api';
import { reportDateLabel } from './format';
import { ReasonDialog } from './PhotoPanel';
import { type CityAction, cityActionsFor, type DailyReportRow } from './report';

/** 受理 / 差し戻し / 受理の取消し for the city administrator (差し戻し and 受理の取消し ask for a reason). */
export function ReportActions({ report, onDone, compact }: { report: Pick<DailyReportRow, 'id' | 'date' | 'status'>; onDone: () => void; compact?: boolean }) {
  const { canAccess } = useCanAccess({ resource: 'daily-reports', action: 'accept' });
  if (!canAccess) return null;
  return (
    <>
      {cityActionsFor(report.status).map((action) => (
        <ActionButton key={action} report={report} action={action} onDone={onDone} compact={compact} />
      ))}
    </>
  );
}

function ActionButton({ report, action, onDone, compact }: { report: Pick<DailyReportRow, 'id' | 'date' | 'status'>; action: CityAction; onDone: () => void; compact?: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useDailyReportApi();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [reasonError, setReasonError] = useState<string>();
  const date = reportDateLabel(report.date);

  const run = async (reason?: string) => {
    setPending(true);
    try {
      await api.transition(report.id, action, reason);
      notify(`app.dailyReports.actions.${action}Done`, { type: 'success', messageArgs: { date } });
      setOpen(false);
      onDone();
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors?.reason) setReasonError(errors.reason);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const button = (
    <Button
      label={`app.dailyReports.actions.${action}`}
      onClick={(event) => {
        event.stopPropagation();
        setOpen(true);
      }}
      disabled={pending}
      variant={action === 'accept' ? 'contained' : compact ? 'text' : 'outlined'}
      color={action === 'accept' ? 'primary' : 'warning'}
      size={compact ? 'small' : 'medium'}
      sx={{ ml: 1, whiteSpace: 'nowrap' }}
    >
      {action === 'accept' ? <CheckCircleIcon /> : <UndoIcon />}
    </Button>
  );

  if (action === 'accept') {
    return (
      <>
        {button}
        <Confirm
          isOpen={open}
          loading={pending}
          title="app.dailyReports.actions.acceptTitle"
          content="app.dailyReports.actions.acceptConfirm"
          translateOptions={{ date }}
          confirm="app.dailyReports.actions.accept"
          onConfirm={() => void run()}
          onClose={() => setOpen(false)}
        />
      </>
    );
  }
  return (
    <>
      {button}
      <span onClick={(event) => event.stopPropagation()}>
        <ReasonDialog
          open={open}
          title={`app.dailyReports.actions.${action}Title`}
          content={translate(`app.dailyReports.actions.${action}Confirm`, { date })}
          label="app.dailyReports.actions.reason"
          confirm={`app.dailyReports.actions.${action}`}
          pending={pending}
          error={reasonError}
          onConfirm={(reason) => void run(reason)}
          onClose={() => setOpen(false)}
        />
      </span>
    </>
  );
}
