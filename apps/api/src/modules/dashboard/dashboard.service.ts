import { Injectable } from '@nestjs/common';
import { type DateKey, jstDateKey, monthKey } from '@outreach/domain/common';
import { type DailyReportStatus, periodReportCompleteness } from '@outreach/domain/daily-reports';
import { attentionItems, dailyReportAttention, type DashboardSummaryView, type ProgramOverviewView, sessionsByWeek } from '@outreach/domain/dashboard';
import type { CallWeek } from '@outreach/domain/calls';
import { consultationsTotal, photoStatsByMonth } from '@outreach/domain/sessions';
import { heldCountedUpTo } from '@outreach/domain/reports';
import { resolvePeriods } from '@outreach/domain/programs';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { keepJsonBytes } from '../../common/http/json-body';
import { BookingSharesService } from '../booking-shares/booking-shares.service';
import { BookingQueries } from '../bookings/booking-queries.service';
import { CallsService } from '../calls/calls.service';
import { DailyReportQueries, type DailyReportState } from '../daily-reports/daily-report-queries.service';
import { DailyReportsService } from '../daily-reports/daily-reports.service';
import { FollowUpQueries } from '../follow-ups/follow-up-queries.service';
import { ApprovalsService } from '../approvals/approvals.service';
import { BusinessPlansService } from '../approvals/business-plans.service';
import { CallBacksService } from '../call-backs/call-backs.service';
import { ConfirmationCallsService } from '../confirmation-calls/confirmation-calls.service';
import { TeamsService } from '../teams/teams.service';
import { FacilitiesService } from '../facilities/facilities.service';
import { IncidentsService } from '../incidents/incidents.service';
import { ProgramDataVersions } from '../programs/program-data-versions';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgressService } from '../programs/progress.service';
import { ReportScheduleService } from '../reports/report-schedule.service';
import { SessionQueries } from '../sessions/session-queries.service';
import { SummaryCache } from './summary-cache';

/** The daily reports still open on someone's desk (the attention list's). */
const OPEN_REPORT_STATUSES = new Set<DailyReportStatus>(['draft', 'checking', 'returned_internally', 'returned']);

/**
 * The morning dashboard in one response, read from each table's owner (their query services). Every aggregate is a
 * GROUP BY on stored date keys through an index that starts with program_id, so a program's summary costs the same
 * however many other programs exist; all shaping is in @outreach/domain.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly sessions: SessionQueries,
    private readonly bookings: BookingQueries,
    private readonly reports: DailyReportQueries,
    private readonly followUps: FollowUpQueries,
    private readonly progress: ProgressService,
    private readonly calls: CallsService,
    private readonly dailyReports: DailyReportsService,
    private readonly scope: ProgramScopeService,
    private readonly clock: Clock,
    private readonly shares: BookingSharesService,
    private readonly incidents: IncidentsService,
    private readonly approvals: ApprovalsService,
    private readonly businessPlans: BusinessPlansService,
    private readonly callBacks: CallBacksService,
    private readonly confirmations: ConfirmationCallsService,
    private readonly teams: TeamsService,
    private readonly facilities: FacilitiesService,
    private readonly reportSchedules: ReportScheduleService,
    private readonly cache: SummaryCache,
    private readonly versions: ProgramDataVersions,
  ) {}

  /**
   * The figures are the program's; the attention list is the actor's role's (dailyReportAttention). Kept per program,
   * period, day and audience until the program's data changes (SummaryCache, ADR 0014); computed anew from two parts
   * kept apart, the weekly calls and the other figures, each until its own tables change (a daily report saved leaves
   * the calls kept, a call logged the rest).
   */
  async summary(actor: Actor, program: ProgramEntity, from: DateKey, to: DateKey): Promise<DashboardSummaryView> {
    const asOf = jstDateKey(this.clock.now());
    // Everything actor-dependent below reads only the role and the permissions.
    const audience = `${actor.role}:${[...actor.permissions].sort().join(',')}`;
    const versions = await this.versions.of(program.id);
    return this.cache.summary(program.id, `${from}|${to}|${asOf}|${audience}`, versions, async () => {
      const [calls, figures] = await Promise.all([
        // The same for every audience: only the program, the period and the calls' tables.
        this.cache.part(program.id, `calls|${from}|${to}`, versions.calls, () => this.calls.weekly(program, from, to)),
        this.cache.part(program.id, `figures|${from}|${to}|${asOf}|${audience}`, versions.figures, () => this.figures(actor, program, from, to, asOf)),
      ]);
      // Kept by SummaryCache and answered as it is: its JSON is written once.
      return keepJsonBytes(this.assemble(program, asOf, calls, figures));
    });
  }

  /** Everything of the summary but the weekly calls and what is read from them. */
  private async figures(actor: Actor, program: ProgramEntity, from: DateKey, to: DateKey, asOf: DateKey) {
    const heldTo = heldCountedUpTo(to, asOf);
    // The daily reports and the held days are read once: the reporting rates, the status counts, the open reports
    // and the charts are all derived from them.
    const reportStates = this.reports.states(program.id);
    const [progress, heldDays, reports, typeTotals, bookingStatus, visitLinks, pendingPhotos, attention, overdueShares, schedule] = await Promise.all([
      this.progress.progress(program, asOf),
      this.sessions.heldDays(program.id, from, to),
      reportStates,
      this.sessions.applicationTypes(program.id, from, heldTo),
      this.bookings.funnel(program.id, from, to),
      this.sessions.visitBookingLinks(program, from, heldTo),
      this.reports.pendingPhotoCount(program.id),
      this.attentionSources(actor, program, asOf, reportStates),
      this.shares.overdue(program),
      this.reportSchedules.schedule(program),
    ]);
    const dayRows = heldDays.filter((r) => r.date <= heldTo);
    const rates = this.dailyReports.ratesOf(program, from, to, [...new Set(heldDays.map((r) => r.date))], reports);
    const reportStatus = new Map<string, number>();
    for (const r of reports) reportStatus.set(r.status, (reportStatus.get(r.status) ?? 0) + 1);
    // 月次・完了報告 (issue 20 item 2): the city's admin accepts them, the vendor's manager submits them.
    const periodAudience = actor.permissions.has('report.accept') ? ('city' as const) : actor.permissions.has('period_report.submit') ? ('vendor' as const) : null;
    const { faceAuth, byType } = typeTotals;
    const held = dayRows.reduce((n, r) => n + r.sessions, 0);
    const applications = dayRows.reduce((n, r) => n + r.applications, 0);
    const thisMonth = monthKey(asOf);
    return {
      view: {
        program: { id: program.id, title: program.title, periodStart: program.periodStart, periodEnd: program.periodEnd },
        from,
        to,
        asOf,
        kpis: {
          applicationsThisMonth: dayRows.filter((r) => monthKey(r.date) === thisMonth).reduce((n, r) => n + r.applications, 0),
          applicationsTotal: applications,
          sessionsHeld: held,
          consultations: consultationsTotal(dayRows),
        },
        progress,
        sessions: { weeks: sessionsByWeek(dayRows, from, to, program.weekStartsOn), applicationsByType: byType, faceAuthCards: faceAuth },
        funnel: { reservations: bookingStatus.total, sessionsHeld: held, applications, cancellations: bookingStatus.cancelled, noShows: bookingStatus.noShow, visitsFromBookings: visitLinks.fromBookings, unbookedVisits: visitLinks.unbooked, unbookedByReason: visitLinks.unbookedByReason },
        photos: { months: photoStatsByMonth(dayRows, from, to), awaitingCityCheck: pendingPhotos },
        reporting: {
          months: rates.months,
          totals: rates.totals,
          awaitingAcceptance: reportStatus.get('submitted') ?? 0,
          returned: reportStatus.get('returned') ?? 0,
          periodReports: periodReportCompleteness(schedule.filter((r) => r.dueDate >= from && r.dueDate <= to), asOf),
        },
      },
      overdueReports: rates.overdue,
      attention,
      overdueShares,
      periodReports: periodAudience ? { schedule, audience: periodAudience } : undefined,
    };
  }

  /** The summary from its two parts: the calls' figures and the attention items the calls' reports make. */
  private assemble(program: ProgramEntity, asOf: DateKey, calls: CallWeek[], figures: Awaited<ReturnType<DashboardService['figures']>>): DashboardSummaryView {
    const { view, attention } = figures;
    const { callCenter } = resolvePeriods(program);
    const thisWeek = calls.find((w) => w.weekStart <= asOf && w.weekEnd >= asOf);
    return {
      ...view,
      kpis: { ...view.kpis, callsThisWeek: thisWeek?.total ?? 0 },
      calls,
      attention: attentionItems({
        overdueDailyReports: figures.overdueReports.map((o) => ({ date: o.date, reportId: attention.reportIds.get(o.date) ?? null })),
        // Only weeks the call center was open are owed a report (Otaru's opens a month after the contract starts).
        overdueCallWeeks: calls.filter((w) => w.weekEnd >= callCenter.start && w.weekStart <= callCenter.end && w.dueDate < asOf && (w.status === null || w.status === 'draft')).map((w) => ({ weekStart: w.weekStart, dueDate: w.dueDate, id: `${program.id}_${w.weekStart}` })),
        // A returned weekly call report is the vendor's to correct, like a returned daily report.
        returnedReports: [
          ...attention.returned,
          ...calls.filter((w) => w.status === 'returned').map((w) => ({ date: w.weekStart, id: `${program.id}_${w.weekStart}`, resource: 'call-weeks' as const })),
        ],
        checkingReports: attention.checking,
        internallyReturnedReports: attention.internallyReturned,
        openDefects: attention.defects,
        asOf,
        openComplaints: attention.complaints,
        overdueDeletions: attention.overdueDeletions,
        openIncidents: attention.incidents,
        pendingSites: attention.pendingSites,
        businessPlan: attention.businessPlan,
        periodReports: figures.periodReports,
        dueCallBacks: attention.dueCallBacks,
        facilitySteps: attention.facilitySteps,
        unconfirmedVisits: attention.unconfirmedVisits,
        incompleteTeams: attention.incompleteTeams,
        overdueSlipShares: figures.overdueShares,
      }),
    };
  }

  private async attentionSources(actor: Actor, program: ProgramEntity, asOf: DateKey, reportStates: Promise<DailyReportState[]>) {
    const programId = program.id;
    // 業務計画書 (004 §8(1)): the city's admin consents, the vendor's manager submits; nobody else acts on it.
    const planAudience = actor.permissions.has('plan.decide') ? ('city' as const) : actor.permissions.has('plan.submit') ? ('vendor' as const) : null;
    const [open, defects, complaints, overdueDeletions, incidents, pendingSites, planState, dueCallBacks, facilitySteps, unconfirmedVisits, incompleteTeams] = await Promise.all([
      reportStates.then((all) => all.filter((r) => OPEN_REPORT_STATUSES.has(r.status)).map(({ id, date, status }) => ({ id, date, status }))),
      this.followUps.openDefects(programId, 20),
      this.followUps.openComplaints(programId, 20),
      this.bookings.overdueDeletions(programId, asOf, program.personalDataDeletionLimitDays ?? undefined),
      this.incidents.open(programId),
      // Sites waiting for approval are the city admin's to decide (004 §7(3)).
      actor.permissions.has('site.decide') ? this.approvals.pending(programId) : Promise.resolve([]),
      planAudience ? this.businessPlans.state(programId) : Promise.resolve(null),
      // Call-backs whose time has come are the vendor team's to make (issue 17 item 3).
      actor.permissions.has('booking.manage') ? this.callBacks.due(programId) : Promise.resolve([]),
      // The steps before facility visits: the vendor keeps them, the city is kept informed (003 §9(2)イ).
      this.facilities.stepsNeedingAttention(programId, asOf),
      // The day before a visit the team confirms it by phone (前日確認, issue 21 item 3).
      actor.permissions.has('booking.manage') ? this.confirmations.overdue(program) : Promise.resolve([]),
      // Half-days with bookings and no complete team are the vendor manager's to staff (チーム, issue 21 item 1).
      actor.permissions.has('team.assign') ? this.teams.incomplete(program) : Promise.resolve([]),
    ]);
    const reports = dailyReportAttention(actor.role, open);
    return {
      reportIds: new Map(reports.linkable.map((r) => [r.date, r.id])),
      returned: reports.returned.map((r) => ({ ...r, resource: 'daily-reports' as const })),
      checking: reports.checking,
      internallyReturned: reports.internallyReturned,
      defects,
      complaints,
      overdueDeletions,
      // Personal-data incidents not resolved yet: the city sees them at once (特記事項 §12).
      dueCallBacks: dueCallBacks.map((c) => ({ dueDate: jstDateKey(c.dueAt), id: c.id })),
      pendingSites: pendingSites.map((s) => ({ proposedDate: jstDateKey(new Date(s.proposedAt)), name: s.name, id: s.id })),
      facilitySteps,
      unconfirmedVisits,
      incompleteTeams,
      businessPlan: planAudience && planState ? { state: planState, required: program.requireBusinessPlan, since: program.periodStart, audience: planAudience } : undefined,
      incidents: incidents.map((i) => ({ discoveredDate: jstDateKey(new Date(i.discoveredAt)), kind: i.kind, residentsAffected: i.residentsAffected, id: i.id })),
    };
  }

  /** One row per program the user sees, for those with several (city admins of a multi-program city, vendors). */
  async overview(actor: Actor): Promise<ProgramOverviewView[]> {
    const ids = await this.scope.visibleProgramIds(actor);
    const out: ProgramOverviewView[] = [];
    for (const id of ids) {
      const program = await this.scope.programById(id);
      const asOf = jstDateKey(this.clock.now());
      const progress = await this.progress.progress(program, asOf);
      const sessions = await this.sessions.heldTotals(id, program.periodStart, heldCountedUpTo(program.periodEnd, asOf));
      out.push({
        id,
        title: program.title,
        periodStart: program.periodStart,
        periodEnd: program.periodEnd,
        sessionsHeld: sessions.held,
        applications: sessions.applications,
        groups: progress.groups.map((g) => ({ name: g.name, logic: g.logic, met: g.met, status: g.status })),
      });
    }
    return out;
  }
}
