import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import { TermList } from '../common/TermList';
import { Alert, Box, Button, Card, CardContent, Chip, Link as MuiLink, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlipShareWeek, SlipShareWeekState } from '@outreach/domain/booking-shares';
import { Loading, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { RequireProgram } from '../common/RequireProgram';
import { PageHeader } from '../common/PageHeader';
import type { ProgramSummary } from '@outreach/domain/programs';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { ShareFilesSection, shareFilesKey } from './ShareFiles';
import { openWeeklyFile, weeksWithSlips } from './slipShares';
import { formatMonthDay, formatOfficialDate } from '../common/dates';
import { useScopedT } from '../common/useScopedT';

const STATE_COLORS: Record<SlipShareWeekState, 'default' | 'success' | 'info' | 'error'> = { none: 'default', shared: 'success', open: 'info', overdue: 'error' };

/** 受付票の共有 of the current program: each visit week's due date and unshared slips; the encrypted file's release. */
export function SlipSharesPage() {
  return <RequireProgram>{(program) => <SlipShares key={program.id} program={program} />}</RequireProgram>;
}

function SlipShares({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const t = useScopedT('slipShares');
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const { canAccess: canPrepare = false } = useCanAccess({ resource: 'slip-shares', action: 'prepare' });
  const withFiles = program.slipShareFile === true && canPrepare;
  const weeks = useQuery({ queryKey: ['programs', program.id, 'slip-shares'], queryFn: () => dataProvider.slipShareWeeks(program.id), ...QUERY_ONCE });
  const files = useQuery({ queryKey: shareFilesKey(program.id), queryFn: () => dataProvider.shareFiles(program.id), enabled: withFiles, ...QUERY_ONCE });
  const prepare = useMutation({
    mutationFn: (week: SlipShareWeek) => dataProvider.prepareShareFile(program.id, week.weekStart),
    onSuccess: (_, week) => {
      notify('app.slipShares.files.prepared', { type: 'success', messageArgs: { week: formatMonthDay(week.weekStart) } });
      void queryClient.invalidateQueries({ queryKey: shareFilesKey(program.id) });
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });

  const shown = weeksWithSlips(weeks.data ?? []);
  const weekLabel = (w: { weekStart: string; weekEnd: string }) => t('week', { from: formatMonthDay(w.weekStart), to: formatMonthDay(w.weekEnd) });

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader
        title={t('title')}
        hints={[
          t('hint'),
          <>
            {t('hintApp')}{' '}
            <MuiLink component={Link} to="/reception-list">
              {t('toReceptionList')}
            </MuiLink>
          </>,
        ]}
      />

      <Typography variant="h6" component="h2">
        {t('weeksTitle')}
      </Typography>
      {weeks.error ? <Alert severity="error">{translate(errorMessage(weeks.error))}</Alert> : null}
      {weeks.isPending ? <Loading /> : null}
      {weeks.data && shown.length === 0 && <Typography color="text.secondary">{t('weeksEmpty')}</Typography>}
      <Box component="ul" data-testid="slip-share-weeks" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))' }}>
        {shown.map((w) => {
          const open = withFiles ? openWeeklyFile(files.data ?? [], w.weekStart) : undefined;
          return (
            <Card component="li" key={w.weekStart} data-week={w.weekStart} variant="outlined">
              <CardContent sx={{ display: 'grid', gap: 1 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mr: 'auto' }}>
                    {weekLabel(w)}
                  </Typography>
                  <Chip size="small" color={STATE_COLORS[w.state]} label={t(`states.${w.state}`)} data-testid="week-state" />
                </Box>
                <TermList
                  rows={[
                    [t('due'), formatOfficialDate(w.dueDate)],
                    [t('slips'), t('slipsValue', { count: w.slips, shared: w.shared })],
                    [t('unshared'), w.unshared.length ? w.unshared.map((u) => u.receptionNumber).join('、') : t('none')],
                  ]}
                />
                {withFiles && w.unshared.length > 0 && (
                  <Box>
                    {open ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('files.preparing')}
                      </Typography>
                    ) : (
                      <Button size="small" variant="outlined" startIcon={<NoteAddOutlinedIcon />} disabled={prepare.isPending} onClick={() => prepare.mutate(w)}>
                        {t('files.prepare')}
                      </Button>
                    )}
                  </Box>
                )}
              </CardContent>
            </Card>
          );
        })}
      </Box>

      {withFiles && (
        <>
          <Typography variant="h6" component="h2">
            {t('files.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('files.hint')}
          </Typography>
          <ShareFilesSection programId={program.id} purpose="weekly" onChanged={() => void weeks.refetch()} />
        </>
      )}

    </Box>
  );
}

