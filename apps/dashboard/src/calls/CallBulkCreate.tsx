import { Alert, Box, Card, CardContent, TextField as MuiTextField, Typography } from '@mui/material';
import { CALL_CATEGORIES, type CallCategory } from '@outreach/domain/calls';
import { addDays } from '@outreach/domain/common';
import { resolvePeriods } from '@outreach/domain/programs';
import { useState } from 'react';
import {
  Form,
  FormDataConsumer,
  ListButton,
  NumberInput,
  SaveButton,
  Title,
  TopToolbar,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';
import { fieldErrorsOf } from '../providers/http';
import { useAppDataProvider } from '../providers/dataProvider';
import type { CallView } from '@outreach/domain/calls';
import { type BulkFormValues, bulkBody, bulkFieldErrors, bulkTotal, validateBulk } from './callForm';
import { formatMonthDay } from '../common/dates';
import { serverToday } from '../common/serverClock';

/** 紙の集計を入力: one day's calls from a paper sheet, a count per category (replacing that day's earlier paper counts). */
export function CallBulkCreate() {
  return (
    <Box sx={{ mt: 1, maxWidth: 720 }}>
      <Title title="app.calls.bulk.title" />
      <TopToolbar>
        <ListButton resource="calls" />
      </TopToolbar>
      <RequireProgram inline>{(program) => <BulkDayCard key={program.id} program={program} />}</RequireProgram>
    </Box>
  );
}

/** The latest day of the call-center period up to today (paper days are in the past), in Japan time. */
function defaultDate(program: ProgramSummary): string {
  const yesterday = addDays(serverToday(), -1);
  const open = resolvePeriods(program).callCenter;
  if (yesterday < open.start) return open.start;
  return yesterday > open.end ? open.end : yesterday;
}

function BulkDayCard({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useAppDataProvider();
  const [date, setDate] = useState(() => defaultDate(program));
  const callCenter = resolvePeriods(program).callCenter;
  const [dateError, setDateError] = useState<string>();

  // What the day already has: paper counts are shown to be corrected, single calls mean paper is refused.
  const { data: rows, isPending } = useGetList<CallView>(
    'calls',
    { filter: { programId: program.id, from: date, to: date }, pagination: { page: 1, perPage: 500 }, sort: { field: 'receivedAt', order: 'ASC' } },
    { enabled: date !== '' },
  );
  const singles = (rows ?? []).filter((c) => c.kind === 'single').length;
  const paper: Partial<Record<CallCategory, number>> = {};
  for (const row of rows ?? []) if (row.kind === 'bulk') paper[row.category] = (paper[row.category] ?? 0) + row.count;
  const hasPaper = Object.keys(paper).length > 0;

  // The date is outside the form (changing it reloads the day): its errors go next to the date input.
  const validateCounts = (values: BulkFormValues) => {
    const { date: _date, ...errors } = validateBulk({ ...values, date });
    return errors;
  };

  const submit = async (values: BulkFormValues) => {
    const body = { programId: program.id, ...bulkBody({ ...values, date }) };
    try {
      const saved = await dataProvider.bulkCalls(body);
      notify('app.calls.bulk.saved', { type: 'success', messageArgs: { date: formatMonthDay(date), count: saved.reduce((n, c) => n + c.count, 0) } });
      redirect('list', 'calls');
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      const errors = fieldErrorsOf(error);
      if (errors?.date) setDateError(errors.date);
      return errors ? bulkFieldErrors(errors) : undefined;
    }
  };

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('app.calls.bulk.intro')}
        </Typography>
        <MuiTextField
          type="date"
          label={translate('app.calls.bulk.date')}
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            setDateError(undefined);
          }}
          error={dateError !== undefined}
          helperText={dateError ?? (date ? formatMonthDay(date) : translate('app.calls.bulk.dateRequired'))}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: callCenter.start, max: callCenter.end } }}
          sx={{ maxWidth: 240 }}
          required
        />
        {singles > 0 && <Alert severity="warning">{translate('app.calls.bulk.hasSingles', { count: singles })}</Alert>}
        {hasPaper && <Alert severity="info">{translate('app.calls.bulk.replaces')}</Alert>}
        {date !== '' && !isPending && (
          <Form key={`${date}:${JSON.stringify(paper)}`} onSubmit={submit} validate={validateCounts} defaultValues={{ counts: paper }}>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: 2 }}>
              {CALL_CATEGORIES.map((category) => (
                <NumberInput key={category} source={`counts.${category}`} label={`app.calls.categories.${category}`} min={0} max={9999} step={1} helperText={false} />
              ))}
            </Box>
            <FormDataConsumer<BulkFormValues>>
              {({ formData }) => (
                <Typography sx={{ my: 1 }} aria-live="polite">
                  {translate('app.calls.bulk.total', { count: bulkTotal(formData) })}
                </Typography>
              )}
            </FormDataConsumer>
            <SaveButton label="app.calls.bulk.save" alwaysEnable />
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
