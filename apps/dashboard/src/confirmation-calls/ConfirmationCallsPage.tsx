import { Alert, Box, Button, Card, CardContent, Chip, TextField, Typography } from '@mui/material';
import type { DateKey } from '@outreach/domain/common';
import type { ConfirmationOutcome, ConfirmationRowView } from '@outreach/domain/confirmation-calls';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Loading, useNotify, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../common/dates';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { useScopedT } from '../common/useScopedT';
import { PageHeader } from '../common/PageHeader';

function useConfirmationT() {
  return useScopedT('confirmationCalls');
}

const OUTCOMES: ConfirmationOutcome[] = ['reached', 'no_answer', 'reschedule_requested', 'cancelled'];

/** 前日確認 of the current program: the next visit day's bookings (or a chosen day's), whom to call, each call's outcome. */
export function ConfirmationCallsPage() {
  return <RequireProgram>{(program) => <ConfirmationCalls key={program.id} program={program} />}</RequireProgram>;
}

function ConfirmationCalls({ program }: { program: ProgramSummary }) {
  const t = useConfirmationT();
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [date, setDate] = useState<DateKey | ''>('');
  const key = ['programs', program.id, 'confirmation-calls', date];
  const list = useQuery({ queryKey: key, queryFn: () => dataProvider.confirmationCalls(program.id, date || undefined), ...QUERY_ONCE });
  const shown = list.data?.date ?? '';
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} hints={[t('hint')]} />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          id="confirmation-date"
          type="date"
          size="small"
          label={t('visitDate')}
          value={date || shown}
          onChange={(e) => setDate(e.target.value as DateKey)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        {list.data?.date && (
          <Typography component="h2" variant="h6" data-testid="confirmation-day">
            {`${formatDate(list.data.date)}・${t('callDay', { date: list.data.callDay ? formatDate(list.data.callDay) : '—' })}`}
          </Typography>
        )}
      </Box>
      {list.error ? <Alert severity="error">{translate(errorMessage(list.error))}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.rows.length === 0 && <Typography color="text.secondary">{list.data.date ? t('empty') : t('none')}</Typography>}
      <Box component="ul" data-testid="confirmation-rows" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 24rem), 1fr))' }}>
        {list.data?.rows.map((row) => (
          <ConfirmationCard key={row.bookingId} row={row} programId={program.id} queryKey={key} />
        ))}
      </Box>
    </Box>
  );
}

function ConfirmationCard({ row, programId, queryKey }: { row: ConfirmationRowView; programId: string; queryKey: unknown[] }) {
  const t = useConfirmationT();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const record = useMutation({
    mutationFn: (body: { outcome: ConfirmationOutcome; reason?: string }) => dataProvider.recordConfirmationCall(programId, { bookingId: row.bookingId, ...body }),
    onSuccess: (next, body) => {
      notify('app.confirmationCalls.recorded', { type: 'success', messageArgs: { outcome: t(`outcomes.${body.outcome}`) } });
      queryClient.setQueryData(queryKey, next);
      setCancelling(false);
    },
    onError: (e) => {
      const fields = fieldErrorsOf(e);
      if (fields?.reason) setReasonError(fields.reason);
      else notify(errorMessage(e), { type: 'error' });
    },
  });
  const open = row.state !== 'confirmed' && row.state !== 'cancelled';
  const headingId = `confirmation-${row.bookingId}`;
  return (
    <Card component="li" variant="outlined" sx={{ borderColor: row.overdue ? 'error.main' : undefined }} aria-labelledby={headingId}>
      <CardContent sx={{ display: 'grid', gap: 0.75 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={headingId} component="h3" sx={{ fontWeight: 700 }}>
            {row.contactName ?? t('noContact')}
          </Typography>
          {row.phone && (
            <Typography component="a" href={`tel:${row.phone}`} sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.phone}
            </Typography>
          )}
          <Chip size="small" color={row.state === 'confirmed' ? 'success' : row.state === 'cancelled' ? 'default' : 'warning'} label={t(`states.${row.state}`)} data-testid="confirmation-state" />
          {row.overdue && <Chip size="small" color="error" label={t('overdue')} />}
        </Box>
        <Typography variant="body2">
          {[t('receptionNumber', { number: row.receptionNumber }), t(`kinds.${row.kind}`), row.window, row.district, t('applicants', { count: row.applicants })].filter(Boolean).join('・')}
        </Typography>
        {row.calls.length > 0 && (
          <Box>
            <Typography variant="caption" color="text.secondary" component="p">
              {t('calls')}
            </Typography>
            <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
              {row.calls.map((c, i) => (
                <Typography component="li" variant="body2" key={`${c.calledAt}-${i}`}>
                  {t('calledBy', { outcome: t(`outcomes.${c.outcome}`), name: c.calledByName ?? '—', at: formatDateTime(c.calledAt) })}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        {row.state === 'reschedule' && (
          <Button component={Link} to={`/bookings/${row.bookingId}/show`} size="small" variant="outlined" sx={{ justifySelf: 'start' }}>
            {t('reschedule')}
          </Button>
        )}
        {open && !cancelling && (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} role="group" aria-label={translate('app.confirmationCalls.calls')}>
            {OUTCOMES.map((outcome) => (
              <Button
                key={outcome}
                size="small"
                variant={outcome === 'reached' ? 'contained' : 'outlined'}
                color={outcome === 'cancelled' ? 'error' : 'primary'}
                disabled={record.isPending}
                onClick={() => (outcome === 'cancelled' ? setCancelling(true) : record.mutate({ outcome }))}
              >
                {t(`outcomes.${outcome}`)}
              </Button>
            ))}
          </Box>
        )}
        {open && cancelling && (
          <Box
            component="form"
            noValidate
            sx={{ display: 'grid', gap: 1 }}
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim() === '') return setReasonError(t('reasonNeeded'));
              record.mutate({ outcome: 'cancelled', reason });
            }}
          >
            <TextField
              id={`confirmation-reason-${row.bookingId}`}
              size="small"
              autoFocus
              required
              label={t('reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(undefined);
              }}
              error={!!reasonError}
              helperText={reasonError}
            />
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button type="submit" size="small" variant="contained" color="error" disabled={record.isPending}>
                {t('confirmCancel')}
              </Button>
              <Button size="small" onClick={() => setCancelling(false)}>
                {t('back')}
              </Button>
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
