import { isAllowed } from '../providers/access';
import {
  buildParams,
  coveredWeeks,
  defaultCallWeeks,
  defaultDailyDate,
  defaultForm,
  defaultMonth,
  describeParams,
  filenameFromDisposition,
  isReportKind,
  monthWithinProgram,
  programMonths,
  programReportKinds,
  type ReportForm,
} from './reports';

// Otaru: 2026-06-01 (Monday) to 2026-12-24, weeks from Monday.
const otaru = { periodStart: '2026-06-01', periodEnd: '2026-12-24', weekStartsOn: 1 };
const form = (values: Partial<ReportForm>): ReportForm => ({ date: '', from: '', to: '', month: '', ...values });
const asOf = (date: string) => `${date}時点`;

describe('report periods by default', () => {
  it('proposes the latest day with a daily report, else yesterday within the program', () => {
    expect(defaultDailyDate('2026-11-19', '2026-11-22', otaru)).toBe('2026-11-19');
    expect(defaultDailyDate(undefined, '2026-11-22', otaru)).toBe('2026-11-21');
    expect(defaultDailyDate(undefined, '2026-05-10', otaru)).toBe('2026-06-01'); // before the program
    expect(defaultDailyDate(undefined, '2027-02-01', otaru)).toBe('2026-12-24'); // after it
  });

  it('proposes last week, whole, within the program’s weeks', () => {
    expect(defaultCallWeeks('2026-11-22', otaru)).toEqual({ from: '2026-11-09', to: '2026-11-15' }); // a Sunday
    expect(defaultCallWeeks('2026-11-23', otaru)).toEqual({ from: '2026-11-16', to: '2026-11-22' }); // a Monday
    expect(defaultCallWeeks('2026-06-03', otaru)).toEqual({ from: '2026-06-01', to: '2026-06-07' }); // first week
    expect(defaultCallWeeks('2027-03-01', otaru)).toEqual({ from: '2026-12-21', to: '2026-12-27' }); // last week
    expect(defaultCallWeeks('2026-11-22', { ...otaru, weekStartsOn: 0 })).toEqual({ from: '2026-11-15', to: '2026-11-21' }); // weeks from Sunday
  });

  it('tells which whole weeks the pickers cover', () => {
    expect(coveredWeeks('2026-11-11', '2026-11-20', 1)).toEqual({ from: '2026-11-09', to: '2026-11-22' });
    expect(coveredWeeks('2026-11-11', '', 1)).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(coveredWeeks('2026-11-11', '2026-11-01', 1)).toEqual({ from: '2026-11-09', to: '2026-11-15' }); // to before from: the first week
  });

  it('lists the program’s months and proposes last month within them', () => {
    expect(programMonths(otaru)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(programMonths({ ...otaru, periodStart: '2026-11-15', periodEnd: '2027-02-10' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(defaultMonth('2026-11-22', otaru)).toBe('2026-10');
    expect(defaultMonth('2027-01-05', otaru)).toBe('2026-12'); // December, across the year
    expect(defaultMonth('2026-06-10', otaru)).toBe('2026-06'); // May is before the program
    expect(defaultMonth('2027-05-01', otaru)).toBe('2026-12');
  });

  it('cuts a month to the program period', () => {
    expect(monthWithinProgram('2026-12', otaru)).toEqual({ from: '2026-12-01', to: '2026-12-24' });
    expect(monthWithinProgram('2026-09', otaru)).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(monthWithinProgram('2026-06', { ...otaru, periodStart: '2026-06-15' })).toEqual({ from: '2026-06-15', to: '2026-06-30' });
  });

  it('gathers the defaults of every picker', () => {
    expect(defaultForm('2026-11-22', otaru, '2026-11-20')).toEqual({ date: '2026-11-20', from: '2026-11-09', to: '2026-11-15', month: '2026-10' });
  });
});

describe('report parameters', () => {
  it('sends the day of a daily report', () => {
    expect(buildParams('daily', form({ date: '2026-09-15' }))).toEqual({ params: { date: '2026-09-15' } });
    expect(buildParams('daily', form({ date: '' }))).toEqual({ errors: { date: 'app.reports.errors.date' } });
    expect(buildParams('daily', form({ date: '2026-02-30' }))).toEqual({ errors: { date: 'app.reports.errors.date' } });
  });

  it('sends the weeks of a call report, the last one optional and not before the first', () => {
    expect(buildParams('weekly-calls', form({ from: '2026-11-09', to: '2026-11-15' }))).toEqual({ params: { from: '2026-11-09', to: '2026-11-15' } });
    expect(buildParams('weekly-calls', form({ from: '2026-11-09' }))).toEqual({ params: { from: '2026-11-09' } });
    expect(buildParams('weekly-calls', form({ to: '2026-11-15' }))).toEqual({ errors: { from: 'app.reports.errors.from' } });
    expect(buildParams('weekly-calls', form({ from: '2026-11-09', to: '2026-11-01' }))).toEqual({ errors: { to: 'app.reports.errors.to' } });
  });

  it('sends the month of a monthly report', () => {
    expect(buildParams('monthly', form({ month: '2026-09' }))).toEqual({ params: { month: '2026-09' } });
    expect(buildParams('monthly', form({ month: '2026-13' }))).toEqual({ errors: { month: 'app.reports.errors.month' } });
  });

  it('sends nothing for the completion report and the reception list, whatever the pickers hold', () => {
    expect(buildParams('completion', form({ month: 'x' }))).toEqual({ params: {} });
    expect(buildParams('reception-list', form({}))).toEqual({ params: {} });
  });
});

describe('the downloads table', () => {
  it('writes the parameters the way the reports write dates', () => {
    expect(describeParams({ month: '2026-10', jobId: 'x' }, asOf)).toBe('令和8年10月');
    expect(describeParams({ date: '2026-09-15' }, asOf)).toBe('令和8年9月15日');
    expect(describeParams({ from: '2026-11-09', to: '2026-11-15' }, asOf)).toBe('令和8年11月9日～令和8年11月15日');
    expect(describeParams({ from: '2026-11-09' }, asOf)).toBe('令和8年11月9日');
    expect(describeParams({ asOf: '2026-11-22' }, asOf)).toBe('令和8年11月22日時点');
    expect(describeParams({ jobId: 'x' }, asOf)).toBe('');
    expect(describeParams({ month: 42 }, asOf)).toBe('');
    expect(describeParams({ format: 'csv', programs: 3 }, asOf)).toBe('CSV');
    expect(describeParams({ format: 'xlsx' }, asOf)).toBe('Excel');
  });

  it('offers the 受付一覧表 only for a program whose call center books visits', () => {
    expect(programReportKinds({ takesBookings: true })).toContain('reception-list');
    expect(programReportKinds({})).toContain('reception-list');
    expect(programReportKinds({ takesBookings: false })).toEqual(['daily', 'weekly-calls', 'monthly', 'completion', 'facilities', 'personal-data-deletions']);
  });

  it('knows the report kinds', () => {
    expect(isReportKind('monthly')).toBe(true);
    expect(isReportKind('city-summary')).toBe(true);
    expect(isReportKind('full-data')).toBe(true);
    expect(isReportKind('handling-records')).toBe(false);
    expect(isReportKind(null)).toBe(false);
  });
});

describe(filenameFromDisposition.name, () => {
  it('prefers the Japanese RFC 5987 name and falls back to the plain one', () => {
    const name = '小樽市_事業別集計_2026年11月22日.xlsx';
    expect(filenameFromDisposition(`attachment; filename="____2026_11_22_.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
    expect(filenameFromDisposition('attachment; filename="report.xlsx"')).toBe('report.xlsx');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=plain.xlsx")).toBe('plain.xlsx');
    expect(filenameFromDisposition('attachment')).toBeUndefined();
    expect(filenameFromDisposition(null)).toBeUndefined();
  });
});

describe('access to the 帳票 page', () => {
  it('is for those who may download the Excel reports', () => {
    expect(isAllowed(['program.read', 'export.download'], 'reports', 'list')).toBe(true);
    expect(isAllowed(['program.read', 'call.log'], 'reports', 'list')).toBe(false); // vendor staff
  });
});
