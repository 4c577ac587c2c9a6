import type { ReportStatus, SessionCounts, SessionStatus } from '@outreach/domain';

/** A session as GET /api/daily-reports/:id lists it: the session and its counts (texts null when empty). */
export type ReportSession = {
  id: string;
  programId: string;
  date: string;
  serviceKind: 'home_visit' | 'facility_visit' | 'venue_event';
  place: string;
  method: 'on_site_acceptance' | 'application_support';
  startTime: string | null;
  endTime: string | null;
  status: SessionStatus;
  applicationsTotal: number;
} & { [K in CountField]: number } & { [K in CountTextField]: string | null };

export type PhotoReviewStatus = 'pending' | 'approved' | 'rejected';

/** An activity photo of a daily report. */
export interface ReportPhoto {
  id: string;
  dailyReportId: string;
  caption: string | null;
  width: number;
  height: number;
  bytes: number;
  confirmedNoPersonalData: boolean;
  reviewStatus: PhotoReviewStatus;
  rejectReason: string | null;
  createdAt: string;
}

/** A row of GET /api/daily-reports: counts only, no free text. */
export interface DailyReportRow {
  id: string;
  programId: string;
  date: string;
  status: ReportStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  reason: string | null;
  dueAt: string;
  onTime: boolean | null;
  sessionCount: number;
  applications: number;
  consultations: number;
  photoCount: number;
  pendingPhotos: number;
}

/** GET /api/daily-reports/:id */
export interface DailyReportView extends DailyReportRow {
  specialNotes: string | null;
  sessions: ReportSession[];
  photos: ReportPhoto[];
  /** The API's cross-check findings per held session id. */
  checks: Record<string, Record<string, string>>;
}

type NumberKeys<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];
type TextKeys<T> = { [K in keyof T]-?: T[K] extends number ? never : K }[keyof T];

/** The number fields of a session's counts. */
export type CountField = NumberKeys<SessionCounts>;
/** The free-text fields of a session's counts. */
export type CountTextField = TextKeys<SessionCounts>;

/** Submitted and accepted reports are with the city: the vendor cannot change them. */
export function isLocked(status: ReportStatus): boolean {
  return status === 'submitted' || status === 'accepted';
}

/** Where a report opens: the form for those who file reports, the read-only page (with the city's actions) otherwise. */
export function reportPath(id: string, canEdit: boolean): string {
  return canEdit ? `/daily-reports/${encodeURIComponent(id)}` : `/daily-reports/${encodeURIComponent(id)}/show`;
}

export type CityAction = 'accept' | 'return' | 'reopen';

/** The city's actions a status allows: 受理 and 差し戻し on a submitted report, 受理の取消し on an accepted one. */
export function cityActionsFor(status: ReportStatus): CityAction[] {
  if (status === 'submitted') return ['accept', 'return'];
  if (status === 'accepted') return ['reopen'];
  return [];
}
