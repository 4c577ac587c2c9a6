import { summarizeVisitDays } from '@outreach/domain/programs';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { byMonth, diffCalendars } from './calendar';
import type { ProgramView, VisitCalendarProposal, VisitDayView } from '@outreach/domain/programs';
import { KIND_STYLE } from './kind-style';
import { formatMonthDay, formatOfficialMonth } from '../common/dates';

/**
 * 提案を作成: asks how many home and facility days, previews the proposal the API computes (nothing saved), with
 * its warnings and how it differs from the current plan, then replaces the plan with it (PUT visit-days).
 */
export function ProposalDialog({ program, current, onClose, onApplied }: { program: ProgramView; current: VisitDayView[]; onClose: () => void; onApplied: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const titleId = useId();
  const now = summarizeVisitDays(current);
  const [homeDays, setHomeDays] = useState(String(now.home));
  const [facilityDays, setFacilityDays] = useState(String(now.facility));
  const [proposal, setProposal] = useState<VisitCalendarProposal>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.calendar.${key}`, options);

  // A preview only: nothing is saved until 'apply'. The API's refusal is shown in the dialog.
  const propose = useMutation({
    mutationFn: () => dataProvider.proposeVisitDays(program.id, { homeDays: Number(homeDays), facilityDays: Number(facilityDays) }),
    onMutate: () => setProposal(undefined),
    onSuccess: setProposal,
  });
  const replace = useMutation({
    mutationFn: (days: VisitCalendarProposal['days']) => dataProvider.replaceVisitDays(program.id, days),
    onSuccess: () => {
      notify('resources.programs.calendar.applied', { type: 'success' });
      onApplied();
    },
  });
  const pending = propose.isPending || replace.isPending;
  const failure = replace.error ?? propose.error;
  const error = failure ? translate(errorMessage(failure)) : undefined;

  const preview = () => {
    replace.reset();
    propose.mutate();
  };

  const apply = () => {
    if (proposal) replace.mutate(proposal.days);
  };

  const summary = proposal && summarizeVisitDays(proposal.days);
  const diff = proposal && diffCalendars(current, proposal.days);
  const count = (value: string) => /^\d+$/.test(value);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('proposeTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('proposeIntro')}</DialogContentText>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <TextField type="number" label={t('homeDays')} value={homeDays} onChange={(e) => setHomeDays(e.target.value)} slotProps={{ htmlInput: { min: 0, max: 300, step: 1 } }} />
            <TextField type="number" label={t('facilityDays')} value={facilityDays} onChange={(e) => setFacilityDays(e.target.value)} slotProps={{ htmlInput: { min: 0, max: 300, step: 1 } }} />
            <Button variant="outlined" onClick={preview} disabled={pending || !count(homeDays) || !count(facilityDays)}>
              {t('preview')}
            </Button>
          </Stack>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {proposal && summary && diff && (
            <Stack spacing={1} aria-live="polite">
              <Typography sx={{ fontWeight: 700 }}>{t('proposalSummary', { ...summary })}</Typography>
              <Typography variant="body2">{t('diff', diff)}</Typography>
              {proposal.warnings.map((warning) => (
                <Alert key={warning} severity="warning">
                  {warning}
                </Alert>
              ))}
              <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
                {byMonth(proposal.days).map(({ month, days }) => (
                  <Typography component="li" variant="body2" key={month}>
                    <Box component="span" sx={{ fontWeight: 700, mr: 1 }}>
                      {formatOfficialMonth(month, program.eraStyle)}（{t('monthCount', { count: days.length })}）
                    </Box>
                    {days.map((day) => (
                      <Box
                        component="span"
                        key={day.date}
                        sx={{ display: 'inline-block', mr: 0.5, mb: 0.5, px: 0.5, borderRadius: 0.5, bgcolor: KIND_STYLE[day.kind].bg, color: KIND_STYLE[day.kind].fg, border: `1px solid ${KIND_STYLE[day.kind].border}` }}
                      >
                        {formatMonthDay(day.date).replace(/^\d+月/, '')}
                        {t(day.kind === 'home_visit' ? 'homeShort' : 'facilityShort')}
                      </Box>
                    ))}
                  </Typography>
                ))}
              </Box>
            </Stack>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
        <Button variant="contained" onClick={apply} disabled={pending || !proposal}>
          {t('apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
