import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { addDays, daysBetween, monthKey } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { formatPeriod, formatWareki } from '../common/wareki.js';

/**
 * The named periods of a contract (003 §3: the contract runs to 2027-01-08, the call center 06-01 – 12-24, the
 * visits 06-17 – 12-24, the completion report is due 2027-01-08). Every rule asks for the period it is about:
 * visit days, bookings and sessions the visit period, calls the call-center period, reports the reporting dates.
 * The contract period stays the program's periodStart/periodEnd (reports and the dashboard range over it).
 */

export interface DateRange {
  start: DateKey;
  end: DateKey;
}

export const dateRangeSchema = z
  .object({ start: dateKeySchema, end: dateKeySchema })
  .refine((r) => r.end >= r.start, { path: ['end'], message: '終了日は開始日以降にしてください' });

/** The periods a program names besides its contract; an absent range is the contract period itself. */
export const programPeriodsSchema = z.object({
  /** コールセンター開設期間: calls are logged inside it. */
  callCenter: dateRangeSchema.optional(),
  /** 実施期間: visit days, bookings and sessions fall inside it. */
  visits: dateRangeSchema.optional(),
  /** 月次報告: due on this day of the following month (past the month's end: its last day); null = no monthly report. */
  monthlyReportDay: z
    .int({ message: '整数で入力してください' })
    .min(1, { message: '1以上で入力してください' })
    .max(31, { message: '31以下で入力してください' })
    .nullable()
    .default(10),
});
export type ProgramPeriodsInput = z.input<typeof programPeriodsSchema>;

/** The periods with every range filled in, as stored and as the API shows them. */
export interface ProgramPeriods {
  callCenter: DateRange;
  visits: DateRange;
  monthlyReportDay: number | null;
}

/** What a program holds that the named periods are made of. */
export interface PeriodSource {
  periodStart: DateKey;
  periodEnd: DateKey;
  periods?: Partial<ProgramPeriods> | null;
}

export const PERIOD_NAMES_JA = {
  contract: '契約期間',
  callCenter: 'コールセンター開設期間',
  visits: '実施期間',
} as const;
export type PeriodName = keyof typeof PERIOD_NAMES_JA;

/** The periods with absent ranges taken from the contract (a program saved before the periods existed). */
export function resolvePeriods(p: PeriodSource): ProgramPeriods {
  const contract = contractPeriod(p);
  return {
    callCenter: p.periods?.callCenter ?? contract,
    visits: p.periods?.visits ?? contract,
    monthlyReportDay: p.periods?.monthlyReportDay === undefined ? 10 : p.periods.monthlyReportDay,
  };
}

export function contractPeriod(p: Pick<PeriodSource, 'periodStart' | 'periodEnd'>): DateRange {
  return { start: p.periodStart, end: p.periodEnd };
}

/** One named period of a program. */
export function namedPeriod(p: PeriodSource, name: PeriodName): DateRange {
  return name === 'contract' ? contractPeriod(p) : resolvePeriods(p)[name];
}

export function inRange(date: DateKey, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** 実施期間（令和8年6月17日～令和8年12月24日） */
export function periodText(name: PeriodName, range: DateRange): string {
  return `${PERIOD_NAMES_JA[name]}（${formatPeriod(range.start, range.end)}）`;
}

/**
 * Why a date may not be used for what the period governs, in Japanese with 和暦 dates, or undefined when it is
 * inside: 「令和8年6月10日は実施期間（令和8年6月17日～令和8年12月24日）の外です」.
 */
export function outsidePeriod(date: DateKey, name: PeriodName, range: DateRange): string | undefined {
  return inRange(date, range) ? undefined : `${formatWareki(date)}は${periodText(name, range)}の外です`;
}

/**
 * Cross-field rules of the periods against the contract and the completion date, as { path: message } with the
 * path under the program body (periods.visits.start, reportDeadline …).
 */
export function periodProblems(p: PeriodSource & { reportDeadline: DateKey }): Array<{ path: string[]; message: string }> {
  const contract = contractPeriod(p);
  if (contract.end < contract.start) return [];
  const out: Array<{ path: string[]; message: string }> = [];
  const inside = `${periodText('contract', contract)}の中にしてください`;
  for (const name of ['callCenter', 'visits'] as const) {
    const range = p.periods?.[name];
    if (!range || range.end < range.start) continue;
    if (range.start < contract.start) out.push({ path: ['periods', name, 'start'], message: `${PERIOD_NAMES_JA[name]}の開始日は${inside}` });
    if (range.end > contract.end) out.push({ path: ['periods', name, 'end'], message: `${PERIOD_NAMES_JA[name]}の終了日は${inside}` });
  }
  const visits = resolvePeriods(p).visits;
  if (p.reportDeadline > contract.end) {
    out.push({ path: ['reportDeadline'], message: `完了報告の期限は契約期間の終了日（${formatWareki(contract.end)}）以前にしてください` });
  } else if (visits.end <= contract.end && p.reportDeadline < visits.end) {
    out.push({ path: ['reportDeadline'], message: `完了報告の期限は実施期間の終了日（${formatWareki(visits.end)}）以降にしてください` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Reporting deadlines

/** The last day of a month 'YYYY-MM'. */
function lastDayOfMonth(month: string): DateKey {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The monthly report of `month` ('YYYY-MM') is due on `day` of the following month, or that month's last day. */
export function monthlyReportDueDate(month: string, day: number): DateKey {
  const following = nextMonth(month);
  const last = lastDayOfMonth(following);
  const wanted = `${following}-${String(day).padStart(2, '0')}`;
  // Zero-padded keys compare as text: '2027-02-30' > '2027-02-28'.
  return wanted > last ? last : wanted;
}

export interface ReportingDeadline {
  kind: 'monthly' | 'completion';
  /** 'YYYY-MM' of a monthly report; null for the completion report. */
  month: string | null;
  due: DateKey;
}

/**
 * Every report deadline of the program: one monthly report per month of the visit period (when the program has
 * monthly reports), and the completion report. Sorted by due date.
 */
export function reportingDeadlines(p: PeriodSource & { reportDeadline: DateKey }): ReportingDeadline[] {
  const { visits, monthlyReportDay } = resolvePeriods(p);
  const out: ReportingDeadline[] = [];
  if (monthlyReportDay !== null && visits.end >= visits.start) {
    for (let m = monthKey(visits.start); m <= monthKey(visits.end); m = nextMonth(m)) {
      out.push({ kind: 'monthly', month: m, due: monthlyReportDueDate(m, monthlyReportDay) });
    }
  }
  out.push({ kind: 'completion', month: null, due: p.reportDeadline });
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------
// The timeline of the settings screen: bars and markers placed as fractions of the whole span.

export interface TimelineBar {
  name: PeriodName;
  start: DateKey;
  end: DateKey;
  /** Left edge and width as fractions (0–1) of the timeline. */
  left: number;
  width: number;
}

export interface TimelineMarker {
  kind: 'completion' | 'monthly' | 'today';
  date: DateKey;
  /** The month a monthly report is for ('YYYY-MM'). */
  month?: string;
  at: number;
}

export interface PeriodTimeline {
  start: DateKey;
  end: DateKey;
  bars: TimelineBar[];
  markers: TimelineMarker[];
  /** The first day of every month inside the span, for ticks. */
  months: Array<{ month: string; at: number }>;
}

/** The contract, call-center and visit periods on one axis, with the report deadlines and today as markers. */
export function periodTimeline(p: PeriodSource & { reportDeadline: DateKey }, today?: DateKey): PeriodTimeline {
  const periods = resolvePeriods(p);
  const ranges: Array<[PeriodName, DateRange]> = [
    ['contract', contractPeriod(p)],
    ['callCenter', periods.callCenter],
    ['visits', periods.visits],
  ];
  const deadlines = reportingDeadlines(p);
  const dates = [...ranges.flatMap(([, r]) => [r.start, r.end]), ...deadlines.map((d) => d.due)].sort();
  const start = dates[0];
  const end = dates[dates.length - 1];
  // Day d covers [d, d+1): a one-day span still has a width.
  const span = daysBetween(start, end) + 1;
  const at = (date: DateKey) => daysBetween(start, date) / span;
  const bars = ranges.map(([name, r]) => ({ name, start: r.start, end: r.end, left: at(r.start), width: (daysBetween(r.start, r.end) + 1) / span }));
  const markers: TimelineMarker[] = deadlines.map((d) => ({ kind: d.kind, date: d.due, ...(d.month ? { month: d.month } : {}), at: at(d.due) }));
  if (today && today >= start && today <= end) markers.push({ kind: 'today', date: today, at: at(today) });
  const months: PeriodTimeline['months'] = [];
  for (let m = monthKey(start); `${m}-01` <= end; m = nextMonth(m)) {
    if (`${m}-01` >= start) months.push({ month: m, at: at(`${m}-01`) });
  }
  return { start, end, bars, markers, months };
}
