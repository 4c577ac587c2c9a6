import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  achievementRatio,
  attentionItems,
  type AttentionItem,
  type CallWeek,
  type DateKey,
  jstDateKey,
  monthKey,
  type MonthlyPhotoStats,
  photoStatsByMonth,
  type ReportingRates,
  type ServiceKind,
  type SessionsWeek,
  sessionsByWeek,
} from '@outreach/domain';
import { In, IsNull, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { BookingEntity } from '../bookings/booking.entity';
import { CallsService } from '../calls/calls.service';
import { ActivityPhotoEntity, DailyReportEntity } from '../daily-reports/daily-report.entity';
import { DailyReportsService } from '../daily-reports/daily-reports.service';
import { DefectEntity, InquiryEntity } from '../follow-ups/follow-up.entity';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { type ProgressView, ProgressService } from '../programs/progress.service';
import { SessionEntity } from '../sessions/session.entity';

const APPS = 's.applications_new + s.applications_renewal + s.applications_reissue_lost + s.applications_reissue_damaged + s.applications_reissue_other';

export interface DashboardSummary {
  program: { id: string; title: string; periodStart: DateKey; periodEnd: DateKey };
  from: DateKey;
  to: DateKey;
  asOf: DateKey;
  kpis: { applicationsThisMonth: number; applicationsTotal: number; sessionsHeld: number; consultations: number; callsThisWeek: number; achievement: number | null };
  progress: ProgressView;
  calls: CallWeek[];
  sessions: { weeks: SessionsWeek[]; applicationsByType: Record<'new' | 'renewal' | 'reissueLost' | 'reissueDamaged' | 'reissueOther', number>; faceAuthCards: number };
  funnel: { reservations: number; sessionsHeld: number; applications: number; cancellations: number; noShows: number };
  photos: { months: MonthlyPhotoStats[]; awaitingCityCheck: number };
  reporting: { months: ReportingRates['months']; totals: ReportingRates['totals']; awaitingAcceptance: number; returned: number };
  attention: AttentionItem[];
}

/**
 * The morning dashboard in one response. Every aggregate is a GROUP BY on stored date keys through an index
 * that starts with program_id, so a program's summary costs the same however many other programs exist; all
 * shaping is in @outreach/domain.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @InjectRepository(DailyReportEntity) private readonly reports: Repository<DailyReportEntity>,
    @InjectRepository(ActivityPhotoEntity) private readonly photos: Repository<ActivityPhotoEntity>,
    @InjectRepository(DefectEntity) private readonly defects: Repository<DefectEntity>,
    @InjectRepository(InquiryEntity) private readonly inquiries: Repository<InquiryEntity>,
    private readonly progress: ProgressService,
    private readonly calls: CallsService,
    private readonly dailyReports: DailyReportsService,
    private readonly scope: ProgramScopeService,
    private readonly clock: Clock,
  ) {}

  async summary(program: ProgramEntity, from: DateKey, to: DateKey): Promise<DashboardSummary> {
    const asOf = jstDateKey(this.clock.now());
    const [progress, calls, rates, dayRows, typeTotals, bookingStatus, pendingPhotos, reportStatus, attention] = await Promise.all([
      this.progress.progress(program, asOf),
      this.calls.weekly(program, from, to),
      this.dailyReports.rates(program, from, to),
      this.sessionDays(program.id, from, to),
      this.applicationTypes(program.id, from, to),
      this.bookingsByStatus(program.id, from, to),
      this.photos.count({ where: { programId: program.id, reviewStatus: 'pending' } }),
      this.reportsByStatus(program.id),
      this.attentionSources(program),
    ]);
    const held = dayRows.reduce((n, r) => n + r.sessions, 0);
    const applications = dayRows.reduce((n, r) => n + r.applications, 0);
    const thisMonth = monthKey(asOf);
    const thisWeek = calls.find((w) => w.weekStart <= asOf && w.weekEnd >= asOf);
    return {
      program: { id: program.id, title: program.title, periodStart: program.periodStart, periodEnd: program.periodEnd },
      from,
      to,
      asOf,
      kpis: {
        applicationsThisMonth: dayRows.filter((r) => monthKey(r.date) === thisMonth).reduce((n, r) => n + r.applications, 0),
        applicationsTotal: applications,
        sessionsHeld: held,
        consultations: dayRows.reduce((n, r) => n + r.consultations, 0),
        callsThisWeek: thisWeek?.total ?? 0,
        achievement: achievementRatio(progress.groups),
      },
      progress,
      calls: calls,
      sessions: { weeks: sessionsByWeek(dayRows, from, to, program.weekStartsOn), applicationsByType: typeTotals.byType, faceAuthCards: typeTotals.faceAuth },
      funnel: { reservations: bookingStatus.total, sessionsHeld: held, applications, cancellations: bookingStatus.cancelled, noShows: bookingStatus.noShow },
      photos: { months: photoStatsByMonth(dayRows, from, to), awaitingCityCheck: pendingPhotos },
      reporting: { months: rates.months, totals: rates.totals, awaitingAcceptance: reportStatus.submitted, returned: reportStatus.returned },
      attention: attentionItems({
        overdueDailyReports: rates.overdue.map((o) => ({ date: o.date, reportId: attention.reportIds.get(o.date) ?? null })),
        overdueCallWeeks: calls.filter((w) => w.dueDate < asOf && (w.status === null || w.status === 'draft')).map((w) => ({ weekStart: w.weekStart, dueDate: w.dueDate, id: `${program.id}_${w.weekStart}` })),
        returnedReports: attention.returned,
        openDefects: attention.defects,
        openComplaints: attention.complaints,
      }),
    };
  }

  /** Held sessions per day and kind with the counts the charts need (one indexed GROUP BY). */
  private async sessionDays(programId: string, from: DateKey, to: DateKey) {
    const rows = await this.sessions
      .createQueryBuilder('s')
      .select('s.date', 'date')
      .addSelect('s.service_kind', 'serviceKind')
      .addSelect('COUNT(*)', 'sessions')
      .addSelect(`SUM(${APPS})`, 'applications')
      .addSelect('SUM(s.consultations)', 'consultations')
      .addSelect('SUM(s.photos_taken_on_site)', 'photosTakenOnSite')
      .addSelect('SUM(s.photos_brought)', 'photosBrought')
      .addSelect('SUM(s.photo_retakes)', 'photoRetakes')
      .addSelect('SUM(s.photo_exceptions_medical)', 'photoExceptionsMedical')
      .addSelect('SUM(s.photo_exceptions_disability)', 'photoExceptionsDisability')
      .addSelect('SUM(s.photo_exceptions_bedridden)', 'photoExceptionsBedridden')
      .addSelect('SUM(s.photo_exceptions_other)', 'photoExceptionsOther')
      .where('s.program_id = :programId AND s.status = :held AND s.date BETWEEN :from AND :to', { programId, held: 'held', from, to })
      .groupBy('s.date')
      .addGroupBy('s.service_kind')
      .getRawMany<Record<string, string | number>>();
    return rows.map((r) => ({
      date: String(r.date),
      serviceKind: r.serviceKind as ServiceKind,
      sessions: Number(r.sessions),
      applications: Number(r.applications),
      consultations: Number(r.consultations),
      photosTakenOnSite: Number(r.photosTakenOnSite),
      photosBrought: Number(r.photosBrought),
      photoRetakes: Number(r.photoRetakes),
      photoExceptionsMedical: Number(r.photoExceptionsMedical),
      photoExceptionsDisability: Number(r.photoExceptionsDisability),
      photoExceptionsBedridden: Number(r.photoExceptionsBedridden),
      photoExceptionsOther: Number(r.photoExceptionsOther),
    }));
  }

  private async applicationTypes(programId: string, from: DateKey, to: DateKey) {
    const r = await this.sessions
      .createQueryBuilder('s')
      .select('SUM(s.applications_new)', 'new')
      .addSelect('SUM(s.applications_renewal)', 'renewal')
      .addSelect('SUM(s.applications_reissue_lost)', 'reissueLost')
      .addSelect('SUM(s.applications_reissue_damaged)', 'reissueDamaged')
      .addSelect('SUM(s.applications_reissue_other)', 'reissueOther')
      .addSelect('SUM(s.face_auth_cards)', 'faceAuth')
      .where('s.program_id = :programId AND s.status = :held AND s.date BETWEEN :from AND :to', { programId, held: 'held', from, to })
      .getRawOne<Record<string, string | number | null>>();
    const n = (v: string | number | null | undefined) => Number(v ?? 0);
    return { byType: { new: n(r?.new), renewal: n(r?.renewal), reissueLost: n(r?.reissueLost), reissueDamaged: n(r?.reissueDamaged), reissueOther: n(r?.reissueOther) }, faceAuth: n(r?.faceAuth) };
  }

  private async bookingsByStatus(programId: string, from: DateKey, to: DateKey) {
    const rows = await this.bookings
      .createQueryBuilder('b')
      .select('b.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('b.program_id = :programId AND b.received_date BETWEEN :from AND :to', { programId, from, to })
      .groupBy('b.status')
      .getRawMany<{ status: string; n: string | number }>();
    const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { total: rows.reduce((n, r) => n + Number(r.n), 0) - count('cancelled'), cancelled: count('cancelled'), noShow: count('no_show') };
  }

  private async reportsByStatus(programId: string) {
    const rows = await this.reports.createQueryBuilder('r').select('r.status', 'status').addSelect('COUNT(*)', 'n').where('r.program_id = :programId', { programId }).groupBy('r.status').getRawMany<{ status: string; n: string | number }>();
    const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { submitted: count('submitted'), returned: count('returned') };
  }

  private async attentionSources(program: ProgramEntity) {
    const [open, returned, defects, complaints] = await Promise.all([
      this.reports.find({ select: { id: true, date: true }, where: { programId: program.id, status: In(['draft', 'returned']) } }),
      this.reports.find({ select: { id: true, date: true }, where: { programId: program.id, status: 'returned' } }),
      this.defects.find({ select: { id: true, receivedDate: true }, where: { programId: program.id, resolvedDate: IsNull() }, order: { receivedDate: 'ASC' }, take: 20 }),
      this.inquiries.find({ select: { id: true, date: true }, where: { programId: program.id, category: 'complaint', closedDate: IsNull() }, order: { date: 'ASC' }, take: 20 }),
    ]);
    return {
      reportIds: new Map(open.map((r) => [r.date, r.id])),
      returned: returned.map((r) => ({ date: r.date, id: r.id, resource: 'daily-reports' as const })),
      defects: defects.map((d) => ({ receivedDate: d.receivedDate, id: d.id })),
      complaints: complaints.map((c) => ({ date: c.date, id: c.id })),
    };
  }

  /** One row per program the user sees, for those with several (city admins of a multi-program city, vendors). */
  async overview(actor: Actor) {
    const ids = await this.scope.visibleProgramIds(actor);
    const out = [];
    for (const id of ids) {
      const program = await this.scope.programById(id);
      const asOf = jstDateKey(this.clock.now());
      const progress = await this.progress.progress(program, asOf);
      const sessions = await this.sessions
        .createQueryBuilder('s')
        .select('COUNT(*)', 'held')
        .addSelect(`SUM(${APPS})`, 'applications')
        .where('s.program_id = :id AND s.status = :held', { id, held: 'held' })
        .getRawOne<{ held: string | number; applications: string | number | null }>();
      out.push({
        id,
        title: program.title,
        periodStart: program.periodStart,
        periodEnd: program.periodEnd,
        sessionsHeld: Number(sessions?.held ?? 0),
        applications: Number(sessions?.applications ?? 0),
        groups: progress.groups.map((g) => ({ name: g.name, logic: g.logic, met: g.met, status: g.status })),
      });
    }
    return out;
  }
}
