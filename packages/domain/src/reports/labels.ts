import type { ApplicationMethod, ServiceKind, TargetMetric } from '../programs/program.schema.js';
import type { TargetStatus } from '../programs/progress.js';

/** Japanese names used in the Excel workbooks; the dashboard's i18n takes the same tables. */

export const SERVICE_KIND_LABELS_JA: Record<ServiceKind, string> = {
  home_visit: '個人宅訪問',
  facility_visit: '福祉施設訪問',
  venue_event: '会場設置型',
};

export const APPLICATION_METHOD_LABELS_JA: Record<ApplicationMethod, string> = {
  on_site_acceptance: '出張申請受付',
  application_support: '申請サポート',
};

export const TARGET_METRIC_LABELS_JA: Record<TargetMetric, string> = {
  sessions: '実施回数',
  applications: '申請件数',
  reservations: '予約件数',
  facilities_visited: '訪問施設数',
  consultations: '相談件数',
  calls: '受電件数',
};

/** 'unmeasured': nothing records the target's metric yet (as on the dashboard). */
export const TARGET_STATUS_LABELS_JA: Record<TargetStatus | 'unmeasured', string> = {
  met: '達成',
  on_track: '順調',
  at_risk: '要注意',
  behind: '遅れ',
  unmeasured: '未集計',
};

export const TARGET_LOGIC_LABELS_JA: Record<'any' | 'all', string> = {
  any: 'いずれか達成',
  all: 'すべて達成',
};

export const PHOTO_REVIEW_LABELS_JA: Record<string, string> = {
  pending: '市の確認待ち',
  approved: '確認済み',
  rejected: '差し戻し',
};

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
/** 0 = Sunday … 6 = Saturday → 日 … 土 */
export function weekdayLabel(day: number): string {
  return WEEKDAYS_JA[day];
}

/** A label for a code, or the code itself when unknown (an old value stays readable). */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}
