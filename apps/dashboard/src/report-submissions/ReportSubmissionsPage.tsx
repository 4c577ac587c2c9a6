import CheckIcon from '@mui/icons-material/Check';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FigureChange, ReportScheduleItem, ReportSubmissionStatus, ReportSubmissionView, SubmissionFigure } from '@outreach/domain/reports';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useRef, useState } from 'react';
import { Loading, useCanAccess, useNotify } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../common/dates';
import { PageHeader } from '../common/PageHeader';
import { ReasonDialog } from '../common/ReasonDialog';
import { RequireProgram } from '../common/RequireProgram';
import type { StatusLook } from '../common/StatusChip';
import { QueryCardList } from '../common/QueryCardList';
import { SubmittedVersion } from '../common/SubmittedVersion';
import { useDecision } from '../common/useDecision';
import { useScreenWords } from '../common/useScreenWords';
import { SubmitKeys } from '../daily-reports/submitKey';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { reportDraftFileUrl, reportSubmissionFileUrl } from '../providers/methods/report-submissions';
import { chooseReport, targetOf } from './choice';

const LOOKS: Record<ReportSubmissionStatus, StatusLook> = {
  submitted: { color: 'warning', outlined: true },
  accepted: { color: 'success' },
  returned: { color: 'error' },
};

/** 月次・完了報告 (issue 20) of the current program: the reports owed, the vendor's draft and submission, the versions with the city's decisions. */
export function ReportSubmissionsPage() {
  return <RequireProgram>{(program) => <ReportSubmissions key={program.id} program={program} />}</RequireProgram>;
}

function ReportSubmissions({ program }: { program: ProgramSummary }) {
  const { translate, t } = useScreenWords('app.reportSubmissions');
  const dataProvider = useAppDataProvider();
  const [params, setParams] = useSearchParams();
  const schedule = useQuery({ queryKey: ['programs', program.id, 'report-submissions', 'schedule'], queryFn: () => dataProvider.reportSchedule(program.id), ...QUERY_ONCE });
  const chosen = chooseReport(schedule.data ?? [], params.get('report'));
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      {schedule.error ? <Alert severity="error">{translate(errorMessage(schedule.error))}</Alert> : null}
      {schedule.isPending ? <Loading /> : null}
      {schedule.data && chosen && (
        <TextField
          select
          size="small"
          label={t('report')}
          value={chosen.period}
          onChange={(e) => setParams({ report: e.target.value }, { replace: true })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ maxWidth: '100%' }}
        >
          {schedule.data.map((r) => (
            <option key={r.period} value={r.period}>
              {`${t('dueOption', { title: r.title, due: formatDate(r.dueDate) })} ${t(`states.${r.state}`)}`}
            </option>
          ))}
        </TextField>
      )}
      {chosen && <Report key={chosen.period} program={program} item={chosen} />}
    </Box>
  );
}

function Report({ program, item }: { program: ProgramSummary; item: ReportScheduleItem }) {
  const { t } = useScreenWords('app.reportSubmissions');
  const dataProvider = useAppDataProvider();
  const { canAccess: canSubmit = false } = useCanAccess({ resource: 'report-submissions', action: 'submit' });
  const { canAccess: canDecide = false } = useCanAccess({ resource: 'report-submissions', action: 'decide' });
  const target = targetOf(item);
  const versions = useQuery({ queryKey: ['programs', program.id, 'report-submissions', item.period, 'versions'], queryFn: () => dataProvider.reportSubmissions(program.id, target), ...QUERY_ONCE });
  return (
    <>
      <Typography component="h2" variant="h6" sx={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Typography>
      <Typography variant="body2" data-testid="report-due">
        {`${t('due', { due: formatDate(item.dueDate) })} ・ ${t(`states.${item.state}`)}`}
      </Typography>
      {canSubmit && <Draft program={program} item={item} />}
      <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 700 }}>
        {t('versions')}
      </Typography>
      <QueryCardList query={versions} label={t('versions')} testId="report-versions" empty={t('empty')}>
        {(v) => <VersionCard key={v.id} submission={v} canDecide={canDecide} programId={program.id} />}
      </QueryCardList>
    </>
  );
}

/** The vendor manager's side: the figures as they stand now, the draft workbook, the remarks and 提出. */
function Draft({ program, item }: { program: ProgramSummary; item: ReportScheduleItem }) {
  const { translate, t } = useScreenWords('app.reportSubmissions');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const { canAccess: canDownload = false } = useCanAccess({ resource: 'report-submissions', action: 'draft' });
  const target = targetOf(item);
  const draft = useQuery({ queryKey: ['programs', program.id, 'report-submissions', item.period, 'draft'], queryFn: () => dataProvider.reportDraft(program.id, target), ...QUERY_ONCE });
  const keys = useRef(new SubmitKeys());
  const [remarks, setRemarks] = useState('');
  const submit = useMutation({
    mutationFn: () => dataProvider.submitReport(program.id, { ...target, remarks: remarks.trim() || undefined }, keys.current.key()),
    onSuccess: (s) => {
      keys.current.settle();
      notify('app.reportSubmissions.submitted', { type: 'success', messageArgs: { title: s.title, version: s.version } });
      setRemarks('');
      void queryClient.invalidateQueries({ queryKey: ['programs', program.id, 'report-submissions'] });
    },
    onError: (e) => {
      keys.current.settle(e);
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const errors = submit.error ? (fieldErrorsOf(submit.error) ?? {}) : {};
  return (
    <Card variant="outlined" component="form" aria-labelledby="report-draft-title" onSubmit={(e: React.FormEvent) => (e.preventDefault(), submit.mutate())}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography id="report-draft-title" variant="h6" component="h2">
          {t('draftTitle')}
        </Typography>
        {draft.error ? <Alert severity="error">{translate(errorMessage(draft.error))}</Alert> : null}
        {draft.isPending ? <Loading /> : null}
        {canDownload && (
          <Box>
            <Button size="small" component="a" href={reportDraftFileUrl(program.id, target)} startIcon={<DownloadIcon />}>
              {t('draftDownload')}
            </Button>
          </Box>
        )}
        {draft.data && <Figures figures={draft.data.figures} changes={draft.data.changes} testId="draft-figures" />}
        {draft.data?.problem && <Alert severity="info">{draft.data.problem}</Alert>}
        {draft.data?.canSubmit && (
          <>
            <TextField size="small" label={t('remarks')} value={remarks} onChange={(e) => setRemarks(e.target.value)} multiline minRows={3} error={!!errors.remarks} helperText={errors.remarks ?? t('remarksHint')} />
            {submit.error && !fieldErrorsOf(submit.error) ? <Alert severity="error">{translate(errorMessage(submit.error))}</Alert> : null}
            <Box>
              <Button type="submit" variant="contained" disabled={submit.isPending}>
                {t('submit')}
              </Button>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** The figures of a version or a draft; beside the previous version's when there is one, changed ones marked. */
function Figures({ figures, changes, testId }: { figures: SubmissionFigure[]; changes: FigureChange[] | null; testId: string }) {
  const { t } = useScreenWords('app.reportSubmissions');
  const cell = (v: number | null) => (v === null ? '—' : v.toLocaleString('ja-JP'));
  return (
    <Table size="small" data-testid={testId} sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell component="th">{t('figure')}</TableCell>
          {changes && <TableCell align="right">{t('previous')}</TableCell>}
          <TableCell align="right">{changes ? t('current') : t('value')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes
          ? changes.map((c) => (
              <TableRow key={c.key} data-changed={c.changed} sx={c.changed ? { bgcolor: 'warning.light', '& td': { fontWeight: 700 } } : undefined}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{c.changed ? `${c.label}（${t('changed')}）` : c.label}</TableCell>
                <TableCell align="right">{cell(c.previous)}</TableCell>
                <TableCell align="right">{cell(c.current)}</TableCell>
              </TableRow>
            ))
          : figures.map((f) => (
              <TableRow key={f.key}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{f.label}</TableCell>
                <TableCell align="right">{cell(f.value)}</TableCell>
              </TableRow>
            ))}
      </TableBody>
    </Table>
  );
}

function VersionCard({ submission: s, canDecide, programId }: { submission: ReportSubmissionView; canDecide: boolean; programId: string }) {
  const { t } = useScreenWords('app.reportSubmissions');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { decide, pending, askReturn, returnDialog } = useDecision<'accept', ReportSubmissionView>({
    call: (decision, reason) => dataProvider.decideReport(programId, s.id, decision, reason),
    decided: (v, decision) => notify(`app.reportSubmissions.${decision === 'accept' ? 'accepted' : 'returned'}`, { type: 'success', messageArgs: { title: v.title, version: v.version } }),
    queryKey: ['programs', programId, 'report-submissions'],
  });
  const changed = s.changes?.filter((c) => c.changed).length ?? 0;
  return (
    <Card component="li" variant="outlined" data-report-version={s.version}>
      <CardContent sx={{ display: 'grid', gap: 0.5 }}>
        <SubmittedVersion version={s} t={t} looks={LOOKS} statusTestId="report-status" fileUrl={reportSubmissionFileUrl(programId, s.id)}>
          {s.remarks && <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{t('remarksLine', { remarks: s.remarks })}</Typography>}
        </SubmittedVersion>
        {s.changes && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {t('changesTitle')}
            </Typography>
            {changed === 0 ? <Typography variant="body2">{t('noChanges')}</Typography> : <Figures figures={s.figures} changes={s.changes} testId="version-changes" />}
          </Box>
        )}
        {s.status === 'submitted' && canDecide && (
          <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
            <Button size="small" variant="contained" color="success" startIcon={<CheckIcon />} disabled={pending} onClick={() => decide('accept')}>
              {t('accept')}
            </Button>
            <Button size="small" variant="outlined" color="warning" onClick={askReturn}>
              {t('return')}
            </Button>
          </Box>
        )}
        <ReasonDialog {...returnDialog} title="app.reportSubmissions.returnTitle" titleArgs={{ title: s.title, version: s.version }} label="app.reportSubmissions.returnReason" confirm="app.reportSubmissions.return" />
      </CardContent>
    </Card>
  );
}
