import SendIcon from '@mui/icons-material/Send';
import { Alert, AlertTitle, Box, Button as MuiButton, Card, CardContent, Paper, TextField, Typography } from '@mui/material';
import { jstTime } from '@outreach/domain/common';
import { DEFAULT_DAILY_REPORT_REVIEW, goesToCheck, isLocked } from '@outreach/domain/daily-reports';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Confirm, ListButton, Loading, Title, TopToolbar, useCanAccess, useGetOne, useGetRecordId, useNotify, useTranslate } from 'react-admin';
import { desktopOnly } from '../common/desktopOnly';
import { fieldErrorsOf } from '../providers/http';
import { type AutosaveState, createAutosave } from './autosave';
import { type DraftBody, draftBody, draftOf, isSavable, liveErrors, type SessionDraft, specialNotesError, splitApiErrors, submitBlockers } from './countsModel';
import { StatusChip } from './fields';
import { isOverdue } from './format';
import { PhotoPanel } from './PhotoPanel';
import type { DailyReportView, PhotoView } from '@outreach/domain/daily-reports';
import { REVIEW_ACTIONS, type CountField, type CountTextField } from './report';
import { ReportActions } from '../common/ReportActions';
import { SessionBlock, sessionLabel } from './SessionBlock';
import { registerErrors } from './countsModel';
import { SubmitKeys, withRetries } from './submitKey';
import { useAppDataProvider } from '../providers/dataProvider';
import { useMe } from '../providers/me';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { formatDateTime, formatOfficialDate } from '../common/dates';
import { serverNow } from '../common/serverClock';

/** The automatic draft is saved this long after the last change. */
const AUTOSAVE_DELAY_MS = 1500;

/** /daily-reports/:id — the form for the vendor (read-only once submitted). */
export function DailyReportEdit() {
  return <DailyReportPage />;
}

/** /daily-reports/:id/show — the read-only report with the city's actions and the photo review. */
export function DailyReportShow() {
  return <DailyReportPage />;
}

/**
 * 日次報告: one screen for the day. The header (date in 和暦, status, deadline, the city's return reason), one
 * block per held session, the special notes, the activity photos, and 提出 — or, once with the city, the same
 * read-only with 受理 / 差し戻し and the photo review for the city administrator.
 */
function DailyReportPage() {
  const translate = useTranslate();
  const id = String(useGetRecordId());
  const { data: report, isPending, isFetchedAfterMount, error, refetch } = useGetOne<DailyReportView>('daily-reports', { id }, { refetchOnWindowFocus: false });
  const { canAccess: canEdit } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  const { canAccess: canAccept } = useCanAccess({ resource: 'daily-reports', action: 'accept' });
  const reload = useCallback(() => void refetch(), [refetch]);
  // The form starts from the report as the API has it now: not from a cached copy (an earlier visit, or a list
  // row, which react-admin also puts in the getOne cache and which has no sessions).
  if (isPending || (!isFetchedAfterMount && !error)) return <Loading />;
  if (error || !report) return <Alert severity="error">{error instanceof Error ? error.message : translate('ra.notification.http_error')}</Alert>;
  const editable = canEdit === true && !isLocked(report.status);
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1, mb: 4, maxWidth: 1100 }}>
      <Title title={`${translate('resources.daily-reports.name', { smart_count: 1 })} ${formatOfficialDate(report.date, 'wareki', true)}`} />
      <Header report={report} canEdit={canEdit === true} onChanged={reload} />
      {editable ? (
        <ReportEditor key={`${report.id}:${report.status}`} report={report} onSubmitted={reload} />
      ) : (
        <ReportReadOnly key={`${report.id}:${report.status}`} report={report} canReview={canAccept === true && (report.status === 'submitted' || report.status === 'accepted' || report.status === 'returned')} />
      )}
    </Box>
  );
}

function Header({ report, canEdit, onChanged }: { report: DailyReportView; canEdit: boolean; onChanged: () => void }) {
  const translate = useTranslate();
  const overdue = isOverdue(report, serverNow());
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography component="h2" variant="h5" data-testid="report-date">
              {formatOfficialDate(report.date, 'wareki', true)}
            </Typography>
            <StatusChip status={report.status} size="medium" />
          </Box>
          <Typography variant="body2" color={overdue ? 'error' : 'text.secondary'} sx={{ fontWeight: overdue ? 600 : 400 }}>
            {translate('app.dailyReports.dueAt')}: {formatDateTime(report.dueAt)}
            {report.submittedAt && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                ・{translate('app.dailyReports.submittedAt')}: {formatDateTime(report.submittedAt)}
              </Typography>
            )}
            {report.decidedAt && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                ・{translate('app.dailyReports.decidedAt')}: {formatDateTime(report.decidedAt)}
              </Typography>
            )}
          </Typography>
        </Box>
        <TopToolbar sx={{ p: 0, minHeight: 0, alignItems: 'center' }}>
          <ReportActions resource="daily-reports" report={report} labels="app.dailyReports.actions" messageArgs={{ date: formatOfficialDate(report.date, 'wareki', true) }} only={REVIEW_ACTIONS} onDone={onChanged} />
          <ListButton resource="daily-reports" />
        </TopToolbar>
      </Box>
      {(report.status === 'returned' || report.status === 'returned_internally') && report.reason && (
        <Alert severity="error" variant="filled" role="alert" data-testid="return-reason">
          <AlertTitle>{translate(report.status === 'returned' ? 'app.dailyReports.returned' : 'app.dailyReports.returnedInternally')}</AlertTitle>
          {translate('app.dailyReports.returnedReason', { reason: report.reason })}
        </Alert>
      )}
      {canEdit && report.status === 'submitted' && <Alert severity="info">{translate('app.dailyReports.readOnly')}</Alert>}
      {canEdit && report.status === 'checking' && <Alert severity="info">{translate('app.dailyReports.checkingNote')}</Alert>}
      {report.status === 'accepted' && <Alert severity="success">{translate('app.dailyReports.acceptedNote')}</Alert>}
    </>
  );
}

function ReportReadOnly({ report, canReview }: { report: DailyReportView; canReview: boolean }) {
  const translate = useTranslate();
  const [photos, setPhotos] = useState(report.photos);
  const held = report.sessions.filter((s) => s.status === 'held');
  const noop = useCallback(() => undefined, []);
  return (
    <>
      <SessionsHeading count={held.length} />
      {held.map((session, index) => (
        <SessionBlock key={session.id} index={index} session={session} draft={draftOf(session)} errors={{}} readOnly onCount={noop} onText={noop} />
      ))}
      <Card variant="outlined">
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('app.dailyReports.specialNotes')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={report.specialNotes ? undefined : 'text.secondary'}>
            {report.specialNotes || '—'}
          </Typography>
        </CardContent>
      </Card>
      <PhotoPanel reportId={report.id} photos={photos} editable={false} canReview={canReview} onPhotos={setPhotos} />
    </>
  );
}

function SessionsHeading({ count }: { count: number }) {
  const translate = useTranslate();
  return (
    <>
      <Typography component="h2" variant="h6">
        {translate('app.dailyReports.sessionsTitle')}
      </Typography>
      {count === 0 && <Alert severity="warning">{translate('app.dailyReports.noSessions')}</Alert>}
    </>
  );
}

type ApiErrors = ReturnType<typeof splitApiErrors>;
const NO_API_ERRORS: ApiErrors = { bySession: {}, other: {} };

/**
 * The vendor's form. Each change bumps `version`; the autosave sends the whole day (PUT) 1.5 s after the last
 * one, and 提出 first waits for it. Inputs are controlled by plain state (not react-hook-form): the blocks are
 * many small number fields whose checks span fields, computed by the domain on every change.
 */
function ReportEditor({ report, onSubmitted }: { report: DailyReportView; onSubmitted: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const held = useMemo(() => report.sessions.filter((s) => s.status === 'held'), [report.sessions]);
  const [drafts, setDrafts] = useState<SessionDraft[]>(() => held.map(draftOf));
  const [notes, setNotes] = useState(report.specialNotes ?? '');
  const [photos, setPhotos] = useState<PhotoView[]>(report.photos);
  const [apiErrors, setApiErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'idle' });
  const [invalid, setInvalid] = useState(false);
  const [version, setVersion] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [unsettled, setUnsettled] = useState(false);
  const keys = useRef(new SubmitKeys()).current;
  // Staff's submission waits for the vendor manager's check where the program has 社内確認 (the dialog says so).
  const { me } = useMe();
  const { programs } = useCurrentProgram();
  const review = programs.find((p) => p.id === report.programId)?.dailyReportReview ?? DEFAULT_DAILY_REPORT_REVIEW;
  const toCheck = me !== undefined && goesToCheck(review, me.role);

  const autosave = useMemo(
    () =>
      createAutosave<DraftBody>({
        delayMs: AUTOSAVE_DELAY_MS,
        save: async (body) => {
          await dataProvider.update('daily-reports', { id: report.id, data: body, previousData: report });
        },
        onState: setSaveState,
      }),
    [dataProvider, report],
  );

  // Every change after the first render goes to the autosave, if the API would take it.
  useEffect(() => {
    if (version === 0) return;
    const body = draftBody(notes, drafts);
    if (isSavable(body)) {
      setInvalid(false);
      autosave.change(body);
    } else {
      autosave.cancel();
      setInvalid(true);
    }
    // drafts and notes change in the same updates as version.
  }, [version, autosave]);

  // Leaving the page saves what is waiting; closing the tab with unsaved changes asks first.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (autosave.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      autosave.flush().catch(() => undefined);
    };
  }, [autosave]);

  const onCount = useCallback((sessionId: string, field: CountField, value: number | ((previous: number) => number)) => {
    setDrafts((list) => list.map((d) => (d.id === sessionId ? { ...d, [field]: typeof value === 'function' ? value(d[field]) : value } : d)));
    setApiErrors((e) => (e.bySession[sessionId] ? { ...e, bySession: { ...e.bySession, [sessionId]: {} } } : e));
    setVersion((v) => v + 1);
  }, []);
  const onText = useCallback((sessionId: string, field: CountTextField, value: string) => {
    setDrafts((list) => list.map((d) => (d.id === sessionId ? { ...d, [field]: value } : d)));
    setApiErrors((e) => (e.bySession[sessionId] ? { ...e, bySession: { ...e.bySession, [sessionId]: {} } } : e));
    setVersion((v) => v + 1);
  }, []);

  // The register's counts, where a held session has one, are checked live like the other rules (issue 19 item 2).
  const live = useMemo(() => drafts.map((d, i) => ({ ...liveErrors(d), ...registerErrors(d, report.register?.[held[i]?.id]) })), [drafts, held, report.register]);
  const labels = useMemo(() => held.map((s) => sessionLabel(translate, s)), [held, translate]);
  const blockers = submitBlockers({ sessions: drafts.map((draft, i) => ({ draft, label: labels[i] })), photos, specialNotes: notes });
  const notesError = specialNotesError(notes);
  const photosError = apiErrors.other.photos;
  const otherErrors = Object.entries(apiErrors.other).filter(([key]) => key !== 'photos');

  /** Saves the form as it is now (again, after a failed save), unless it has errors the API would refuse. */
  const saveNow = async () => {
    const body = draftBody(notes, drafts);
    if (!isSavable(body)) return;
    autosave.change(body);
    try {
      await autosave.flush();
    } catch {
      // shown by the indicator
    }
  };

  const submit = async () => {
    setConfirming(false);
    setSubmitting(true);
    try {
      // The server must hold exactly what is on screen: save it (again) before submitting.
      try {
        autosave.change(draftBody(notes, drafts));
        await autosave.flush();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
        return;
      }
      const key = keys.key();
      try {
        await withRetries(() => dataProvider.submitDailyReport(report.id, key), { retries: 2, waitMs: 800 });
        keys.settle();
        setUnsettled(false);
        autosave.cancel();
        notify(toCheck ? 'app.dailyReports.submit.doneCheck' : 'app.dailyReports.submit.done', { type: 'success' });
        onSubmitted();
      } catch (error) {
        keys.settle(error);
        setUnsettled(keys.unsettled);
        const errors = fieldErrorsOf(error);
        if (errors) setApiErrors(splitApiErrors(errors, held.map((s) => s.id)));
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl+S / ⌘S saves at once instead of the browser's "save page".
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void saveNow();
    }
  };

  const readOnly = submitting;
  return (
    <Box sx={{ display: 'grid', gap: 2 }} onKeyDown={onKeyDown}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 1 }}>
        <SessionsHeading count={held.length} />
        <Typography variant="caption" color="text.secondary" sx={desktopOnly}>
          {translate('app.dailyReports.keyboardHint')}
        </Typography>
      </Box>
      {otherErrors.map(([key, message]) => (
        <Alert key={key} severity="error">
          {message}
        </Alert>
      ))}
      {held.map((session, index) => (
        <SessionBlock
          key={session.id}
          index={index}
          session={session}
          draft={drafts[index]}
          errors={{ ...apiErrors.bySession[session.id], ...live[index] }}
          register={report.register?.[session.id]}
          readOnly={readOnly}
          onCount={onCount}
          onText={onText}
        />
      ))}
      <Card variant="outlined">
        <CardContent>
          <TextField
            id="specialNotes"
            label={translate('app.dailyReports.specialNotes')}
            fullWidth
            multiline
            minRows={2}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
              setVersion((v) => v + 1);
            }}
            error={notesError !== undefined || apiErrors.other.specialNotes !== undefined}
            helperText={notesError ?? apiErrors.other.specialNotes ?? translate('app.dailyReports.specialNotesHelp')}
            slotProps={{ htmlInput: { readOnly } }}
          />
        </CardContent>
      </Card>
      <PhotoPanel reportId={report.id} photos={photos} editable={!readOnly} canReview={false} onPhotos={setPhotos} error={photosError} />
      <Paper elevation={3} sx={{ position: 'sticky', bottom: 0, zIndex: 2, p: 1.5, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <SaveIndicator state={saveState} invalid={invalid} onRetry={() => void saveNow()} />
        <Box sx={{ flexGrow: 1 }} />
        {blockers.length > 0 && (
          <Box id="submit-blockers" sx={{ maxWidth: 560 }}>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('app.dailyReports.blockers.title')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {blockers.map(([key, options], i) => (
                <Typography key={i} component="li" variant="body2" color="error">
                  {translate(key, options)}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        {unsettled && (
          <Typography variant="body2" color="warning.main" sx={{ maxWidth: 420 }}>
            {translate('app.dailyReports.submit.unsettled')}
          </Typography>
        )}
        {/* MUI's button, not react-admin's: react-admin's drops its words on a phone, where staff file at 17:30. */}
        <MuiButton
          variant="contained"
          size="large"
          startIcon={<SendIcon />}
          disabled={blockers.length > 0 || submitting}
          aria-describedby={blockers.length > 0 ? 'submit-blockers' : undefined}
          onClick={() => setConfirming(true)}
        >
          {translate('app.dailyReports.submit.button')}
        </MuiButton>
      </Paper>
      <Confirm
        isOpen={confirming}
        loading={submitting}
        title="app.dailyReports.submit.title"
        content={toCheck ? 'app.dailyReports.submit.confirmCheck' : 'app.dailyReports.submit.confirm'}
        translateOptions={{ date: formatOfficialDate(report.date, 'wareki', true) }}
        confirm="app.dailyReports.submit.button"
        onConfirm={() => void submit()}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}

/** 「保存しました 17:32」 and the other states of the automatic draft. */
function SaveIndicator({ state, invalid, onRetry }: { state: AutosaveState; invalid: boolean; onRetry: () => void }) {
  const translate = useTranslate();
  let text: string;
  let color = 'text.secondary';
  if (invalid) {
    text = translate('app.dailyReports.autosave.invalid');
    color = 'warning.main';
  } else if (state.kind === 'saved') text = translate('app.dailyReports.autosave.saved', { time: jstTime(state.at) });
  else if (state.kind === 'error') {
    const message = state.error instanceof Error ? state.error.message : '';
    text = translate('app.dailyReports.autosave.error', { message: translate(message, { _: message }) });
    color = 'error';
  } else text = translate(`app.dailyReports.autosave.${state.kind}`);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color={color} role="status" aria-live="polite" data-testid="autosave-status">
        {text}
      </Typography>
      {state.kind === 'error' && !invalid && <Button label="app.dailyReports.autosave.retry" size="small" onClick={onRetry} />}
    </Box>
  );
}
