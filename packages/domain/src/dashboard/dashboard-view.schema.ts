import { z } from 'zod';
import { callWeekSchema } from '../calls/call-view.schema.js';
import { weekBucketView } from '../common/bucket-view.js';
import { dateKeyView, describes, idView } from '../common/view.js';
import { reportingRatesViewSchema } from '../daily-reports/reporting-rates-view.schema.js';
import { serviceKindSchema } from '../programs/program.schema.js';
import { progressViewSchema } from '../programs/program-view.schema.js';
import { applicationCountsViewSchema, monthlyPhotoStatsViewSchema } from '../sessions/session-view.schema.js';
import { unbookedReasonSchema } from '../sessions/session.schema.js';
import type { AttentionItem, SessionsWeek } from './dashboard.js';

/** What the dashboard routes answer; the API maps to these, the dashboard's screens read them. */

const byKind = z.record(serviceKindSchema, z.int());
const sessionsWeekView = describes<SessionsWeek>()(weekBucketView.extend({ sessions: byKind, applications: byKind }));

const attentionItemView = describes<AttentionItem>()(
  z.object({
    kind: z.enum(['daily_report_overdue', 'call_week_overdue', 'report_returned', 'report_checking', 'report_returned_internally', 'defect_open', 'defect_overdue', 'complaint_open', 'personal_data_overdue', 'slip_share_overdue', 'incident_open', 'site_approval_pending', 'business_plan_pending', 'business_plan_returned', 'business_plan_missing', 'period_report_overdue', 'period_report_due', 'period_report_returned', 'period_report_waiting', 'call_back_due', 'facility_step_due', 'confirmation_call_due', 'team_incomplete']),
    /** Japanese, ready to show. */
    label: z.string(),
    date: dateKeyView,
    /** react-admin resource and id to link to. */
    resource: z.string(),
    id: idView,
    /** The link's query where the screen picks its record from the address (`report=2026-10`). */
    query: z.string().optional(),
  }),
);

/** GET /api/programs/:programId/dashboard?from&to: the morning dashboard of one program in one response. */
export const dashboardSummaryViewSchema = z.object({
  program: z.object({ id: idView, title: z.string(), periodStart: dateKeyView, periodEnd: dateKeyView }),
  from: dateKeyView,
  to: dateKeyView,
  asOf: dateKeyView,
  kpis: z.object({
    applicationsThisMonth: z.int(),
    applicationsTotal: z.int(),
    sessionsHeld: z.int(),
    consultations: z.int(),
    callsThisWeek: z.int(),
  }),
  progress: progressViewSchema,
  calls: z.array(callWeekSchema),
  sessions: z.object({ weeks: z.array(sessionsWeekView), applicationsByType: applicationCountsViewSchema, faceAuthCards: z.int() }),
  /**
   * Reservations by the day the booking was received (cancellations excluded); held home and facility visits split
   * into those from a booking and those recorded without one (予約なしの訪問).
   */
  funnel: z.object({
    reservations: z.int(),
    sessionsHeld: z.int(),
    applications: z.int(),
    cancellations: z.int(),
    noShows: z.int(),
    visitsFromBookings: z.int(),
    unbookedVisits: z.int(),
    /** The unbooked visits by their reason, most first (null: recorded before the reason was asked). */
    unbookedByReason: z.array(z.object({ reason: unbookedReasonSchema.nullable(), count: z.int() })),
  }),
  photos: z.object({ months: z.array(monthlyPhotoStatsViewSchema), awaitingCityCheck: z.int() }),
  reporting: z.object({
    months: reportingRatesViewSchema.shape.months,
    totals: reportingRatesViewSchema.shape.totals,
    awaitingAcceptance: z.int(),
    returned: z.int(),
    /** 月次報告書・委託業務完了報告書: the same completeness per deadline (periodReportCompleteness). */
    periodReports: reportingRatesViewSchema.shape.totals,
  }),
  attention: z.array(attentionItemView),
});
export type DashboardSummaryView = z.output<typeof dashboardSummaryViewSchema>;

/** A row of GET /api/dashboard/overview: one per program the user sees. */
export const programOverviewViewSchema = z.object({
  id: idView,
  title: z.string(),
  periodStart: dateKeyView,
  periodEnd: dateKeyView,
  sessionsHeld: z.int(),
  applications: z.int(),
  groups: z.array(progressViewSchema.shape.groups.element.pick({ name: true, logic: true, met: true, status: true })),
});
export type ProgramOverviewView = z.output<typeof programOverviewViewSchema>;
