import type { CallWeek } from '../calls/weekly-calls.js';
import type { DateKey } from '../common/dates.js';
import { type ReportContext, reportMeta } from './figures.js';
import { reportPeriodLine } from './report-params.js';
import { SheetBuilder, uniqueSheetNames, type WorkbookSpec } from './sheet.js';
import { callDaysTable, callOutcomesTable, callWeeksTable } from './tables.js';

/** 受電件数報告: calls per day × category, per week with the report status, and the outcome split. */

export interface WeeklyCallsReportInput {
  context: ReportContext;
  /** The whole weeks covered (callReportWeeks). */
  from: DateKey;
  to: DateKey;
  /** weeklyCallSeries over [from, to]. */
  weeks: readonly CallWeek[];
}

export const WEEKLY_CALLS_SHEETS = ['受電件数（日別）', '受電件数（週別）', '対応結果（週別）'] as const;

export function shapeWeeklyCallsReport(input: WeeklyCallsReportInput): WorkbookSpec {
  const style = input.context.eraStyle;
  const names = uniqueSheetNames(WEEKLY_CALLS_SHEETS);
  const meta = reportMeta(input.context, { label: '対象期間', value: reportPeriodLine(input.from, input.to, style) });
  const title = '受電件数報告';

  const days = new SheetBuilder(names[0], { title: `${title}（日別・区分別）`, meta });
  days.table(callDaysTable(input.weeks, style));
  days.note('※週は報告と同じ区切り（週の初日から7日間）で集計しています。稼働日以外の受電は時間外として数えます。');

  const weeks = new SheetBuilder(names[1], { title: `${title}（週別）`, meta });
  weeks.table(callWeeksTable(input.weeks, style));

  const outcomes = new SheetBuilder(names[2], { title: `${title}（対応結果）`, meta });
  outcomes.table(callOutcomesTable(input.weeks, style));
  outcomes.note('※紙の集計から入力した件数のうち、対応結果の記載がないものは「未記録」に数えています。');

  return { sheets: [days.build(), weeks.build(), outcomes.build()] };
}
