import type { CallWeek } from '../calls/weekly-calls.js';
import type { DateKey } from '../common/dates.js';
import { type EraStyle, formatFiscalYear, formatJapaneseDate } from '../common/wareki.js';
import type { ReportingRates } from '../daily-reports/timeliness.js';
import { callsTotal, defectFigures, heldSessionsIn, inquiryFigures, type ReportDefect, type ReportInquiry, type ReportProgress, type ReportSession } from './figures.js';
import { applicationsTotal } from '../sessions/application-type.js';
import { consultationsTotal } from '../sessions/session-figures.js';
import { TARGET_STATUS_LABELS_JA } from './labels.js';
import { reportPeriodLine } from './report-params.js';
import { type CellValue, SheetBuilder, uniqueSheetNames, type WorkbookSpec } from './sheet.js';

/** 事業別集計: one row per program of a city (or of a vendor) with its key figures as of today. */

export interface CitySummaryProgram {
  municipalityName: string;
  title: string;
  fiscalYear: number;
  periodStart: DateKey;
  periodEnd: DateKey;
  eraStyle: EraStyle;
  vendorNames: readonly string[];
  sessions: readonly ReportSession[];
  /** weeklyCallSeries over the period up to today. */
  weeks: readonly CallWeek[];
  defects: readonly ReportDefect[];
  inquiries: readonly ReportInquiry[];
  progress: ReportProgress;
  /** reportingRates over the period up to today. */
  rates: ReportingRates;
}

export interface CitySummaryInput {
  /** Whose programs: the city (小樽市) or the vendor organization. */
  scopeName: string;
  createdOn: DateKey;
  programs: readonly CitySummaryProgram[];
}

export const CITY_SUMMARY_SHEETS = ['事業別集計'] as const;

/** 西暦 only when every program asks for it; the city's default is 和暦. */
export function summaryEraStyle(programs: ReadonlyArray<{ eraStyle: EraStyle }>): EraStyle {
  return programs.length > 0 && programs.every((p) => p.eraStyle === 'seireki') ? 'seireki' : 'wareki';
}

export interface ProgramKeyFigures {
  from: DateKey;
  to: DateKey;
  sessions: number;
  applications: number;
  consultations: number;
  calls: number;
  openDefects: number;
  complaints: number;
  reportingRate: number | null;
  onTimeRate: number | null;
  targets: string;
}

/** The key figures of one program from its start to `asOf` (or its end). Nothing yet before it starts. */
export function programKeyFigures(p: CitySummaryProgram, asOf: DateKey): ProgramKeyFigures {
  const from = p.periodStart;
  const to = asOf < p.periodEnd ? asOf : p.periodEnd;
  const held = to >= from ? heldSessionsIn(p.sessions, from, to) : [];
  return {
    from,
    to,
    sessions: held.length,
    applications: held.reduce((sum, s) => sum + applicationsTotal(s), 0),
    consultations: consultationsTotal(held),
    calls: callsTotal(p.weeks, from, to),
    openDefects: defectFigures(p.defects, from, to).openAtEnd,
    complaints: to >= from ? (inquiryFigures(p.inquiries, from, to).find((q) => q.category === 'complaint')?.count ?? 0) : 0,
    reportingRate: p.rates.totals.reportingRate,
    onTimeRate: p.rates.totals.onTimeRate,
    targets: p.progress.groups.map((g) => `${g.name}：${TARGET_STATUS_LABELS_JA[g.status]}`).join(' / '),
  };
}

export function shapeCitySummary(input: CitySummaryInput): WorkbookSpec {
  const style = summaryEraStyle(input.programs);
  const [name] = uniqueSheetNames(CITY_SUMMARY_SHEETS);
  const sheet = new SheetBuilder(name, {
    title: input.scopeName ? `事業別集計（${input.scopeName}）` : '事業別集計',
    meta: [
      ['対象', input.scopeName || '（事業なし）'],
      ['集計日', `${formatJapaneseDate(input.createdOn, style)}時点（各事業の開始日からの累計）`],
      ['作成日', formatJapaneseDate(input.createdOn, style)],
    ],
  });
  const rows: CellValue[][] = input.programs.map((p) => {
    const f = programKeyFigures(p, input.createdOn);
    return [
      p.municipalityName,
      p.title,
      formatFiscalYear(p.fiscalYear, style),
      reportPeriodLine(p.periodStart, p.periodEnd, style),
      p.vendorNames.join('、'),
      f.sessions,
      f.applications,
      f.consultations,
      f.calls,
      f.openDefects,
      f.complaints,
      f.reportingRate,
      f.onTimeRate,
      f.targets,
    ];
  });
  const int = (header: string) => ({ header, kind: 'int' as const, total: 'sum' as const });
  sheet.table({
    freeze: true,
    columns: [
      { header: '自治体', width: 12 },
      { header: '事業名', width: 40 },
      { header: '年度', width: 10 },
      { header: '契約期間', width: 34 },
      { header: '受託者', width: 24 },
      int('実施回数'),
      int('申請件数'),
      int('相談件数'),
      int('受電件数'),
      int('未解決の不備'),
      int('苦情'),
      { header: '日次報告 提出率', kind: 'percent' },
      { header: '日次報告 期限内提出率', kind: 'percent' },
      { header: '目標の状況', width: 40 },
    ],
    rows,
  });
  if (input.programs.length === 0) sheet.note('対象の事業はありません。');
  return { sheets: [sheet.build()] };
}
