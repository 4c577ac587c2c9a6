import DeleteSweepOutlinedIcon from '@mui/icons-material/DeleteSweepOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { booksVisits, PERSONAL_DATA_DELETION_LIMIT_DAYS } from '@outreach/domain/programs';
import { useState } from 'react';
import { Confirm, Loading, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { RequireProgram } from '../common/RequireProgram';
import { PageHeader } from '../common/PageHeader';
import { TermList } from '../common/TermList';
import type { ProgramSummary } from '@outreach/domain/programs';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, recordUrl } from '../providers/http';
import { LEDGER_COLUMNS, type LedgerLine, ledgerLine } from './ledger';
import { periodText } from '../hand-overs/handOverForm';
import { formatDateTime } from '../common/dates';
import { useScopedT } from '../common/useScopedT';

/** 個人情報削除記録 of the current program: what was deleted, when, by whom or by the sweep, on which rule. */
export function DeletionLedgerPage() {
  return <RequireProgram>{(program) => <DeletionLedger key={program.id} program={program} />}</RequireProgram>;
}

function DeletionLedger({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const t = useScopedT('deletionLedger');
  const field = (key: string) => translate(`resources.personal-data-deletions.fields.${key}`);
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { canAccess: canRun = false } = useCanAccess({ resource: 'personal-data-deletions', action: 'run' });
  const { canAccess: canExport = false } = useCanAccess({ resource: 'personal-data-deletions', action: 'export' });
  const rows = useQuery({ queryKey: ['programs', program.id, 'personal-data-deletions'], queryFn: () => dataProvider.deletionLedger(program.id), ...QUERY_ONCE });
  const [confirming, setConfirming] = useState(false);
  const run = useMutation({
    mutationFn: () => dataProvider.runDeletionSweep(program.id),
    onSuccess: ({ deleted }) => {
      notify(deleted ? 'app.deletionLedger.ran' : 'app.deletionLedger.ranNone', { type: deleted ? 'success' : 'info', messageArgs: { count: deleted } });
      setConfirming(false);
      void rows.refetch();
    },
    onError: (e) => {
      notify(errorMessage(e), { type: 'error' });
      setConfirming(false);
    },
  });
  const lines = (rows.data ?? []).map(ledgerLine);

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <PageHeader title={t('title')} hints={[t('hint'), t('limit', { days: program.personalDataDeletionLimitDays ?? PERSONAL_DATA_DELETION_LIMIT_DAYS })]}>
        {canExport && (
          // A plain same-origin link: the session cookie goes along and the browser saves the API's file name.
          <Button size="small" startIcon={<DownloadIcon />} href={recordUrl('programs', program.id, '/reports/personal-data-deletions.xlsx')}>
            {t('export')}
          </Button>
        )}
        {canRun && (
          <Button size="small" variant="outlined" startIcon={<DeleteSweepOutlinedIcon />} disabled={run.isPending} onClick={() => setConfirming(true)}>
            {t('run')}
          </Button>
        )}
      </PageHeader>
      {rows.error ? <Alert severity="error">{translate(errorMessage(rows.error))}</Alert> : null}
      {rows.isPending && !rows.data ? <Loading /> : null}
      {rows.data && (
        <Card>
          <CardContent sx={{ pb: 0 }}>
            {/* Reservations here, the register's hand-overs in their own card below: each says what it lists. */}
            <Typography variant="h6" component="h2">
              {t('bookings')}
            </Typography>
            <Typography variant="body2" data-testid="ledger-count">
              {t('count', { count: lines.length })}
            </Typography>
          </CardContent>
          {lines.length === 0 ? (
            <CardContent>
              <Typography color="text.secondary">{t(booksVisits(program) ? 'empty' : 'emptyNoBookings')}</Typography>
            </CardContent>
          ) : (
            <>
              {/* Wide screens: one table row per deletion. */}
              <Table size="small" aria-label={t('title')} data-testid="ledger-table" sx={{ display: { xs: 'none', md: 'table' } }}>
                <TableHead>
                  <TableRow>
                    {LEDGER_COLUMNS.map((c) => (
                      <TableCell key={c} sx={{ fontWeight: 700 }} align={c === 'receptionNumber' ? 'right' : 'left'}>
                        {field(c)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {lines.map((line) => (
                    <TableRow key={line.id} hover>
                      {LEDGER_COLUMNS.map((c) => (
                        <TableCell key={c} align={c === 'receptionNumber' ? 'right' : 'left'}>
                          {c === 'receptionNumber' ? <BookingLink line={line} /> : line[c]}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {/* Phones: one block per deletion, nothing wider than the screen. */}
              <Box component="ul" data-testid="ledger-list" sx={{ display: { xs: 'block', md: 'none' }, listStyle: 'none', m: 0, p: 0 }}>
                {lines.map((line) => (
                  <Box component="li" key={line.id} sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
                    <Typography variant="subtitle2" component="p">
                      {field('receptionNumber')} <BookingLink line={line} />（{line.kind}）
                    </Typography>
                    <TermList rows={LEDGER_COLUMNS.filter((c) => c !== 'receptionNumber' && c !== 'kind').map((c) => [field(c), line[c]])} />
                  </Box>
                ))}
              </Box>
            </>
          )}
        </Card>
      )}
      <HandOverDeletions programId={program.id} />
      <Confirm isOpen={confirming} loading={run.isPending} title="app.deletionLedger.runTitle" content={t('runConfirm')} onConfirm={() => run.mutate()} onClose={() => setConfirming(false)} />
    </Box>
  );
}

function BookingLink({ line }: { line: LedgerLine }) {
  return (
    <MuiLink component={Link} to={`/bookings/${line.id}/show`}>
      {line.receptionNumber}
    </MuiLink>
  );
}

/**
 * The register's deletions (issue 19 item 3): each hand-over batch whose personal fields the purge deleted after the
 * follow-up period — the batch, when, on which rule (each application's deletion is also in the handling record).
 */
function HandOverDeletions({ programId }: { programId: string }) {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const batches = useQuery({ queryKey: ['programs', programId, 'hand-overs'], queryFn: () => dataProvider.handOvers(programId), ...QUERY_ONCE });
  const deleted = (batches.data ?? []).filter((b) => b.personalDataDeletedAt);
  if (!deleted.length) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('app.deletionLedger.handOvers')}
        </Typography>
        <Box component="ul" aria-label={translate('app.deletionLedger.handOvers')} sx={{ m: 0, pl: 2 }}>
          {deleted.map((b) => (
            <Typography component="li" variant="body2" key={b.id} sx={{ overflowWrap: 'anywhere' }}>
              {translate('app.deletionLedger.handOverLine', { number: b.number, period: periodText(b), count: b.applicationCount, at: formatDateTime(b.personalDataDeletedAt!) })}
            </Typography>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
