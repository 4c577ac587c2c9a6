import { z } from 'zod';
import type { DomainError } from '../common/errors.js';
import { forbidden, invalid } from '../common/errors.js';
import type { Role } from '../auth/roles.js';
import { can } from '../auth/roles.js';

/**
 * The workflow every report to the city follows (daily reports, the weekly call-volume report):
 * the vendor submits, the city accepts or returns it with a reason, and may reopen an accepted one.
 *
 *   draft ──submit──▶ submitted ──accept──▶ accepted
 *   returned ─submit─▶    └──return──▶ returned ◀──reopen── accepted
 */

export const reportStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'returned']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;
/** The daily report's status: the generic report workflow. */
export const dailyReportStatusSchema = reportStatusSchema;
export type DailyReportStatus = ReportStatus;

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
const TRANSITIONS: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus; permission: 'report.submit' | 'report.accept'; reason: boolean }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'report.submit', reason: false },
  accept: { from: ['submitted'], to: 'accepted', permission: 'report.accept', reason: false },
  return: { from: ['submitted'], to: 'returned', permission: 'report.accept', reason: true },
  // Reopening sends an accepted report back to the vendor for correction, so it lands in 'returned'.
  reopen: { from: ['accepted'], to: 'returned', permission: 'report.accept', reason: true },
};

export const REPORT_REASON_MAX = 500;

/**
 * The status after `action`, or the DomainError to answer with: 'forbidden' when the role may not do the
 * action at all (checked first, so the answer does not reveal the report's state), 'invalid' when the report's
 * status does not allow it or a required reason is missing (error on `reason`).
 * Roles come from PERMISSIONS (identity/roles.ts): vendor roles submit, city_admin accepts, returns, reopens.
 */
export function reportTransition(current: ReportStatus, action: ReportAction, role: Role, reason?: string | null): ReportStatus | DomainError {
  const t = TRANSITIONS[action];
  if (!can(role, t.permission)) return forbidden(`この報告を${REPORT_ACTION_LABELS_JA[action]}する権限がありません`);
  if (!t.from.includes(current)) {
    return invalid(`${REPORT_STATUS_LABELS_JA[current]}の報告は${REPORT_ACTION_LABELS_JA[action]}できません`);
  }
  if (t.reason) {
    const text = reason?.trim() ?? '';
    if (!text) return invalid(`${REPORT_ACTION_LABELS_JA[action]}の理由を入力してください`, { reason: '理由を入力してください' });
    if (text.length > REPORT_REASON_MAX) {
      return invalid(`理由は${REPORT_REASON_MAX}文字以内で入力してください`, { reason: `${REPORT_REASON_MAX}文字以内で入力してください` });
    }
  }
  return t.to;
}

/** The daily report's transition (the same rules as every report). */
export const nextStatus = reportTransition;

/** Whether the city has the report: submitted or accepted (a returned report is back with the vendor). */
export function isReceived(status: ReportStatus | null | undefined): boolean {
  return status === 'submitted' || status === 'accepted';
}
