import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookingView } from '@outreach/domain/bookings';
import { APPLICANT_LIST_APPLICATION_TYPE_LABELS, type ApplicantListImport, type ApplicantListView, type ApplicantRow, IDENTITY_DOCUMENT_SET_LABELS } from '@outreach/domain/facilities';
import { useRef, useState } from 'react';
import { Confirm, useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from '../common/dates';
import { ReasonDialog } from '../common/ReasonDialog';
import { type StatusLook, StatusChip } from '../common/StatusChip';
import { useScreenWords } from '../common/useScreenWords';
import { SubmitKeys } from '../daily-reports/submitKey';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { applicantListExportUrl, applicantListTemplateUrl } from '../providers/methods/facilities';

const LOOKS: Record<ApplicantListView['state'], StatusLook> = {
  none: { color: 'default', outlined: true },
  committed: { color: 'info' },
  shared: { color: 'success' },
  deleted: { color: 'default' },
};
/** Rows a table shows at once; the whole list is in the Excel copy. */
const SHOWN = 50;

/** 申請者名簿 (003 §9(2)ウ) on a facility booking, beside its coordination. */
export function ApplicantListPanel() {
  const record = useRecordContext<BookingView>();
  if (!record || record.kind !== 'facility') return null;
  return <ApplicantList key={record.id} bookingId={record.id} />;
}

function ApplicantList({ bookingId }: { bookingId: string }) {
  const { translate, t } = useScreenWords('app.applicantList');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'bookings', action: 'manage' });
  const { canAccess: canShare = false } = useCanAccess({ resource: 'bookings', action: 'share' });
  const key = ['bookings', bookingId, 'applicant-list'];
  const loaded = useQuery({ queryKey: key, queryFn: () => dataProvider.applicantList(bookingId), ...QUERY_ONCE });
  const [asking, setAsking] = useState(false);
  const share = useMutation({
    mutationFn: (reason?: string) => dataProvider.shareApplicantList(bookingId, reason),
    onSuccess: () => {
      setAsking(false);
      notify('app.applicantList.shared', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (e) => {
      if (fieldErrorsOf(e)?.reason) setAsking(true);
      else notify(errorMessage(e), { type: 'error' });
    },
  });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useMutation({
    mutationFn: () => dataProvider.deleteApplicantList(bookingId),
    onSuccess: (v) => {
      setConfirmingDelete(false);
      queryClient.setQueryData(key, v);
      notify('app.applicantList.deleted', { type: 'success' });
    },
    onError: (e) => {
      setConfirmingDelete(false);
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const view = loaded.data;
  if (loaded.error) return <Alert severity="error" sx={{ m: 2 }}>{translate(errorMessage(loaded.error))}</Alert>;
  if (!view) return null;
  const early = view.shareNeedsReason;
  return (
    <Card variant="outlined" sx={{ m: 2 }} component="section" aria-labelledby="applicant-list-title" data-print-hide data-testid="applicant-list">
      <CardContent sx={{ display: 'grid', gap: 1.5, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography id="applicant-list-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mr: 'auto' }}>
            {t('title')}
          </Typography>
          <StatusChip status={view.state} looks={LOOKS} label={t(`states.${view.state}`, { count: view.rowCount })} testId="applicant-list-state" />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('hint')}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {view.committedAt && <Typography component="li" variant="body2">{t('committedLine', { at: formatDateTime(view.committedAt), name: view.committedByName ?? '—', count: view.rowCount })}</Typography>}
          {view.sharedAt && <Typography component="li" variant="body2">{t('sharedLine', { at: formatDateTime(view.sharedAt) })}</Typography>}
          {view.deletedAt && <Typography component="li" variant="body2">{t('deletedLine', { at: formatDateTime(view.deletedAt), rule: view.deletionRuleLabel ?? '—' })}</Typography>}
          {view.shareOpensOn && view.state === 'committed' && <Typography component="li" variant="body2">{t('shareOpens', { date: formatDate(view.shareOpensOn) })}</Typography>}
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {canManage && (
            <Button size="small" variant="outlined" component="a" href={applicantListTemplateUrl(bookingId)} download startIcon={<DownloadIcon />}>
              {t('template')}
            </Button>
          )}
          {view.rows && (
            <Button size="small" variant="outlined" component="a" href={applicantListExportUrl(bookingId)} download startIcon={<DownloadIcon />}>
              {t('export')}
            </Button>
          )}
          {canShare && view.state === 'committed' && (
            <Button size="small" variant="contained" disabled={share.isPending} onClick={() => (early ? setAsking(true) : share.mutate(undefined))}>
              {t('share')}
            </Button>
          )}
          {canShare && (view.state === 'committed' || view.state === 'shared') && (
            <Button size="small" color="error" disabled={remove.isPending} onClick={() => setConfirmingDelete(true)}>
              {t('delete')}
            </Button>
          )}
        </Box>
        {view.rowsHiddenReason && (
          <Typography variant="body2" color="text.secondary" data-testid="applicant-rows-hidden">
            {view.rowsHiddenReason}
          </Typography>
        )}
        {view.rows && <RowsTable rows={view.rows} caption={t('committedRows', { count: view.rows.length })} />}
        {canManage && view.state !== 'deleted' && <Upload bookingId={bookingId} replaces={view.state !== 'none'} onCommitted={(v) => queryClient.setQueryData(key, v)} onRefresh={() => void queryClient.invalidateQueries({ queryKey: key })} />}
        <Confirm isOpen={confirmingDelete} loading={remove.isPending} title="app.applicantList.deleteTitle" content={t('deleteConfirm', { count: view.rowCount })} onConfirm={() => remove.mutate()} onClose={() => setConfirmingDelete(false)} />
        <ReasonDialog
          open={asking}
          title="app.applicantList.shareEarlyTitle"
          content={view.shareOpensOn ? t('shareEarly', { date: formatDate(view.shareOpensOn) }) : undefined}
          label="app.applicantList.shareReason"
          confirm="app.applicantList.share"
          pending={share.isPending}
          error={share.error ? (fieldErrorsOf(share.error)?.reason ?? translate(errorMessage(share.error))) : undefined}
          onConfirm={(reason) => share.mutate(reason)}
          onClose={() => setAsking(false)}
        />
      </CardContent>
    </Card>
  );
}

/** Choose a file → check it (upload, then the rows, each with its progress) → errors by row and column, or the rows → commit. */
function Upload({ bookingId, replaces, onCommitted, onRefresh }: { bookingId: string; replaces: boolean; onCommitted: (v: ApplicantListView) => void; onRefresh: () => void }) {
  const { translate, t } = useScreenWords('app.applicantList');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const keys = useRef(new SubmitKeys());
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ upload: number; check: number }>({ upload: 0, check: 0 });
  const [checked, setChecked] = useState<ApplicantListImport | null>(null);
  const check = useMutation({
    mutationFn: (chosen: File) =>
      dataProvider.previewApplicantList(
        bookingId,
        chosen,
        (upload) => setProgress((p) => ({ ...p, upload })),
        (fraction) => setProgress({ upload: 1, check: fraction }),
      ),
    onMutate: () => {
      setChecked(null);
      setProgress({ upload: 0, check: 0 });
    },
    onSuccess: setChecked,
  });
  const commit = useMutation({
    mutationFn: (chosen: File) => dataProvider.commitApplicantList(bookingId, chosen, keys.current.key(), (upload) => setProgress({ upload, check: 0 })),
    onSuccess: (v) => {
      keys.current.settle();
      notify('app.applicantList.committed', { type: 'success', messageArgs: { count: v.rowCount } });
      setFile(null);
      setChecked(null);
      if (input.current) input.current.value = '';
      onCommitted(v);
      onRefresh();
    },
    onError: (e) => {
      keys.current.settle(e);
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setChecked(null);
    check.reset();
    commit.reset();
  };
  const fileError = (check.error && fieldErrorsOf(check.error)?.file) ?? (commit.error && fieldErrorsOf(commit.error)?.file);
  const busy = check.isPending || commit.isPending;
  const percent = (f: number) => Math.round(f * 100);
  const progressText =
    progress.upload < 1 ? t('uploading', { percent: percent(progress.upload) }) : commit.isPending ? t('saving') : progress.check > 0 ? t('checking', { percent: percent(progress.check) }) : t('reading');
  return (
    <Box component="form" aria-labelledby="applicant-upload-title" onSubmit={(e: React.FormEvent) => (e.preventDefault(), file && check.mutate(file))} sx={{ display: 'grid', gap: 1, borderTop: 1, borderColor: 'divider', pt: 1.5, minWidth: 0 }}>
      <Typography id="applicant-upload-title" variant="subtitle2" component="h3">
        {replaces ? t('uploadReplace') : t('upload')}
      </Typography>
      <input ref={input} id="applicant-list-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={(e) => choose(e.target.files?.[0] ?? null)} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" size="small" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} aria-describedby="applicant-list-file-hint">
          {t('chooseFile')}
        </Button>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="applicant-file-name">
          {file ? file.name : t('noFile')}
        </Typography>
      </Box>
      <Typography id="applicant-list-file-hint" variant="caption" color={fileError ? 'error' : 'text.secondary'} role={fileError ? 'alert' : undefined}>
        {fileError ?? t('fileHint')}
      </Typography>
      {busy && (
        <Box data-testid="applicant-progress">
          {/* Upload, then (checking only) the server reading the workbook — it cannot say how far — then the rows, counted. */}
          {progress.upload < 1 || (check.isPending && progress.check > 0) ? (
            <LinearProgress variant="determinate" value={percent(progress.upload < 1 ? progress.upload : progress.check)} aria-label={progressText} />
          ) : (
            <LinearProgress aria-label={progressText} />
          )}
          <Typography variant="caption">{progressText}</Typography>
        </Box>
      )}
      {check.error && !fieldErrorsOf(check.error) ? <Alert severity="error">{translate(errorMessage(check.error))}</Alert> : null}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="outlined" disabled={!file || busy}>
          {t('check')}
        </Button>
        <Button variant="contained" disabled={!file || busy || !checked || checked.errors.length > 0} onClick={() => file && commit.mutate(file)}>
          {t('commit', { count: checked?.rows.length ?? 0 })}
        </Button>
      </Box>
      {checked && checked.errors.length > 0 && <ErrorsTable errors={checked.errors} />}
      {checked && checked.errors.length === 0 && <Alert severity="success">{t('checkedOk', { count: checked.rows.length })}</Alert>}
      {checked && checked.rows.length > 0 && <RowsTable rows={checked.rows} caption={t('previewRows', { count: checked.rows.length })} />}
    </Box>
  );
}

function ErrorsTable({ errors }: { errors: ApplicantListImport['errors'] }) {
  const { t } = useScreenWords('app.applicantList');
  return (
    <Box role="alert" data-testid="applicant-errors" sx={{ display: 'grid', gap: 0.5, minWidth: 0 }}>
      <Alert severity="error">{t('errorsFound', { count: errors.length })}</Alert>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('errorsTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('row')}</TableCell>
              <TableCell>{t('column')}</TableCell>
              <TableCell>{t('problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {errors.slice(0, 200).map((e, i) => (
              <TableRow key={i} data-error-row={e.row}>
                <TableCell>{e.row === 0 ? t('wholeFile') : t('rowN', { row: e.row })}</TableCell>
                <TableCell>{e.column || '—'}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}

function RowsTable({ rows, caption }: { rows: ApplicantRow[]; caption: string }) {
  const { t } = useScreenWords('app.applicantList');
  return (
    <Box sx={{ display: 'grid', gap: 0.5, minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {caption}
        {rows.length > SHOWN ? t('firstShown', { shown: SHOWN }) : ''}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={caption} data-testid="applicant-rows">
          <TableHead>
            <TableRow>
              <TableCell>{t('row')}</TableCell>
              <TableCell>{t('name')}</TableCell>
              <TableCell>{t('kana')}</TableCell>
              <TableCell>{t('dateOfBirth')}</TableCell>
              <TableCell>{t('applicationType')}</TableCell>
              <TableCell>{t('identityDocuments')}</TableCell>
              <TableCell>{t('proxyWriting')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, SHOWN).map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.kana}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.dateOfBirth)}</TableCell>
                <TableCell>{APPLICANT_LIST_APPLICATION_TYPE_LABELS[r.applicationType]}</TableCell>
                <TableCell>{IDENTITY_DOCUMENT_SET_LABELS[r.identityDocuments]}</TableCell>
                <TableCell>{r.proxyWritingNeeded ? t('yes') : t('no')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
