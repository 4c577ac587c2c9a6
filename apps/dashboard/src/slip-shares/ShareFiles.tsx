import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ShareFileDownload, ShareFilePurpose, ShareFileView } from '@outreach/domain/booking-shares';
import { useState } from 'react';
import { TermList } from '../common/TermList';
import { Confirm, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { useMe } from '../providers/me';
import { canDecide, downloadable, fileSteps } from './slipShares';
import { formatDateTime, formatMonthDay, formatOfficialDate } from '../common/dates';
import { useScopedT } from '../common/useScopedT';
import { serverToday } from '../common/serverClock';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The query key of a program's share files: the screens that prepare a file refresh it. */
export const shareFilesKey = (programId: string) => ['programs', programId, 'share-files'];

/** Saves the downloaded bytes under the API's file name (the password is shown beside it, never saved). */
function saveFile(file: ShareFileDownload): void {
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The share files of one purpose (ADR 0010) with each step's who and when: a manager other than the one who
 * prepared a file approves or returns it; once approved it is downloaded, encrypted, its password shown once.
 * `onChanged` lets the screen refresh what a step changes (a download shares the week or hands the slips over).
 */
export function ShareFilesSection({ programId, purpose, onChanged }: { programId: string; purpose: ShareFilePurpose; onChanged: () => void }) {
  const translate = useTranslate();
  const t = useScopedT('slipShares');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { me } = useMe();
  const today = serverToday();
  const { canAccess: canApprove = false } = useCanAccess({ resource: 'slip-shares', action: 'approve' });
  const files = useQuery({ queryKey: shareFilesKey(programId), queryFn: () => dataProvider.shareFiles(programId), ...QUERY_ONCE });
  const [approving, setApproving] = useState<ShareFileView | null>(null);
  const [rejecting, setRejecting] = useState<ShareFileView | null>(null);
  const [released, setReleased] = useState<ShareFileDownload | null>(null);
  const shown = (files.data ?? []).filter((f) => f.purpose === purpose);

  const changed = () => {
    void files.refetch();
    onChanged();
  };
  const failed = (e: unknown) => notify(errorMessage(e), { type: 'error' });
  const approve = useMutation({
    mutationFn: (f: ShareFileView) => dataProvider.approveShareFile(f.id),
    onSuccess: () => {
      notify('app.slipShares.files.approved', { type: 'success' });
      setApproving(null);
      changed();
    },
    onError: (e) => {
      setApproving(null);
      failed(e);
    },
  });
  const reject = useMutation({
    mutationFn: ({ f, reason }: { f: ShareFileView; reason: string }) => dataProvider.rejectShareFile(f.id, reason),
    onSuccess: () => {
      notify('app.slipShares.files.rejected', { type: 'success' });
      setRejecting(null);
      changed();
    },
  });
  const download = useMutation({
    mutationFn: (f: ShareFileView) => dataProvider.downloadShareFile(f.id),
    onSuccess: (file) => {
      saveFile(file);
      setReleased(file);
      changed();
    },
    onError: failed,
  });

  return (
    <>
      {files.error ? <Alert severity="error">{translate(errorMessage(files.error))}</Alert> : null}
      {files.data && shown.length === 0 && <Typography color="text.secondary">{t('files.empty')}</Typography>}
      <Box component="ul" data-testid="share-files" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 24rem), 1fr))' }}>
        {shown.map((f) => (
          <ShareFileCard
            key={f.id}
            file={f}
            t={t}
            decide={canDecide(f, me?.id, canApprove)}
            ownFile={canApprove && f.status === 'prepared' && f.preparedBy === me?.id}
            downloadable={downloadable(f, today)}
            busy={download.isPending}
            onApprove={() => setApproving(f)}
            onReject={() => setRejecting(f)}
            onDownload={() => download.mutate(f)}
          />
        ))}
      </Box>
      <Confirm
        isOpen={approving !== null}
        loading={approve.isPending}
        title="app.slipShares.files.approveTitle"
        content={t('files.approveConfirm', { numbers: approving?.receptionNumbers.join('、') ?? '' })}
        onConfirm={() => approving && approve.mutate(approving)}
        onClose={() => setApproving(null)}
      />
      <ReasonDialog
        open={rejecting !== null}
        title="app.slipShares.files.rejectTitle"
        label="app.slipShares.files.rejectReason"
        confirm="app.slipShares.files.reject"
        pending={reject.isPending}
        error={reject.error ? translate(errorMessage(reject.error)) : undefined}
        onConfirm={(reason) => rejecting && reject.mutate({ f: rejecting, reason })}
        onClose={() => setRejecting(null)}
      />
      <Dialog open={released !== null} onClose={() => setReleased(null)} fullWidth maxWidth="sm" aria-labelledby="share-password-title">
        <DialogTitle id="share-password-title">{t('files.passwordTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 1.5 }}>
          <Alert severity="warning">{t('files.passwordHint')}</Alert>
          {released && (
            <TermList
              rows={[
                [t('files.filename'), released.filename],
                [
                  t('files.password'),
                  <Box component="code" key="password" data-testid="share-password" sx={{ fontSize: '1.1rem', letterSpacing: '0.05em', userSelect: 'all' }}>
                    {released.password}
                  </Box>,
                ],
              ]}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setReleased(null)}>{t('files.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function ShareFileCard({
  file: f,
  t,
  decide,
  ownFile,
  downloadable: canDownload,
  busy,
  onApprove,
  onReject,
  onDownload,
}: {
  file: ShareFileView;
  t: T;
  decide: boolean;
  ownFile: boolean;
  downloadable: boolean;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onDownload: () => void;
}) {
  const stepName = { prepared: 'stepPrepared', approved: 'stepApproved', rejected: 'stepRejected', downloaded: 'stepDownloaded' } as const;
  const steps = fileSteps(f).map((s): [string, string] => {
    const at = s.at ? formatDateTime(s.at) : '';
    if (s.kind === 'downloaded') return [t(`files.${stepName[s.kind]}`), t('files.downloads', { count: f.downloads, at })];
    if (s.kind === 'rejected') return [t(`files.${stepName[s.kind]}`), s.note ?? ''];
    return [t(`files.${stepName[s.kind]}`), t('files.by', { name: s.who ?? '—', at })];
  });
  return (
    <Card component="li" variant="outlined" data-file={f.id}>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mr: 'auto' }}>
            {f.weekStart ? t('files.heading', { week: formatMonthDay(f.weekStart) }) : f.purposeLabel}
          </Typography>
          <Chip size="small" color={f.status === 'approved' ? 'success' : f.status === 'rejected' ? 'default' : 'warning'} label={t(`fileStatus.${f.status}`)} data-testid="file-status" />
        </Box>
        <TermList
          rows={[
            [t('files.numbers'), f.receptionNumbers.join('、')],
            ...steps,
            ...(f.downloadUntil && f.status === 'approved' ? [[t('files.downloadUntil'), formatOfficialDate(f.downloadUntil)] as [string, string]] : []),
          ]}
        />
        {ownFile && (
          <Typography variant="body2" color="text.secondary">
            {t('files.ownFile')}
          </Typography>
        )}
        {(decide || canDownload) && (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {decide && (
              <>
                <Button size="small" variant="contained" onClick={onApprove}>
                  {t('files.approve')}
                </Button>
                <Button size="small" variant="outlined" color="warning" onClick={onReject}>
                  {t('files.reject')}
                </Button>
              </>
            )}
            {canDownload && (
              <Button size="small" variant="contained" startIcon={<DownloadIcon />} disabled={busy} onClick={onDownload}>
                {t('files.download')}
              </Button>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
