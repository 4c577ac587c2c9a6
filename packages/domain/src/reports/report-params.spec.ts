import {
  callReportWeeks,
  formatJapaneseMonth,
  monthlyReportParamsSchema,
  monthRange,
  REPORT_PARAMS_SCHEMAS,
  reportFilename,
  reportJobBodySchema,
  reportPeriodLine,
  safeFilenamePart,
  weeklyCallsReportParamsSchema,
} from './report-params.js';

describe('report parameters', () => {
  it('accept real dates and months only, naming the field', () => {
    expect(REPORT_PARAMS_SCHEMAS.daily.safeParse({ date: '2026-06-17' }).success).toBe(true);
    const bad = REPORT_PARAMS_SCHEMAS.daily.safeParse({ date: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(['date']);
    expect(REPORT_PARAMS_SCHEMAS.daily.safeParse({}).success).toBe(false);
    expect(monthlyReportParamsSchema.safeParse({ month: '2026-10' }).success).toBe(true);
    for (const month of ['2026-13', '2026-1', '202610', 'oct']) expect(monthlyReportParamsSchema.safeParse({ month }).success).toBe(false);
  });

  it('want the end of a call range on or after its start', () => {
    expect(weeklyCallsReportParamsSchema.safeParse({ from: '2026-10-05' }).success).toBe(true);
    const reversed = weeklyCallsReportParamsSchema.safeParse({ from: '2026-10-14', to: '2026-10-01' });
    expect(reversed.error!.issues.map((i) => i.path)).toEqual([['to']]);
  });

  it('take a job for the program reports only', () => {
    expect(reportJobBodySchema.parse({ kind: 'completion' })).toEqual({ kind: 'completion', params: {} });
    expect(reportJobBodySchema.safeParse({ kind: 'city-summary', params: {} }).success).toBe(false);
  });
});

describe(callReportWeeks.name, () => {
  it('widens a range to whole weeks, one week by default', () => {
    expect(callReportWeeks('2026-10-07', '2026-10-14', 1)).toEqual({ from: '2026-10-05', to: '2026-10-18' });
    expect(callReportWeeks('2026-10-07', undefined, 1)).toEqual({ from: '2026-10-05', to: '2026-10-11' });
    expect(callReportWeeks('2026-10-07', undefined, 0)).toEqual({ from: '2026-10-04', to: '2026-10-10' });
  });
});

describe(monthRange.name, () => {
  it('gives the first and last day, across the year end and in leap years', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('period strings', () => {
  it('writes months and periods in 和暦 by default, 西暦 on request, 元年 for the first year', () => {
    expect(formatJapaneseMonth('2026-10')).toBe('令和8年10月');
    expect(formatJapaneseMonth('2026-10', 'seireki')).toBe('2026年10月');
    expect(formatJapaneseMonth('2019-05')).toBe('令和元年5月');
    expect(formatJapaneseMonth('2019-04')).toBe('平成31年4月');
    expect(reportPeriodLine('2026-06-01', '2026-12-24')).toBe('令和8年6月1日～令和8年12月24日');
    expect(reportPeriodLine('2026-06-17', '2026-06-17', 'seireki')).toBe('2026年6月17日');
  });
});

describe(reportFilename.name, () => {
  it('names the file by city, report and period in 西暦 (files sort by name)', () => {
    expect(reportFilename('小樽市', 'monthly', { month: '2026-10' })).toBe('小樽市_月次報告書_2026年10月.xlsx');
    expect(reportFilename('小樽市', 'daily', { date: '2026-06-17' })).toBe('小樽市_日次報告書_2026年6月17日.xlsx');
    expect(reportFilename('小樽市', 'weekly-calls', { from: '2026-10-05', to: '2026-10-18' })).toBe('小樽市_受電件数報告_2026年10月5日-2026年10月18日.xlsx');
    expect(reportFilename('下関市', 'completion', { fiscalYear: 2026 })).toBe('下関市_委託業務完了報告書_令和8年度.xlsx');
    expect(reportFilename('下関市', 'completion', { fiscalYear: 2026, eraStyle: 'seireki' })).toBe('下関市_委託業務完了報告書_2026年度.xlsx');
    expect(reportFilename('', 'city-summary', { date: '2026-11-20' })).toBe('事業別集計_2026年11月20日.xlsx');
  });

  it('leaves out what file systems refuse', () => {
    expect(safeFilenamePart('A/B:C*D?"E<F>G|H\\I')).toBe('ABCDEFGHI');
    expect(safeFilenamePart('  ')).toBe('_');
  });
});
