import CheckIcon from '@mui/icons-material/Check';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Card, CardContent, LinearProgress, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BusinessPlanStatus, BusinessPlanView } from '@outreach/domain/approvals';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useRef, useState } from 'react';
import { useCanAccess, useNotify } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { fileSize } from '../common/fileSize';
import { PageHeader } from '../common/PageHeader';
import type { StatusLook } from '../common/StatusChip';
import { QueryCardList } from '../common/QueryCardList';
import { SubmittedVersion } from '../common/SubmittedVersion';
import { useDecision } from '../common/useDecision';
import { SubmitKeys } from '../daily-reports/submitKey';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { businessPlanFileUrl } from '../providers/methods/approvals';

const LOOKS: Record<BusinessPlanStatus, StatusLook> = {
  submitted: { color: 'warning', outlined: true },
  approved: { color: 'success' },
  returned: { color: 'error' },
  withdrawn: { color: 'default', outlined: true },
};
const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.doc,.xls,application/pdf';



/** 業務計画書 (004 §8(1)) of the current program: the version in force, the vendor's upload, the versions with the city's decisions. */
export function BusinessPlansPage() {
  return <RequireProgram>{(program) => <BusinessPlans key={program.id} program={program} />}</RequireProgram>;
}

function BusinessPlans({ program }: { program: ProgramSummary }) {
  const { t } = useScreenWords('app.businessPlans');
  const dataProvider = useAppDataProvider();
  const { canAccess: canSubmit = false } = useCanAccess({ resource: 'business-plans', action: 'submit' });
  const { canAccess: canDecide = false } = useCanAccess({ resource: 'business-plans', action: 'decide' });
  const key = ['programs', program.id, 'business-plans'];
  const plans = useQuery({ queryKey: key, queryFn: () => dataProvider.businessPlans(program.id), ...QUERY_ONCE });
  const inForce = plans.data?.find((p) => p.status === 'approved');
  const waiting = plans.data?.some((p) => p.status === 'submitted') ?? false;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      {program.requireBusinessPlan === false && <Alert severity="info">{t('notRequired')}</Alert>}
      {plans.data && (
        <Typography component="p" variant="subtitle1" sx={{ fontWeight: 700 }} data-testid="plan-in-force">
          {inForce ? t('inForce', { version: inForce.version }) : t('noneInForce')}
        </Typography>
      )}
      {canSubmit && !waiting && plans.data && <SubmitForm programId={program.id} queryKey={key} />}
      <QueryCardList query={plans} label={t('title')} testId="business-plans" empty={t('empty')}>
        {(p) => <PlanCard key={p.id} plan={p} canDecide={canDecide} canWithdraw={canSubmit} queryKey={key} />}
      </QueryCardList>
    </Box>
  );
}

function SubmitForm({ programId, queryKey }: { programId: string; queryKey: unknown[] }) {
  const { translate, t } = useScreenWords('app.businessPlans');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const keys = useRef(new SubmitKeys());
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState(0);
  const submit = useMutation({
    mutationFn: (chosen: File) => dataProvider.submitBusinessPlan(programId, chosen, { title: title.trim() || undefined, note: note.trim() || undefined }, keys.current.key(), setProgress),
    onSuccess: (plan) => {
      keys.current.settle();
      notify('app.businessPlans.submitted', { type: 'success', messageArgs: { version: plan.version } });
      setFile(null);
      setTitle('');
      setNote('');
      if (input.current) input.current.value = '';
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e) => {
      keys.current.settle(e);
      setProgress(0);
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const errors = submit.error ? (fieldErrorsOf(submit.error) ?? {}) : {};
  return (
    <Card variant="outlined" component="form" aria-labelledby="plan-submit-title" onSubmit={(e: React.FormEvent) => (e.preventDefault(), file && submit.mutate(file))}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography id="plan-submit-title" variant="h6" component="h2">
          {t('submitTitle')}
        </Typography>
        <Box>
          <input
            ref={input}
            id="business-plan-file"
            type="file"
            accept={ACCEPT}
            hidden
            aria-describedby="business-plan-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} aria-label={`${t('file')}: ${t('chooseFile')}`}>
              {t('chooseFile')}
            </Button>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="plan-file-name">
              {file ? `${file.name}（${fileSize(file.size)}）` : t('noFile')}
            </Typography>
          </Box>
          <Typography id="business-plan-file-hint" variant="caption" color={errors.file ? 'error' : 'text.secondary'} role={errors.file ? 'alert' : undefined} sx={{ display: 'block', mt: 0.5 }}>
            {errors.file ?? t('fileHint')}
          </Typography>
        </Box>
        <TextField size="small" label={t('titleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={!!errors.title} helperText={errors.title} />
        <TextField size="small" label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} error={!!errors.note} helperText={errors.note} />
        {submit.isPending && (
          <Box>
            <LinearProgress variant="determinate" value={Math.round(progress * 100)} aria-label={t('uploading', { percent: Math.round(progress * 100) })} />
            <Typography variant="caption">{t('uploading', { percent: Math.round(progress * 100) })}</Typography>
          </Box>
        )}
        {submit.error && !fieldErrorsOf(submit.error) ? <Alert severity="error">{translate(errorMessage(submit.error))}</Alert> : null}
        <Box>
          <Button type="submit" variant="contained" disabled={!file || submit.isPending}>
            {t('submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

function PlanCard({ plan, canDecide, canWithdraw, queryKey }: { plan: BusinessPlanView; canDecide: boolean; canWithdraw: boolean; queryKey: unknown[] }) {
  const { t } = useScreenWords('app.businessPlans');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { decide, pending, askReturn, returnDialog } = useDecision<'approve' | 'withdraw', BusinessPlanView>({
    call: (decision, reason) => dataProvider.decideBusinessPlan(plan.programId, plan.id, decision, reason),
    decided: (p, decision) => notify(`app.businessPlans.${decision === 'approve' ? 'approved' : decision === 'return' ? 'returned' : 'withdrawn'}`, { type: 'success', messageArgs: { version: p.version } }),
    queryKey,
  });
  const open = plan.status === 'submitted';
  return (
    <Card component="li" variant="outlined" data-plan-version={plan.version}>
      <CardContent sx={{ display: 'grid', gap: 0.5 }}>
        <SubmittedVersion version={plan} t={t} looks={LOOKS} statusTestId="plan-status" fileUrl={businessPlanFileUrl(plan.programId, plan.id)}>
          {plan.note && <Typography variant="body2">{t('noteLine', { note: plan.note })}</Typography>}
        </SubmittedVersion>
        {open && (canDecide || canWithdraw) && (
          <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
            {canDecide && (
              <>
                <Button size="small" variant="contained" color="success" startIcon={<CheckIcon />} disabled={pending} onClick={() => decide('approve')}>
                  {t('approve')}
                </Button>
                <Button size="small" variant="outlined" color="warning" onClick={askReturn}>
                  {t('return')}
                </Button>
              </>
            )}
            {canWithdraw && (
              <Button size="small" variant="outlined" disabled={pending} onClick={() => decide('withdraw')}>
                {t('withdraw')}
              </Button>
            )}
          </Box>
        )}
        <ReasonDialog {...returnDialog} title="app.businessPlans.returnTitle" titleArgs={{ version: plan.version }} label="app.businessPlans.returnReason" confirm="app.businessPlans.return" />
      </CardContent>
    </Card>
  );
}
