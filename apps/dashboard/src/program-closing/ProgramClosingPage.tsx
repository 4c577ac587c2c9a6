import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import { TermList } from '../common/TermList';
import DownloadIcon from '@mui/icons-material/Download';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import MoveToInboxOutlinedIcon from '@mui/icons-material/MoveToInboxOutlined';
import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClosingChecklist } from '@outreach/domain/program-closing';
import { useState } from 'react';
import { Confirm, Loading, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, recordUrl } from '../providers/http';
import { ShareFilesSection, shareFilesKey } from '../slip-shares/ShareFiles';
import { formatDateTime, formatOfficialDate } from '../common/dates';
import { useScopedT } from '../common/useScopedT';
import { PageHeader } from '../common/PageHeader';

/** 契約終了の手続き of the current program: what still holds personal data, its deletion or handover, the closing, the certificate. */
export function ProgramClosingPage() {
  return <RequireProgram>{(program) => <ProgramClosing key={program.id} program={program} />}</RequireProgram>;
}

function ProgramClosing({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const t = useScopedT('programClosing');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const { canAccess: canDelete = false } = useCanAccess({ resource: 'program-closing', action: 'delete' });
  const { canAccess: canClose = false } = useCanAccess({ resource: 'program-closing', action: 'close' });
  const { canAccess: canHandOver = false } = useCanAccess({ resource: 'program-closing', action: 'handOver' });
  const { canAccess: canCertificate = false } = useCanAccess({ resource: 'program-closing', action: 'certificate' });
  const key = ['programs', program.id, 'closing'];
  const checklist = useQuery({ queryKey: key, queryFn: () => dataProvider.closingChecklist(program.id), ...QUERY_ONCE });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirm, setConfirm] = useState<'delete' | 'close' | null>(null);

  const settle = (list: ClosingChecklist) => {
    queryClient.setQueryData(key, list);
    setSelected(new Set());
    setConfirm(null);
  };
  const failed = (e: unknown) => {
    setConfirm(null);
    notify(errorMessage(e), { type: 'error' });
  };
  const remove = useMutation({
    mutationFn: (ids: string[]) => dataProvider.deleteAtClosing(program.id, ids),
    onSuccess: (list, ids) => {
      notify('app.programClosing.deletedNow', { type: 'success', messageArgs: { count: ids.length } });
      settle(list);
    },
    onError: failed,
  });
  const handOver = useMutation({
    mutationFn: (ids: string[]) => dataProvider.prepareHandover(program.id, ids),
    onSuccess: () => {
      notify('app.programClosing.handOverPrepared', { type: 'success' });
      setSelected(new Set());
      void checklist.refetch();
      void queryClient.invalidateQueries({ queryKey: shareFilesKey(program.id) });
    },
    onError: failed,
  });
  const close = useMutation({
    mutationFn: () => dataProvider.closeProgram(program.id),
    onSuccess: (list) => {
      notify('app.programClosing.closedNow', { type: 'success' });
      settle(list);
    },
    onError: failed,
  });

  const list = checklist.data;
  const acting = (canDelete || canHandOver) && list !== undefined && list.notYet === null;
  const choosable = (list?.items ?? []).filter((i) => i.kind === 'booking' && i.actions.length > 0).map((i) => i.id);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const busy = remove.isPending || handOver.isPending || close.isPending;

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      {checklist.error ? <Alert severity="error">{translate(errorMessage(checklist.error))}</Alert> : null}
      {checklist.isPending ? <Loading /> : null}
      {list && (
        <>
          <Card variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 1.5 }} data-testid="closing-summary">
              <TermList
                rows={[
                  [t('periodEnd'), formatOfficialDate(list.periodEnd)],
                  [t('closedAt'), list.closedAt ? t('closedOn', { at: formatDateTime(list.closedAt) }) : t('notClosed')],
                  [t('deleted'), t('count', { count: list.deleted })],
                  [t('handedOver'), t('count', { count: list.handedOver })],
                ]}
              />
              {list.notYet && <Alert severity="info">{list.notYet}</Alert>}
              {canCertificate && list.notYet === null && (
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  {/* A plain same-origin link: the session cookie goes along and the browser saves the API's file name. */}
                  <Button size="small" variant="outlined" startIcon={<DownloadIcon />} href={recordUrl('programs', program.id, '/reports/deletion-certificate.xlsx')}>
                    {t('certificate')}
                  </Button>
                  <Typography variant="body2" color="text.secondary">
                    {t('certificateHint')}
                  </Typography>
                </Box>
              )}
            </CardContent>
          </Card>

          <Typography variant="h6" component="h2">
            {t('checklistTitle')}
          </Typography>
          {list.items.length === 0 ? (
            <Typography color="text.secondary">{t('checklistEmpty')}</Typography>
          ) : (
            <Card variant="outlined">
              {acting && choosable.length > 0 && (
                <Box sx={{ px: 2, pt: 1, borderBottom: 1, borderColor: 'divider' }}>
                  <FormControlLabel
                    label={t('selectAll')}
                    control={
                      <Checkbox
                        checked={selected.size === choosable.length}
                        indeterminate={selected.size > 0 && selected.size < choosable.length}
                        onChange={(e) => setSelected(new Set(e.target.checked ? choosable : []))}
                      />
                    }
                  />
                </Box>
              )}
              <Box component="ul" data-testid="closing-items" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                {list.items.map((item) => (
                  <Box component="li" key={item.id} data-item={item.kind} sx={{ px: 2, py: 1, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 }, display: 'flex', alignItems: 'center', gap: 1 }}>
                    {acting && item.actions.length > 0 ? (
                      <Checkbox checked={selected.has(item.id)} onChange={() => toggle(item.id)} slotProps={{ input: { 'aria-label': t('select', { label: item.label }) } }} sx={{ ml: -1 }} />
                    ) : null}
                    <Box sx={{ minWidth: 0 }}>
                      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                        {item.label}
                      </Typography>
                      {item.inHandoverFile && (
                        <Typography variant="caption" color="warning.main">
                          {t('inHandoverFile')}
                        </Typography>
                      )}
                    </Box>
                  </Box>
                ))}
              </Box>
              {acting && (
                <Box sx={{ p: 2, display: 'flex', gap: 1, flexWrap: 'wrap', borderTop: 1, borderColor: 'divider' }}>
                  {canDelete && (
                    <Button variant="contained" color="error" startIcon={<DeleteForeverOutlinedIcon />} disabled={busy || selected.size === 0} onClick={() => setConfirm('delete')}>
                      {t('deleteSelected')}
                    </Button>
                  )}
                  {canHandOver && (
                    <Button variant="outlined" startIcon={<MoveToInboxOutlinedIcon />} disabled={busy || selected.size === 0} onClick={() => handOver.mutate([...selected])}>
                      {t('handOverSelected')}
                    </Button>
                  )}
                </Box>
              )}
            </Card>
          )}

          {canHandOver && (
            <>
              <Typography variant="h6" component="h2">
                {t('filesTitle')}
              </Typography>
              <ShareFilesSection programId={program.id} purpose="handover" onChanged={() => void checklist.refetch()} />
            </>
          )}

          {canClose && !list.closedAt && (
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Button variant="contained" startIcon={<LockOutlinedIcon />} disabled={busy || list.closeProblem !== null} onClick={() => setConfirm('close')}>
                {t('close')}
              </Button>
              {list.closeProblem && (
                <Typography variant="body2" color="text.secondary" data-testid="close-problem">
                  {list.closeProblem}
                </Typography>
              )}
            </Box>
          )}
        </>
      )}
      <Confirm
        isOpen={confirm === 'delete'}
        loading={remove.isPending}
        title="app.programClosing.deleteTitle"
        content={t('deleteConfirm', { count: selected.size })}
        onConfirm={() => remove.mutate([...selected])}
        onClose={() => setConfirm(null)}
      />
      <Confirm isOpen={confirm === 'close'} loading={close.isPending} title="app.programClosing.closeTitle" content={t('closeConfirm')} onConfirm={() => close.mutate()} onClose={() => setConfirm(null)} />
    </Box>
  );
}
