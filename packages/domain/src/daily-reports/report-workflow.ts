import { z } from 'zod';
import type { DomainError } from '../common/errors.js';
import { forbidden, invalid } from '../common/errors.js';
import type { Permission, Role } from '../auth/roles.js';
import { can, ROLE_ORGANIZATION_KIND } from '../auth/roles.js';

/**
 * The workflow every report to the city follows (daily reports, the weekly call-volume report):
 * the vendor submits, the city accepts or returns it with a reason, and may reopen an accepted one.
 *
 *   draft ──submit──▶ submitted ──accept──▶ accepted
 *   returned ─submit─▶    └──return──▶ returned ◀──reopen── accepted
 */

export const reportStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'returned']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const REPORT_STATUS_LABELS_JA: Record<ReportStatus, string> = {
  draft: '作成中',
  submitted: '提出済み',
  accepted: '受理済み',
  returned: '差し戻し',
};

export const reportActionSchema = z.enum(['submit', 'accept', 'return', 'reopen']);
export type ReportAction = z.infer<typeof reportActionSchema>;

export const REPORT_ACTION_LABELS_JA: Record<ReportAction, string> = {
  submit: '提出',
  accept: '受理',
  return: '差し戻し',
  reopen: '受理の取消し',
};

/** From which statuses an action is allowed, where it leads, who may do it, and whether it needs a reason. */
interface TransitionRule<S extends string> {
  from: readonly S[];
  to: S;
  permission: Permission;
  reason: boolean;
}

const TRANSITIONS: Record<ReportAction, TransitionRule<ReportStatus>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'report.submit', reason: false },
  accept: { from: ['submitted'], to: 'accepted', permission: 'report.accept', reason: false },
  return: { from: ['submitted'], to: 'returned', permission: 'report.accept', reason: true },
  // Reopening sends an accepted report back to the vendor for correction, so it lands in 'returned'.
  reopen: { from: ['accepted'], to: 'returned', permission: 'report.accept', reason: true },
};

export const REPORT_REASON_MAX = 500;

/** One transition by its rule: the permission first (so the answer does not reveal the state), the status, the reason. */
function applyRule<S extends string>(
  rule: TransitionRule<S>,
  labels: { status: string; action: string },
  current: S,
  role: Role,
  reason: string | null | undefined,
  refuse?: () => DomainError | undefined,
): S | DomainError {
  if (!can(role, rule.permission)) return forbidden(`この報告を${labels.action}する権限がありません`);
  const refused = refuse?.();
  if (refused) return refused;
  if (!rule.from.includes(current)) return invalid(`${labels.status}の報告は${labels.action}できません`);
  if (rule.reason) {
    const text = reason?.trim() ?? '';
    if (!text) return invalid(`${labels.action}の理由を入力してください`, { reason: '理由を入力してください' });
    if (text.length > REPORT_REASON_MAX) {
      return invalid(`理由は${REPORT_REASON_MAX}文字以内で入力してください`, { reason: `${REPORT_REASON_MAX}文字以内で入力してください` });
    }
  }
  return rule.to;
}

/**
 * The status after `action`, or the DomainError to answer with: 'forbidden' when the role may not do the
 * action at all (checked first, so the answer does not reveal the report's state), 'invalid' when the report's
 * status does not allow it or a required reason is missing (error on `reason`).
 * Roles come from PERMISSIONS (identity/roles.ts): vendor roles submit, city_admin accepts, returns, reopens.
 */
export function reportTransition(current: ReportStatus, action: ReportAction, role: Role, reason?: string | null): ReportStatus | DomainError {
  return applyRule(TRANSITIONS[action], { status: REPORT_STATUS_LABELS_JA[current], action: REPORT_ACTION_LABELS_JA[action] }, current, role, reason);
}

/** Whether the city has the report: submitted or accepted (a returned report is back with the vendor). */
export function isReceived(status: ReportStatus | DailyReportStatus | null | undefined): boolean {
  return status === 'submitted' || status === 'accepted';
}

/*
 * 社内確認 (vendor-internal review), daily reports only. With the program setting dailyReportReview =
 * 'vendor_manager', a report a vendor_staff member submits waits for the vendor manager's check before it goes
 * to the city; the manager releases it (確認 → submitted) or returns it inside the vendor (社内差し戻し, with a
 * reason). A manager's own submission is his check and goes straight to the city, so a vendor without staff never
 * waits: that is how the setting is "on by default for vendors with staff" (the default lives in
 * programFieldsSchema). With 'none' every submission goes straight to the city, as before.
 *
 *   draft ─submit(staff)─▶ checking ──release──▶ submitted ──accept──▶ accepted
 *   returned_internally ◀─return_internally─┘      └──return──▶ returned
 *   draft / returned / returned_internally ─submit(manager, or review off)─▶ submitted
 */

export const dailyReportReviewSchema = z.enum(['vendor_manager', 'none']);
export type DailyReportReview = z.infer<typeof dailyReportReviewSchema>;
export const DEFAULT_DAILY_REPORT_REVIEW: DailyReportReview = 'vendor_manager';

export const dailyReportStatusSchema = z.enum(['draft', 'checking', 'returned_internally', 'submitted', 'accepted', 'returned']);
export type DailyReportStatus = z.infer<typeof dailyReportStatusSchema>;

export const DAILY_REPORT_STATUS_LABELS_JA: Record<DailyReportStatus, string> = {
  ...REPORT_STATUS_LABELS_JA,
  checking: '社内確認待ち',
  returned_internally: '社内差し戻し',
};

export const dailyReportActionSchema = z.enum([...reportActionSchema.options, 'release', 'return_internally']);
export type DailyReportAction = z.infer<typeof dailyReportActionSchema>;

export const DAILY_REPORT_ACTION_LABELS_JA: Record<DailyReportAction, string> = {
  ...REPORT_ACTION_LABELS_JA,
  release: '確認',
  return_internally: '社内差し戻し',
};

/** Statuses of a report still inside the vendor's review: the city neither counts nor sees it. */
export const VENDOR_INTERNAL_STATUSES: readonly DailyReportStatus[] = ['checking', 'returned_internally'];

/** Whether the city may see the report at all (everything but the vendor-internal review). */
export function visibleToCity(status: DailyReportStatus): boolean {
  return !VENDOR_INTERNAL_STATUSES.includes(status);
}

/** Whether the role sees reports under the internal check: the vendor's own people only. */
export function seesInternalReview(role: Role): boolean {
  return ROLE_ORGANIZATION_KIND[role] === 'vendor';
}

/** Whether the report's content is frozen: with the vendor manager for his check, or with the city. */
export function isLocked(status: DailyReportStatus | null | undefined): boolean {
  return status === 'checking' || isReceived(status);
}

/** Whether a submission by this role waits for the vendor manager's check. */
export function goesToCheck(review: DailyReportReview, role: Role): boolean {
  return review === 'vendor_manager' && role === 'vendor_staff';
}

const DAILY_TRANSITIONS: Record<Exclude<DailyReportAction, 'submit'>, TransitionRule<DailyReportStatus>> = {
  ...TRANSITIONS,
  release: { from: ['checking'], to: 'submitted', permission: 'report.review', reason: false },
  return_internally: { from: ['checking'], to: 'returned_internally', permission: 'report.review', reason: true },
};

export interface DailyReportActor {
  role: Role;
  userId: string;
}

/**
 * The daily report's next status, or the DomainError to answer with (as reportTransition). `review` is the
 * program's setting; `preparedBy` the user who submitted the report for the check: he may not check it himself.
 */
export function dailyReportTransition(
  current: DailyReportStatus,
  action: DailyReportAction,
  actor: DailyReportActor,
  context: { review: DailyReportReview; preparedBy: string | null },
  reason?: string | null,
): DailyReportStatus | DomainError {
  const rule: TransitionRule<DailyReportStatus> =
    action === 'submit'
      ? { from: ['draft', 'returned', 'returned_internally'], to: goesToCheck(context.review, actor.role) ? 'checking' : 'submitted', permission: 'report.submit', reason: false }
      : DAILY_TRANSITIONS[action];
  const ownReport = () =>
    rule.permission === 'report.review' && context.preparedBy === actor.userId ? forbidden('自分が提出した日次報告は確認・社内差し戻しできません（他の管理者が行います）') : undefined;
  return applyRule(rule, { status: DAILY_REPORT_STATUS_LABELS_JA[current], action: DAILY_REPORT_ACTION_LABELS_JA[action] }, current, actor.role, reason, ownReport);
}
