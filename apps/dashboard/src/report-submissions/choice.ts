import type { ReportScheduleItem, ReportSubmissionTarget } from '@outreach/domain/reports';

/** What the vendor or the city has to act on first. */
const NEEDS_ACTION: ReadonlyArray<ReportScheduleItem['state']> = ['returned', 'overdue', 'waiting', 'due'];

/**
 * The report the screen opens: the one named in the address (`?report=2026-10` or `?report=program`, from an attention
 * item), else the first by deadline that needs someone's action, else the next one not yet in, else the last one.
 */
export function chooseReport(schedule: readonly ReportScheduleItem[], wanted: string | null): ReportScheduleItem | null {
  return (
    schedule.find((r) => r.period === wanted) ??
    schedule.find((r) => NEEDS_ACTION.includes(r.state)) ??
    schedule.find((r) => r.state === 'upcoming') ??
    schedule.at(-1) ??
    null
  );
}

/** The API's target of a scheduled report. */
export function targetOf(item: Pick<ReportScheduleItem, 'kind' | 'period'>): ReportSubmissionTarget {
  return item.kind === 'monthly' ? { kind: 'monthly', month: item.period } : { kind: 'completion' };
}
