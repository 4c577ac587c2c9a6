import CheckIcon from '@mui/icons-material/Check';
import { Alert, Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SiteApprovalStatus, SiteApprovalView } from '@outreach/domain/approvals';
import type { ProgramSummary, ServiceKind } from '@outreach/domain/programs';
import { useState } from 'react';
import { Loading, useCanAccess, useNotify } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { DecisionLines } from '../common/DecisionLines';
import { PageHeader } from '../common/PageHeader';
import { type StatusLook, StatusChip } from '../common/StatusChip';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';

const LOOKS: Record<SiteApprovalStatus, StatusLook> = { proposed: { color: 'warning', outlined: true }, approved: { color: 'success' }, rejected: { color: 'error' } };
const KINDS: ServiceKind[] = ['facility_visit', 'home_visit', 'venue_event'];


/** 実施場所の承認 (004 §7(3)) of the current program: the sites with their status, the vendor's proposal, the city's decision. */
export function SiteApprovalsPage() {
  return <RequireProgram>{(program) => <SiteApprovals key={program.id} program={program} />}</RequireProgram>;
}

function SiteApprovals({ program }: { program: ProgramSummary }) {
  const { translate, t } = useScreenWords('app.siteApprovals');
  const dataProvider = useAppDataProvider();
  const { canAccess: canPropose = false } = useCanAccess({ resource: 'site-approvals', action: 'propose' });
  const { canAccess: canDecide = false } = useCanAccess({ resource: 'site-approvals', action: 'decide' });
  const key = ['programs', program.id, 'site-approvals'];
  const sites = useQuery({ queryKey: key, queryFn: () => dataProvider.siteApprovals(program.id), ...QUERY_ONCE });
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      {program.requireSiteApproval === false && <Alert severity="info">{t('notRequired')}</Alert>}
      {canPropose && <ProposeForm programId={program.id} queryKey={key} />}
      {sites.error ? <Alert severity="error">{translate(errorMessage(sites.error))}</Alert> : null}
      {sites.isPending ? <Loading /> : null}
      {sites.data?.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      <Box component="ul" data-testid="site-approvals" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))' }}>
        {sites.data?.map((s) => <SiteCard key={s.id} site={s} programId={program.id} canDecide={canDecide} queryKey={key} />)}
      </Box>
    </Box>
  );
}

function ProposeForm({ programId, queryKey }: { programId: string; queryKey: unknown[] }) {
  const { t } = useScreenWords('app.siteApprovals');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [serviceKind, setServiceKind] = useState<ServiceKind>('facility_visit');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const propose = useMutation({
    mutationFn: () => dataProvider.proposeSite(programId, { serviceKind, name, address: address.trim() || undefined }),
    onSuccess: (site) => {
      notify('app.siteApprovals.proposed', { type: 'success', messageArgs: { name: site.name } });
      setName('');
      setAddress('');
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const errors = propose.error ? (fieldErrorsOf(propose.error) ?? {}) : {};
  return (
    <Card variant="outlined" component="form" onSubmit={(e: React.FormEvent) => (e.preventDefault(), propose.mutate())}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t('proposeTitle')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField select size="small" label={t('serviceKind')} value={serviceKind} onChange={(e) => setServiceKind(e.target.value as ServiceKind)} sx={{ minWidth: '11em' }} error={!!errors.serviceKind} helperText={errors.serviceKind}>
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`kinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField size="small" required label={t('name')} value={name} onChange={(e) => setName(e.target.value)} sx={{ flex: '1 1 16em' }} error={!!errors.name} helperText={errors.name} />
          <TextField size="small" label={t('address')} value={address} onChange={(e) => setAddress(e.target.value)} sx={{ flex: '1 1 16em' }} error={!!errors.address} helperText={errors.address} disabled={serviceKind === 'home_visit'} />
          <Button type="submit" variant="contained" disabled={propose.isPending || name.trim() === ''}>
            {t('propose')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

function SiteCard({ site, programId, canDecide, queryKey }: { site: SiteApprovalView; programId: string; canDecide: boolean; queryKey: unknown[] }) {
  const { translate, t } = useScreenWords('app.siteApprovals');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const done = (message: string) => (s: SiteApprovalView) => {
    notify(message, { type: 'success', messageArgs: { name: s.name } });
    setRejecting(false);
    void queryClient.invalidateQueries({ queryKey });
  };
  const approve = useMutation({ mutationFn: () => dataProvider.approveSite(programId, site.id), onSuccess: done('app.siteApprovals.approved'), onError: (e) => notify(errorMessage(e), { type: 'error' }) });
  const reject = useMutation({ mutationFn: (reason: string) => dataProvider.rejectSite(programId, site.id, reason), onSuccess: done('app.siteApprovals.rejected') });
  const status = t(`statuses.${site.status}`);
  return (
    <Card component="li" variant="outlined" data-site={site.name}>
      <CardContent sx={{ display: 'grid', gap: 0.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mr: 'auto' }}>
            {site.name}
          </Typography>
          <StatusChip status={site.status} looks={LOOKS} label={status} testId="site-status" />
        </Box>
        <Typography variant="body2">{t(`kinds.${site.serviceKind}`)}{site.address ? `・${site.address}` : ''}</Typography>
        <DecisionLines t={t} asked={['proposedBy', site.proposedByName, site.proposedAt]} decided={[status, site.decidedByName, site.decidedAt]} reason={site.rejectionReason} />
        {canDecide && site.status === 'proposed' && (
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <Button size="small" variant="contained" color="success" startIcon={<CheckIcon />} disabled={approve.isPending} onClick={() => approve.mutate()}>
              {t('approve')}
            </Button>
            <Button size="small" variant="outlined" color="warning" onClick={() => setRejecting(true)}>
              {t('reject')}
            </Button>
          </Box>
        )}
        <ReasonDialog
          open={rejecting}
          title="app.siteApprovals.rejectTitle"
          titleArgs={{ name: site.name }}
          label="app.siteApprovals.rejectReason"
          confirm="app.siteApprovals.reject"
          pending={reject.isPending}
          error={reject.error ? (fieldErrorsOf(reject.error)?.reason ?? translate(errorMessage(reject.error))) : undefined}
          onConfirm={(reason) => reject.mutate(reason)}
          onClose={() => setRejecting(false)}
        />
      </CardContent>
    </Card>
  );
}
