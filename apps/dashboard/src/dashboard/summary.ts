import type {
  AttentionItem,
  CallWeek,
  DateKey,
  GroupProgress,
  MonthlyPhotoStats,
  ReportingRates,
  SessionsWeek,
  TargetChartPoint,
  TargetProgress,
} from '@outreach/domain';

/** The API's types of the dashboard (apps/api/src/modules/dashboard/dashboard.service.ts), as the dashboard reads them. */

export type ApplicationType = 'new' | 'renewal' | 'reissueLost' | 'reissueDamaged' | 'reissueOther';

export interface DashboardTarget extends TargetProgress {
  id: string;
  label: string | null;
  measured: boolean;
  chart: TargetChartPoint[];
}

export interface DashboardGroup {
  id: string;
  name: string;
  logic: 'any' | 'all';
  met: boolean;
  status: GroupProgress['status'];
  targets: DashboardTarget[];
}

/** GET /api/programs/:programId/dashboard?from&to */
export interface DashboardSummary {
  program: { id: string; title: string; periodStart: DateKey; periodEnd: DateKey };
  from: DateKey;
  to: DateKey;
  asOf: DateKey;
  kpis: {
    applicationsThisMonth: number;
    applicationsTotal: number;
    sessionsHeld: number;
    consultations: number;
    callsThisWeek: number;
    /** The lowest target ratio (the target furthest from its goal); null without targets. */
    achievement: number | null;
  };
  progress: {
    programId: string;
    asOf: DateKey;
    periodStart: DateKey;
    periodEnd: DateKey;
    paceBasis: 'visit_days' | 'working_days';
    groups: DashboardGroup[];
  };
  calls: CallWeek[];
  sessions: { weeks: SessionsWeek[]; applicationsByType: Record<ApplicationType, number>; faceAuthCards: number };
  funnel: { reservations: number; sessionsHeld: number; applications: number; cancellations: number; noShows: number };
  photos: { months: MonthlyPhotoStats[]; awaitingCityCheck: number };
  reporting: { months: ReportingRates['months']; totals: ReportingRates['totals']; awaitingAcceptance: number; returned: number };
  attention: AttentionItem[];
}

/** GET /api/dashboard/overview: one row per program the user sees. */
export interface OverviewRow {
  id: string;
  title: string;
  periodStart: DateKey;
  periodEnd: DateKey;
  sessionsHeld: number;
  applications: number;
  groups: Array<{ name: string; logic: 'any' | 'all'; met: boolean; status: GroupProgress['status'] }>;
}
