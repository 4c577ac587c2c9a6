import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Typography } from '@mui/material';
import type { DailyReportAction, DailyReportStatus } from '@outreach/domain/daily-reports';
import { useMutation } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useAppDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf } from '../providers/http';
import { ReasonDialog } from './ReasonDialog';
import { accessFor, actionsFor, needsReason } from './reportActions';

const ICONS: Record<DailyReportAction, ReactElement> = {
  submit: <SendIcon />,
  accept: <CheckCircleIcon />,
  return: <UndoIcon />,
  reopen: <UndoIcon />,
  release: <CheckCircleIcon />,
  return_internally: <UndoIcon />,
};

/** Where the buttons stand: a page's toolbar, a panel's header, or a list row (small, and the row is not opened). */
export type ReportActionsLook = 'toolbar' | 'panel' | 'row';

export interface ReportActionsProps {
  /** `call-weeks` or `daily-reports`: both follow the domain's report workflow (POST /api/<resource>/:id/<action>). */
  resource: 'call-weeks' | 'daily-reports';
  report: { id: string; status: DailyReportStatus | null };
  /** The prefix of the buttons' labels, dialogs and notices: `app.callWeeks.actions` → `….submit`, `….submitTitle`… */
  labels: string;
  /** The arguments of those messages (the week, the date, the count). */
  messageArgs: Record<string, unknown>;
  /** The actions this screen offers (the daily report is submitted by its form). */
  only?: readonly DailyReportAction[];
  /** Why submitting is not possible yet: the button is disabled and the reason shown beside it. */
  submitBlocked?: string;
  look?: ReportActionsLook;
  onDone: () => void;
}

/**
 * The report's buttons by permission and status: 提出 for the vendor, 確認 / 社内差し戻し for the vendor manager
 * (daily reports), 受理 / 差し戻し / 受理の取消し for the city (the returns ask for a reason). One component for the
 * weekly call report and the daily report.
 */
export function ReportActions({ resource, report, only, ...rest }: ReportActionsProps) {
  const { canAccess: canSubmit } = useCanAccess({ resource, action: 'submit' });
  const { canAccess: canAccept } = useCanAccess({ resource, action: 'accept' });
  const { canAccess: canReview } = useCanAccess({ resource, action: 'review' });
  const allowed = { submit: canSubmit, accept: canAccept, review: canReview };
  const actions = actionsFor(report.status).filter((a) => (!only || only.includes(a)) && allowed[accessFor(a)] === true);
  return (
    <>
      {actions.map((action) => (
        <ActionButton key={action} resource={resource} id={report.id} action={action} {...rest} />
      ))}
    </>
  );
}

function buttonLook(action: DailyReportAction, look: ReportActionsLook) {
  const strong = action === 'submit' || action === 'accept' || action === 'release';
  if (look === 'toolbar') return { variant: strong ? 'contained' : 'text', sx: { ml: 1 } } as const;
  return {
    variant: strong ? 'contained' : look === 'row' ? 'text' : 'outlined',
    color: strong ? 'primary' : 'warning',
    size: look === 'row' ? 'small' : 'medium',
    sx: { ml: 1, whiteSpace: 'nowrap' },
  } as const;
}

function ActionButton({
  resource,
  id,
  action,
  labels,
  messageArgs,
  submitBlocked,
  look = 'panel',
  onDone,
}: Omit<ReportActionsProps, 'report' | 'only'> & { id: string; action: DailyReportAction }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const [open, setOpen] = useState(false);
  const [reasonError, setReasonError] = useState<string>();
  const blocked = action === 'submit' ? submitBlocked : undefined;
  const { mutate, isPending } = useMutation({
    mutationFn: (reason?: string) => dataProvider.reportAction(resource, id, action, reason),
    onSuccess: () => {
      notify(`${labels}.${action}Done`, { type: 'success', messageArgs });
      setOpen(false);
      onDone();
    },
    onError: (error) => {
      const errors = fieldErrorsOf(error);
      if (errors?.reason) setReasonError(errors.reason);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    },
  });

  const button = (
    <Button
      label={`${labels}.${action}`}
      onClick={(event) => {
        event.stopPropagation();
        setOpen(true);
      }}
      disabled={blocked !== undefined || isPending}
      title={blocked}
      {...buttonLook(action, look)}
    >
      {ICONS[action]}
    </Button>
  );

  if (needsReason(action)) {
    return (
      <>
        {button}
        <span onClick={(event) => event.stopPropagation()}>
          <ReasonDialog
            open={open}
            title={`${labels}.${action}Title`}
            titleArgs={messageArgs}
            content={translate(`${labels}.${action}Confirm`, messageArgs)}
            label={`${labels}.reason`}
            confirm={`${labels}.${action}`}
            pending={isPending}
            error={reasonError}
            onConfirm={(reason) => mutate(reason)}
            onClose={() => setOpen(false)}
          />
        </span>
      </>
    );
  }
  return (
    <>
      {button}
      {blocked && (
        <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center', ml: 1 }}>
          {blocked}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`${labels}.${action}Title`}
        content={`${labels}.${action}Confirm`}
        translateOptions={messageArgs}
        confirm={`${labels}.${action}`}
        onConfirm={() => mutate(undefined)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
