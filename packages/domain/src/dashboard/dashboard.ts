import type { DateKey } from '../common/dates.js';
import { addDays, weekStart } from '../common/dates.js';
import type { DailyValue, PaceCalendar, TargetProgress, TargetStatus } from '../programs/progress.js';
import { cumulativeSeries, paceSeries, projectionSeries } from '../programs/progress.js';
import type { ServiceKind } from '../programs/program.schema.js';
import { weekBuckets } from '../common/buckets.js';
import { halfLabel } from '../bookings/slots.js';
import { DEFECT_FOLLOW_UP_DAYS, defectFollowUpDue, defectState } from '../follow-ups/follow-up.schema.js';
import { INCIDENT_KIND_LABELS_JA, type IncidentKind } from '../incidents/incident.schema.js';
import type { BusinessPlanState } from '../approvals/business-plan.schema.js';
import type { ReportScheduleItem } from '../reports/report-submission.js';
import { FACILITY_STEP_LABELS_JA, type FacilityStep } from '../facilities/coordination.js';
import { can, type Role } from '../auth/roles.js';
import { type DailyReportStatus, seesInternalReview, visibleToCity } from '../daily-reports/report-workflow.js';

/**
 * Shaping for the morning dashboard: everything the charts draw is computed here, from counts the API fetched.
 * The Excel reports use the same functions, so a workbook and the dashboard never disagree.
 */

export interface TargetChartPoint {
  date: DateKey;
  /** Cumulative actual up to the date; null after asOf (the future has no actuals). */
  actual: number | null;
  /** Where an even pace would be. */
  pace: number;
  /** Where the current rate leads; null before asOf. */
  projection: number | null;
  goal: number;
}

/**
 * One point per week end of the period (and at asOf and the period end), so a chart of a seven-month program
 * has ~30 points per line instead of ~200.
 */
export function targetChartSeries(input: {
  calendar: PaceCalendar;
  asOf: DateKey;
  daily: readonly DailyValue[];
  goal: number;
  progress: Pick<TargetProgress, 'actual' | 'ratePerDay'>;
  weekStartsOn?: number;
}): TargetChartPoint[] {
  const { calendar, asOf, daily, goal, progress } = input;
  const { periodStart, periodEnd } = calendar;
  const actualTo = asOf < periodEnd ? asOf : periodEnd;
  const actual = new Map(actualTo >= periodStart ? cumulativeSeries(daily, periodStart, actualTo).map((p) => [p.date, p.value]) : []);
  const pace = new Map(paceSeries(calendar, goal).map((p) => [p.date, p.value]));
  const projection = new Map(projectionSeries({ ...calendar, asOf }, progress).map((p) => [p.date, p.value]));
  const dates = new Set<DateKey>();
  for (const w of weekBuckets(periodStart, periodEnd, input.weekStartsOn ?? 1)) dates.add(w.weekEnd < periodEnd ? w.weekEnd : periodEnd);
  if (asOf >= periodStart && asOf <= periodEnd) dates.add(asOf);
  dates.add(periodEnd);
  return [...dates].sort().map((date) => ({
    date,
    actual: date <= actualTo ? (actual.get(date) ?? 0) : null,
    pace: round1(pace.get(date) ?? 0),
    projection: projection.has(date) ? round1(projection.get(date)!) : null,
    goal,
  }));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface SessionDayRow {
  date: DateKey;
  serviceKind: ServiceKind;
  sessions: number;
  applications: number;
}

export interface SessionsWeek {
  weekStart: DateKey;
  weekEnd: DateKey;
  sessions: Record<ServiceKind, number>;
  applications: Record<ServiceKind, number>;
}

const zeroKinds = (): Record<ServiceKind, number> => ({ home_visit: 0, facility_visit: 0, venue_event: 0 });

/** Sessions and applications per week by service kind; every week of the range present. */
export function sessionsByWeek(rows: readonly SessionDayRow[], from: DateKey, to: DateKey, weekStartsOn = 1): SessionsWeek[] {
  const weeks = weekBuckets(from, to, weekStartsOn).map((w) => ({ weekStart: w.weekStart, weekEnd: w.weekEnd, sessions: zeroKinds(), applications: zeroKinds() }));
  const byStart = new Map(weeks.map((w) => [w.weekStart, w]));
  for (const r of rows) {
    if (r.date < from || r.date > to) continue;
    const w = byStart.get(weekStart(r.date, weekStartsOn));
    if (!w) continue;
    w.sessions[r.serviceKind] += r.sessions;
    w.applications[r.serviceKind] += r.applications;
  }
  return weeks;
}

export interface AttentionItem {
  kind: 'daily_report_overdue' | 'call_week_overdue' | 'report_returned' | 'report_checking' | 'report_returned_internally' | 'defect_open' | 'defect_overdue' | 'complaint_open' | 'personal_data_overdue' | 'slip_share_overdue' | 'incident_open' | 'site_approval_pending' | 'business_plan_pending' | 'business_plan_returned' | 'business_plan_missing' | 'period_report_overdue' | 'period_report_due' | 'period_report_returned' | 'period_report_waiting' | 'call_back_due' | 'facility_step_due' | 'confirmation_call_due' | 'team_incomplete';
  /** Japanese, ready to show. */
  label: string;
  date: DateKey;
  /** react-admin resource and id to link to. */
  resource: string;
  id: string;
  /** The link's query where the screen picks its record from the address: `report=2026-10` (月次・完了報告). */
  query?: string;
}

/**
 * "Needs attention": overdue and returned reports, open defects and complaints, personal data still held after
 * its deletion date — oldest first, each a link. Personal-data incidents not yet resolved come before everything
 * (特記事項 §12: the city learns of them at once), newest first.
 */
export function attentionItems(input: {
  overdueDailyReports: ReadonlyArray<{ date: DateKey; reportId: string | null }>;
  overdueCallWeeks: ReadonlyArray<{ weekStart: DateKey; dueDate: DateKey; id: string }>;
  returnedReports: ReadonlyArray<{ date: DateKey; id: string; resource: 'daily-reports' | 'call-weeks' }>;
  /** Daily reports waiting for the vendor manager's check, and those he returned (dailyReportAttention). */
  checkingReports?: ReadonlyArray<{ date: DateKey; id: string }>;
  internallyReturnedReports?: ReadonlyArray<{ date: DateKey; id: string }>;
  openDefects: ReadonlyArray<{ receivedDate: DateKey; id: string }>;
  /** Today (JST): an open defect past its follow-up due date (defectState) is listed as overdue. */
  asOf?: DateKey;
  openComplaints: ReadonlyArray<{ date: DateKey; id: string }>;
  overdueDeletions?: ReadonlyArray<{ receptionNumber: number; dueDate: DateKey; id: string }>;
  /** Visit weeks whose slips were due at the city and are not all shared (slipShareWeeks → overdueSlipShares). */
  overdueSlipShares?: ReadonlyArray<{ weekStart: DateKey; dueDate: DateKey; count: number }>;
  openIncidents?: ReadonlyArray<{ discoveredDate: DateKey; kind: IncidentKind; residentsAffected: number; id: string }>;
  /** Sites waiting for the city's approval (実施場所の承認, 004 §7(3)): the city's list only. */
  pendingSites?: ReadonlyArray<{ proposedDate: DateKey; name: string; id: string }>;
  /**
   * 業務計画書 (004 §8(1)) for those who act on it: the city's admin sees a version waiting for consent; the vendor's
   * manager a returned one, or none consented (nor waiting) where the program requires it, since the contract began.
   */
  businessPlan?: { state: BusinessPlanState; required: boolean; since: DateKey; audience: 'city' | 'vendor' };
  /**
   * 月次報告書・委託業務完了報告書 (issue 20 item 2) for those who act on them: the vendor's manager sees reports due
   * within a week, overdue and returned; the city's admin reports waiting for acceptance, and overdue ones.
   */
  periodReports?: { schedule: readonly ReportScheduleItem[]; audience: 'city' | 'vendor' };
  /** Call-backs (折り返し) whose time has come, still open: the vendor team's list only. */
  dueCallBacks?: ReadonlyArray<{ dueDate: DateKey; id: string }>;
  /** Bookings of the coming visit days not yet confirmed by phone past the set hour (前日確認): the vendor team's list only. */
  unconfirmedVisits?: ReadonlyArray<{ bookingId: string; receptionNumber: number; visitDate: DateKey }>;
  /** Half-days of the coming visit days with bookings and without a complete team (チーム): the vendor manager's list only. */
  incompleteTeams?: ReadonlyArray<{ date: DateKey; half: 'am' | 'pm'; state: 'none' | 'incomplete' }>;
  /** Steps before a facility visit overdue or due within days (施設との調整, facilityTimeline). */
  facilitySteps?: ReadonlyArray<{ id: string; receptionNumber: number; step: FacilityStep; due: DateKey; overdue: boolean }>;
}): AttentionItem[] {
  const md = (d: DateKey) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;
  // A returned daily report, or one under the internal check, is also "not received": list it once, as what it is.
  const checking = input.checkingReports ?? [];
  const internallyReturned = input.internallyReturnedReports ?? [];
  const returnedDays = new Set([...input.returnedReports.filter((r) => r.resource === 'daily-reports'), ...checking, ...internallyReturned].map((r) => r.date));
  const items: AttentionItem[] = [
    ...input.overdueDailyReports.filter((o) => !returnedDays.has(o.date)).map((o): AttentionItem => ({ kind: 'daily_report_overdue', label: `${md(o.date)} の日次報告が未提出です`, date: o.date, resource: 'daily-reports', id: o.reportId ?? '' })),
    ...input.overdueCallWeeks.map((w): AttentionItem => ({ kind: 'call_week_overdue', label: `${md(w.weekStart)}〜${md(addDays(w.weekStart, 6))} の受電件数報告が期限（${md(w.dueDate)}）を過ぎています`, date: w.dueDate, resource: 'call-weeks', id: w.id })),
    ...input.returnedReports.map((r): AttentionItem => ({
      kind: 'report_returned',
      label: r.resource === 'daily-reports' ? `${md(r.date)} の日次報告が差し戻されています` : `${md(r.date)}〜${md(addDays(r.date, 6))} の受電件数報告が差し戻されています`,
      date: r.date,
      resource: r.resource,
      id: r.id,
    })),
    ...checking.map((r): AttentionItem => ({ kind: 'report_checking', label: `${md(r.date)} の日次報告が社内確認を待っています`, date: r.date, resource: 'daily-reports', id: r.id })),
    ...internallyReturned.map((r): AttentionItem => ({ kind: 'report_returned_internally', label: `${md(r.date)} の日次報告が社内差し戻しされています`, date: r.date, resource: 'daily-reports', id: r.id })),
    ...input.openDefects.map((d): AttentionItem =>
      input.asOf && defectState({ ...d, resolvedDate: null }, input.asOf) === 'overdue'
        ? { kind: 'defect_overdue', label: `${md(d.receivedDate)} 受付の不備対応が${DEFECT_FOLLOW_UP_DAYS}日を過ぎても未解決です（期限 ${md(defectFollowUpDue(d.receivedDate))}）`, date: d.receivedDate, resource: 'defects', id: d.id }
        : { kind: 'defect_open', label: `${md(d.receivedDate)} 受付の不備対応が未解決です`, date: d.receivedDate, resource: 'defects', id: d.id },
    ),
    ...input.openComplaints.map((c): AttentionItem => ({ kind: 'complaint_open', label: `${md(c.date)} の苦情が対応中です`, date: c.date, resource: 'inquiries', id: c.id })),
    ...(input.overdueDeletions ?? []).map((d): AttentionItem => ({ kind: 'personal_data_overdue', label: `受付番号${d.receptionNumber} の個人情報が削除期限（${md(d.dueDate)}）を過ぎても残っています`, date: d.dueDate, resource: 'bookings', id: d.id })),
    ...(input.pendingSites ?? []).map((s): AttentionItem => ({ kind: 'site_approval_pending', label: `${md(s.proposedDate)} 申請の実施場所「${s.name}」が承認を待っています`, date: s.proposedDate, resource: 'site-approvals', id: s.id })),
    ...businessPlanItems(input.businessPlan, md),
    ...periodReportItems(input.periodReports, md),
    ...(input.dueCallBacks ?? []).map((c): AttentionItem => ({ kind: 'call_back_due', label: `${md(c.dueDate)} までの折り返しの電話が済んでいません`, date: c.dueDate, resource: 'call-backs', id: '' })),
    ...(input.unconfirmedVisits ?? []).map((v): AttentionItem => ({ kind: 'confirmation_call_due', label: `${md(v.visitDate)} 訪問の受付番号${v.receptionNumber} に前日確認の連絡が済んでいません`, date: v.visitDate, resource: 'confirmation-calls', id: '' })),
    ...(input.incompleteTeams ?? []).map((t): AttentionItem => ({
      kind: 'team_incomplete',
      label: `${md(t.date)} ${halfLabel(t.half)}の訪問${t.state === 'none' ? 'にチームが編成されていません' : 'のチームの編成が足りません'}`,
      date: t.date,
      resource: 'teams',
      id: '',
    })),
    ...(input.facilitySteps ?? []).map((f): AttentionItem => ({
      kind: 'facility_step_due',
      label: `受付番号${f.receptionNumber} の施設訪問：${FACILITY_STEP_LABELS_JA[f.step]}の期限（${md(f.due)}）${f.overdue ? 'を過ぎています' : 'が近づいています'}`,
      date: f.due,
      resource: 'bookings',
      id: f.id,
    })),
    ...(input.overdueSlipShares ?? []).map((w): AttentionItem => ({ kind: 'slip_share_overdue', label: `${md(w.weekStart)}〜${md(addDays(w.weekStart, 6))} 訪問分の受付票 ${w.count} 件が市への共有期限（${md(w.dueDate)}）を過ぎています`, date: w.dueDate, resource: 'reception-list', id: w.weekStart })),
  ];
  const incidents = (input.openIncidents ?? []).map(
    (i): AttentionItem => ({
      kind: 'incident_open',
      label: `${md(i.discoveredDate)} 発覚の個人情報の事故（${INCIDENT_KIND_LABELS_JA[i.kind] ?? i.kind}・${i.residentsAffected}人）が対応中です`,
      date: i.discoveredDate,
      resource: 'incidents',
      id: i.id,
    }),
  );
  return [...incidents.sort((a, b) => b.date.localeCompare(a.date)), ...items.sort((a, b) => a.date.localeCompare(b.date))];
}

function businessPlanItems(plan: Parameters<typeof attentionItems>[0]['businessPlan'], md: (d: DateKey) => string): AttentionItem[] {
  if (!plan) return [];
  const { state, audience } = plan;
  if (audience === 'city') {
    return state.pending ? [{ kind: 'business_plan_pending', label: `${md(state.pending.submittedDate)} 提出の業務計画書（第${state.pending.version}版）が承諾を待っています`, date: state.pending.submittedDate, resource: 'business-plans', id: state.pending.id }] : [];
  }
  if (state.returned) return [{ kind: 'business_plan_returned', label: `業務計画書（第${state.returned.version}版）が差し戻されています`, date: state.returned.decidedDate, resource: 'business-plans', id: state.returned.id }];
  if (plan.required && !state.approved && !state.pending) return [{ kind: 'business_plan_missing', label: '業務計画書を提出し、市の承諾を得てください', date: plan.since, resource: 'business-plans', id: '' }];
  return [];
}

function periodReportItems(reports: Parameters<typeof attentionItems>[0]['periodReports'], md: (d: DateKey) => string): AttentionItem[] {
  if (!reports) return [];
  return reports.schedule.flatMap((r): AttentionItem[] => {
    // Each item opens that very report (its month, or the completion report), not just the list.
    const item = (kind: AttentionItem['kind'], label: string, date: DateKey, id = ''): AttentionItem => ({ kind, label, date, resource: 'report-submissions', id, query: `report=${encodeURIComponent(r.period)}` });
    const v = r.latest ? `（第${r.latest.version}版）` : '';
    if (reports.audience === 'city') {
      if (r.state === 'waiting' && r.latest) return [item('period_report_waiting', `${md(r.latest.submittedDate)} 提出の${r.title}${v}が受理を待っています`, r.latest.submittedDate, r.latest.id)];
      if (r.state === 'overdue') return [item('period_report_overdue', `${r.title}が期限（${md(r.dueDate)}）を過ぎても提出されていません`, r.dueDate)];
      return [];
    }
    if (r.state === 'overdue') return [item('period_report_overdue', `${r.title}${r.latest?.status === 'returned' ? `${v}が差し戻されたまま` : 'が'}期限（${md(r.dueDate)}）を過ぎています`, r.dueDate, r.latest?.id)];
    if (r.state === 'returned' && r.latest) return [item('period_report_returned', `${r.title}${v}が差し戻されています（期限 ${md(r.dueDate)}）`, r.dueDate, r.latest.id)];
    if (r.state === 'due') return [item('period_report_due', `${r.title}の提出期限（${md(r.dueDate)}）が近づいています`, r.dueDate)];
    return [];
  });
}

/** What the headline needs of a target: how far it is, whether it is met, whether anything measures it yet. */
export interface HeadlineTarget {
  ratio: number;
  met: boolean;
  /** false while nothing records the target's metric (absent: measured). */
  measured?: boolean;
}

/** A target group as the dashboard's headline shows it. */
export interface GroupHeadline<T extends HeadlineTarget> {
  logic: 'any' | 'all';
  status: TargetStatus;
  met: boolean;
  /** The targets shown with their own bar: every one of an 'all' group, the nearest one of an 'any' group. */
  shown: T[];
  /** For an 'any' group: the shown target is the nearest of several (its words say so). */
  nearestOf: number | null;
  metCount: number;
  targetCount: number;
}

/**
 * The headline of a target group, by its logic. An 'all' group is met only when every target is, so every target
 * is shown with its own bar and status; an 'any' group is met by one, so the nearest is shown: a met one, else the
 * measured one furthest along. There is deliberately no single 達成率 for a program: the lowest ratio of an 'all'
 * group (or of several groups) read as the program's achievement hid that other targets stood far higher.
 */
export function groupHeadline<T extends HeadlineTarget>(group: { logic: 'any' | 'all'; status: TargetStatus; met: boolean; targets: readonly T[] }): GroupHeadline<T> {
  const targets = [...group.targets];
  const metCount = targets.filter((t) => t.met).length;
  const base = { logic: group.logic, status: group.status, met: group.met, metCount, targetCount: targets.length };
  if (group.logic === 'all' || targets.length <= 1) return { ...base, shown: targets, nearestOf: null };
  // Met first, then measured, then the furthest along; the first listed on a tie.
  const key = (t: T) => (t.met ? 2e9 : 0) + (t.measured === false ? 0 : 1e9) + t.ratio;
  const nearest = targets.reduce((best, t) => (key(t) > key(best) ? t : best));
  return { ...base, shown: [nearest], nearestOf: targets.length };
}

/**
 * The daily reports on a role's attention list, by status: the vendor manager checks those waiting for 社内確認;
 * a return (the city's, or the manager's internal one) is for the vendor to act on — the internal one never reaches
 * the city's list, which only knows what was released to it.
 */
export function dailyReportAttention<R extends { date: DateKey; id: string; status: DailyReportStatus }>(role: Role, reports: readonly R[]) {
  const pick = (status: DailyReportStatus) => reports.filter((r) => r.status === status).map((r) => ({ date: r.date, id: r.id }));
  const vendor = seesInternalReview(role);
  return {
    returned: pick('returned'),
    checking: can(role, 'report.review') ? pick('checking') : [],
    internallyReturned: vendor ? pick('returned_internally') : [],
    /** The reports an overdue day may link to: those the role can open. */
    linkable: reports.filter((r) => vendor || visibleToCity(r.status)),
  };
}
