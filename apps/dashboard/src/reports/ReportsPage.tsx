import { Alert, Box, MenuItem, TextField, Typography } from '@mui/material';
import { type DateKey, isDateKey } from '@outreach/domain/common';
import { type FullDataFormat, type ProgramReportKind } from '@outreach/domain/reports';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { AccessDenied, CanAccess, Loading, Title, useGetList, useTranslate } from 'react-admin';
import type { DailyReportView } from '@outreach/domain/daily-reports';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { useMe } from '../providers/me';
import { useAppDataProvider } from '../providers/dataProvider';
import { CITY_SUMMARY_URL } from './download';
import { RecentDownloads } from './RecentDownloads';
import { ReportCard } from './ReportCard';
import { buildParams, coveredWeeks, defaultForm, monthWithinProgram, programMonths, programReportKinds, REPORT_FIELDS, type ReportForm, type ReportFormField } from './reports';
import { useReportDownload } from './useReportDownload';
import { formatMonthDay, formatOfficialDate, formatOfficialMonth } from '../common/dates';
import { serverToday } from '../common/serverClock';

/** After a download the record is written when the browser fetches the file: the table is asked again a little later. */
const REFRESH_AFTER_MS = [1_000, 3_000];

/**
 * 帳票: one card per report of the current program with its period pickers and ダウンロード button, the city-wide
 * 事業別集計 for city users, and the last downloads. For those with export.download only (the API refuses others).
 */
export function ReportsPage() {
  return (
    <CanAccess resource="reports" action="list" loading={<Loading />} accessDenied={<AccessDenied />}>
      <Reports />
    </CanAccess>
  );
}

function Reports() {
  const translate = useTranslate();
  const { me } = useMe();
  const { program, programs, isPending } = useCurrentProgram();
  const [refreshKey, setRefreshKey] = useState(0);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((t) => window.clearTimeout(t)), []);
  const onSaved = useCallback(() => {
    for (const ms of REFRESH_AFTER_MS) timers.current.push(window.setTimeout(() => setRefreshKey((k) => k + 1), ms));
  }, []);

  if (isPending) return <Loading />;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('app.reports.title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
          {translate('app.reports.hint')}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(3, minmax(0, 1fr))' } }}>
        {program ? <ProgramReports key={program.id} program={program} onSaved={onSaved} /> : <Alert severity="info">{translate(programs.length > 0 ? 'app.common.chooseProgramFirst' : 'app.common.noProgram')}</Alert>}
        {me?.organization.kind === 'city' && <CitySummaryCard onSaved={onSaved} />}
        <FullDataCard program={program} all={me?.organization.kind === 'city' ? 'city' : 'vendor'} onSaved={onSaved} />
      </Box>
      <RecentDownloads refreshKey={refreshKey} programs={programs} />
    </Box>
  );
}

function ProgramReports({ program, onSaved }: { program: ProgramSummary; onSaved: () => void }) {
  const today = serverToday();
  // The latest daily report up to today: the 日次報告書 proposes its day.
  const { data: latest, isPending } = useGetList<Pick<DailyReportView, 'id' | 'date'>>('daily-reports', {
    filter: { programId: program.id, to: today },
    sort: { field: 'date', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const latestDate = latest?.[0]?.date;
  const defaults = defaultForm(today, program, latestDate);
  return (
    <>
      {programReportKinds(program).map((kind) => (
        <ProgramReportCard key={kind} kind={kind} program={program} defaults={defaults} latestDate={isPending ? null : latestDate} onSaved={onSaved} />
      ))}
    </>
  );
}

interface ProgramReportCardProps {
  kind: ProgramReportKind;
  program: ProgramSummary;
  defaults: ReportForm;
  /** null while it is being looked up. */
  latestDate: DateKey | undefined | null;
  onSaved: () => void;
}

function ProgramReportCard({ kind, program, defaults, latestDate, onSaved }: ProgramReportCardProps) {
  const translate = useTranslate();
  const [values, setValues] = useState<Partial<ReportForm>>({});
  const [checkErrors, setCheckErrors] = useState<Partial<Record<ReportFormField, string>>>({});
  const dataProvider = useAppDataProvider();
  const { state, runJob, setState } = useReportDownload(onSaved);
  const waiting = kind === 'daily' && latestDate === null;
  const form: ReportForm = { ...defaults, ...(waiting ? { date: '' } : {}), ...values };
  const fields = REPORT_FIELDS[kind];

  // A picker's message: this page's check first, then the API's 400 naming the field.
  const serverErrors = state.phase === 'failed' ? state.fieldErrors : {};
  const errorOf = (field: ReportFormField): string | undefined => {
    const message = checkErrors[field] ?? serverErrors[field];
    return message ? translate(message, { _: message }) : undefined;
  };
  const fieldErrorShown = fields.some((f) => errorOf(f) !== undefined);

  const change = (field: ReportFormField) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setCheckErrors({});
    if (state.phase === 'failed') setState({ phase: 'idle' });
  };

  const download = () => {
    const built = buildParams(kind, form);
    if (built.errors) {
      setCheckErrors(built.errors);
      return;
    }
    setCheckErrors({});
    void runJob((key) => dataProvider.startReportJob(program.id, kind, built.params, key), JSON.stringify([kind, built.params]));
  };

  const dateInput = (field: 'date' | 'from' | 'to', helper?: string) => (
    <TextField
      key={field}
      type="date"
      size="small"
      label={translate(`app.reports.fields.${field}`)}
      value={form[field]}
      onChange={change(field)}
      error={errorOf(field) !== undefined}
      helperText={errorOf(field) ?? helper}
      disabled={waiting}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: program.periodStart, max: program.periodEnd } }}
      sx={{ width: 190 }}
    />
  );

  let pickers: ReactNode = null;
  let help: ReactNode = null;
  switch (kind) {
    case 'daily':
      pickers = dateInput('date', latestDate ? translate('app.reports.help.latestDaily', { date: formatMonthDay(latestDate) }) : latestDate === undefined ? translate('app.reports.help.noDaily') : ' ');
      help = isDateKey(form.date) ? formatOfficialDate(form.date) : null;
      break;
    case 'weekly-calls': {
      pickers = [dateInput('from'), dateInput('to')];
      if (form.from) {
        const weeks = coveredWeeks(form.from, form.to, program.weekStartsOn);
        help = translate('app.reports.help.weeks', { from: formatMonthDay(weeks.from), to: formatMonthDay(weeks.to) });
      }
      break;
    }
    case 'monthly': {
      pickers = (
        <TextField
          select
          size="small"
          label={translate('app.reports.fields.month')}
          value={form.month}
          onChange={change('month')}
          error={errorOf('month') !== undefined}
          helperText={errorOf('month')}
          sx={{ width: 190 }}
        >
          {programMonths(program).map((m) => (
            <MenuItem key={m} value={m}>
              {formatOfficialMonth(m)}
            </MenuItem>
          ))}
        </TextField>
      );
      if (form.month) {
        const range = monthWithinProgram(form.month, program);
        help = translate('app.reports.help.month', { from: formatMonthDay(range.from), to: formatMonthDay(range.to) });
      }
      break;
    }
    case 'completion':
      help = translate('app.reports.help.completion', { from: formatOfficialDate(program.periodStart), to: formatOfficialDate(program.periodEnd) });
      break;
    case 'reception-list':
    case 'personal-data-deletions':
    case 'facilities':
      help = translate('app.reports.help.receptionList');
      break;
    case 'deletion-certificate':
      help = translate('app.reports.help.deletionCertificate', { to: formatOfficialDate(program.periodEnd) });
      break;
  }

  return (
    <ReportCard
      title={translate(`app.reports.kinds.${kind}`)}
      description={translate(`app.reports.descriptions.${kind}`)}
      help={help}
      state={state}
      fieldErrorShown={fieldErrorShown}
      disabled={waiting}
      onDownload={download}
    >
      {pickers}
    </ReportCard>
  );
}

/** 事業別集計: answered directly by the API (it has no job), fetched whole while the card shows it is being made. */
function CitySummaryCard({ onSaved }: { onSaved: () => void }) {
  const translate = useTranslate();
  const { state, runFile } = useReportDownload(onSaved);
  return (
    <ReportCard
      title={translate('app.reports.kinds.city-summary')}
      description={translate('app.reports.descriptions.city-summary')}
      help={translate('app.reports.help.citySummary')}
      state={state}
      fieldErrorShown={false}
      onDownload={() => void runFile(CITY_SUMMARY_URL)}
    />
  );
}

/**
 * 全件データ: every session, call, reservation, daily report and photo statistic (no personal data) of the current
 * program, or of every program one serves, as Excel or as CSV files in a zip — a report job with its progress.
 */
function FullDataCard({ program, all, onSaved }: { program: ProgramSummary | undefined; all: 'city' | 'vendor'; onSaved: () => void }) {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const { state, runJob } = useReportDownload(onSaved);
  // The current program unless another scope was chosen (none chosen yet: null).
  const [chosenScope, setScope] = useState<'program' | 'all' | null>(null);
  const scope = program ? (chosenScope ?? 'program') : 'all';
  const [format, setFormat] = useState<FullDataFormat>('xlsx');
  const chosen = program && scope === 'program' ? program.id : null;
  return (
    <ReportCard
      title={translate('app.reports.kinds.full-data')}
      description={translate('app.reports.descriptions.full-data')}
      help={translate('app.reports.help.fullData')}
      state={state}
      fieldErrorShown={false}
      onDownload={() => void runJob((key) => dataProvider.startFullDataJob(chosen, format, key), JSON.stringify(['full-data', chosen, format]))}
    >
      <TextField select size="small" label={translate('app.reports.fields.scope')} value={scope} onChange={(e) => setScope(e.target.value as 'program' | 'all')} sx={{ width: 240, maxWidth: '100%' }}>
        {program && <MenuItem value="program">{translate('app.reports.scopes.program')}</MenuItem>}
        <MenuItem value="all">{translate(`app.reports.scopes.${all}`)}</MenuItem>
      </TextField>
      <TextField select size="small" label={translate('app.reports.fields.format')} value={format} onChange={(e) => setFormat(e.target.value as FullDataFormat)} sx={{ width: 190, maxWidth: '100%' }}>
        {(['xlsx', 'csv'] as const).map((f) => (
          <MenuItem key={f} value={f}>
            {translate(`app.reports.formats.${f}`)}
          </MenuItem>
        ))}
      </TextField>
    </ReportCard>
  );
}
