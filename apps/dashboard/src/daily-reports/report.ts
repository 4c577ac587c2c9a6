import type { SessionCounts } from '@outreach/domain/sessions';

type NumberKeys<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];
type TextKeys<T> = { [K in keyof T]-?: T[K] extends number ? never : K }[keyof T];

/** The number fields of a session's counts. */
export type CountField = NumberKeys<SessionCounts>;
/** The free-text fields of a session's counts. */
export type CountTextField = TextKeys<SessionCounts>;

/** The city's actions on a daily report (the vendor submits it from its form, with an idempotency key). */
export const CITY_ACTIONS = ['accept', 'return', 'reopen'] as const;

/** The actions of a read-only report: the vendor manager's 確認 / 社内差し戻し and the city's (each by permission). */
export const REVIEW_ACTIONS = ['release', 'return_internally', ...CITY_ACTIONS] as const;

/** Where a report opens: the form for those who file reports, the read-only page (with the city's actions) otherwise. */
export function reportPath(id: string, canEdit: boolean): string {
  return canEdit ? `/daily-reports/${encodeURIComponent(id)}` : `/daily-reports/${encodeURIComponent(id)}/show`;
}

