import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey } from '@outreach/domain/common';
import type { SessionDayRow } from '@outreach/domain/dashboard';
import { BOOKED_VISIT_KINDS, type ServiceKind } from '@outreach/domain/programs';
import { APPLICATION_COUNT_FIELDS, applicationCounts, type ApplicationCountField, type ApplicationCounts, type PhotoCountsRow, type SessionView, type UnbookedReason } from '@outreach/domain/sessions';
import { Between, In, IsNull, type Repository } from 'typeorm';
import { snake } from './session-export';
import { SessionEntity } from './session.entity';
import { toSessionView } from './session.mapper';

export const APPLICATIONS_SQL = 's.applications_new + s.applications_renewal + s.applications_reissue_lost + s.applications_reissue_damaged + s.applications_reissue_other';

/** Held sessions of one day and kind with the counts the dashboard's charts need. */
export type HeldDay = SessionDayRow & PhotoCountsRow & { consultations: number };

const HELD_DAY_SUMS = ['consultations', 'photosTakenOnSite', 'photosBrought', 'photoRetakes', 'photoExceptionsMedical', 'photoExceptionsDisability', 'photoExceptionsBedridden', 'photoExceptionsOther'] as const;

/**
 * What other features read of sessions (daily reports, the dashboard, the Excel reports), asked of their owner.
 * Every aggregate is a GROUP BY on stored date keys through an index that starts with program_id.
 */
@Injectable()
export class SessionQueries {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  /** Held sessions dated in [from, to], in the order of the day. */
  async held(programId: string, from: DateKey, to: DateKey): Promise<SessionView[]> {
    const rows = await this.sessions.find({ where: { programId, status: 'held', date: Between(from, to) }, order: { date: 'ASC', startTime: 'ASC', createdAt: 'ASC' } });
    return rows.map(toSessionView);
  }

  /** Held sessions of some programs on some dates (the rows of daily-report lists). */
  async heldOn(programIds: string[], dates: DateKey[]): Promise<SessionView[]> {
    return (await this.sessions.find({ where: { programId: In(programIds), date: In(dates), status: 'held' } })).map(toSessionView);
  }

  /** Every session of one program and day (held, planned and cancelled), in the order of the day. */
  async ofDay(programId: string, date: DateKey): Promise<SessionView[]> {
    return (await this.sessions.find({ where: { programId, date }, order: { startTime: 'ASC', createdAt: 'ASC' } })).map(toSessionView);
  }

  /**
   * The visits in [from, to] recorded without a booking and not cancelled (planned or held), in the order of the
   * days: the teams staff them beside the booked ones (a booked visit is staffed through its booking's slot).
   */
  async unbookedVisitsBetween(programId: string, from: DateKey, to: DateKey): Promise<SessionView[]> {
    const rows = await this.sessions.find({
      where: { programId, date: Between(from, to), status: In(['planned', 'held']), bookingId: IsNull() },
      order: { date: 'ASC', startTime: 'ASC', createdAt: 'ASC' },
    });
    return rows.map(toSessionView);
  }

  /** Which of these ids are sessions of the program. */
  async idsIn(programId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.sessions.find({ select: { id: true }, where: { programId, id: In(ids) } })).map((s) => s.id));
  }

  /** The dates in [from, to] with held sessions (the days that owe a daily report). */
  async heldDates(programId: string, from: DateKey, to: DateKey): Promise<DateKey[]> {
    const rows = await this.sessions
      .createQueryBuilder('s')
      .select('DISTINCT s.date', 'date')
      .where('s.program_id = :id AND s.status = :held AND s.date BETWEEN :from AND :to', { id: programId, held: 'held', from, to })
      .getRawMany<{ date: string }>();
    return rows.map((r) => r.date);
  }

  private heldBetween(programId: string, from: DateKey, to: DateKey) {
    return this.sessions.createQueryBuilder('s').where('s.program_id = :programId AND s.status = :held AND s.date BETWEEN :from AND :to', { programId, held: 'held', from, to });
  }

  /** Held sessions per day and kind with the counts the charts need (one indexed GROUP BY). */
  async heldDays(programId: string, from: DateKey, to: DateKey): Promise<HeldDay[]> {
    const qb = this.heldBetween(programId, from, to).select('s.date', 'date').addSelect('s.service_kind', 'serviceKind').addSelect('COUNT(*)', 'sessions').addSelect(`SUM(${APPLICATIONS_SQL})`, 'applications');
    for (const field of HELD_DAY_SUMS) qb.addSelect(`SUM(s.${snake(field)})`, field);
    const rows = await qb.groupBy('s.date').addGroupBy('s.service_kind').getRawMany<Record<string, string | number>>();
    // A year has ≈ 300 rows: the sums are set in a loop (Object.fromEntries per row cost ≈ 1 ms of every summary).
    return rows.map((r) => {
      const day = { date: String(r.date), serviceKind: r.serviceKind as ServiceKind, sessions: Number(r.sessions), applications: Number(r.applications) } as HeldDay;
      for (const f of HELD_DAY_SUMS) day[f] = Number(r[f]);
      return day;
    });
  }

  /**
   * Held home and facility visits in [from, to] by whether they came from a booking: those recorded without one are
   * 予約なしの訪問 on the dashboard's funnel, by their reason (venue events take no bookings and are left out; so does a
   * program that books no visits, isUnbookedVisit: none of its visits lacks a booking).
   */
  async visitBookingLinks(
    program: { id: string; takesBookings: boolean },
    from: DateKey,
    to: DateKey,
  ): Promise<{ fromBookings: number; unbooked: number; unbookedByReason: Array<{ reason: UnbookedReason | null; count: number }> }> {
    if (!program.takesBookings) return { fromBookings: 0, unbooked: 0, unbookedByReason: [] };
    const rows = await this.heldBetween(program.id, from, to)
      .andWhere('s.service_kind IN (:...kinds)', { kinds: [...BOOKED_VISIT_KINDS] })
      .select('CASE WHEN s.booking_id IS NULL THEN 0 ELSE 1 END', 'booked')
      .addSelect('s.unbooked_reason', 'reason')
      .addSelect('COUNT(*)', 'count')
      .groupBy('booked')
      .addGroupBy('s.unbooked_reason')
      .getRawMany<{ booked: string | number; reason: string | null; count: string | number }>();
    const unbookedByReason = rows
      .filter((r) => Number(r.booked) === 0)
      .map((r) => ({ reason: r.reason as UnbookedReason | null, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || String(a.reason).localeCompare(String(b.reason)));
    const fromBookings = rows.filter((r) => Number(r.booked) === 1).reduce((n, r) => n + Number(r.count), 0);
    return { fromBookings, unbooked: unbookedByReason.reduce((n, r) => n + r.count, 0), unbookedByReason };
  }

  /** Applications by type (the domain's application types) and face-authentication cards of the held sessions in [from, to]. */
  async applicationTypes(programId: string, from: DateKey, to: DateKey): Promise<{ byType: ApplicationCounts; faceAuth: number }> {
    const fields = Object.values(APPLICATION_COUNT_FIELDS);
    const qb = this.heldBetween(programId, from, to).select('SUM(s.face_auth_cards)', 'faceAuth');
    for (const field of fields) qb.addSelect(`SUM(s.${snake(field)})`, field);
    const r = await qb.getRawOne<Record<string, string | number | null>>();
    const n = (key: string) => Number(r?.[key] ?? 0);
    return { byType: applicationCounts(Object.fromEntries(fields.map((f) => [f, n(f)])) as Record<ApplicationCountField, number>), faceAuth: n('faceAuth') };
  }

  /** Held sessions and their applications in [from, to] (the overview of several programs: its period up to today). */
  async heldTotals(programId: string, from: DateKey, to: DateKey): Promise<{ held: number; applications: number }> {
    const r = await this.heldBetween(programId, from, to)
      .select('COUNT(*)', 'held')
      .addSelect(`SUM(${APPLICATIONS_SQL})`, 'applications')
      .getRawOne<{ held: string | number; applications: string | number | null }>();
    return { held: Number(r?.held ?? 0), applications: Number(r?.applications ?? 0) };
  }
}
