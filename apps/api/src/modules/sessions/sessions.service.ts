import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { conflict, type DateKey, invalid, jstDateKey, notFoundIn, type ListQuery, monthKey, weekStart } from '@outreach/domain/common';
import { dailyOfKinds, type DailyValue, outsidePeriod, resolvePeriods, type ServiceKind } from '@outreach/domain/programs';
import { facilitiesVisitedByDay, heldSessionProblem, isUnbookedVisit, type SessionInput, sessionNeedsOffDayReason, type SessionView, unbookedVisitProblem } from '@outreach/domain/sessions';
import { DataSource, type EntityManager, type FindOptionsWhere, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import { ApprovalsService } from '../approvals/approvals.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { type MetricRequest, ProgramActivityRegistry } from '../programs/program-activity.registry';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { SessionHooks } from './session-hooks';
import { APPLICATIONS_SQL } from './session-queries.service';
import { SessionEntity } from './session.entity';
import { countsOf, toSessionView, zeroCounts } from './session.mapper';

export const SESSION_LIST = {
  sortable: ['date', 'serviceKind', 'status', 'place'],
  filterable: ['programId', 'from', 'to', 'status', 'serviceKind', 'date'],
  defaultSort: { field: 'date', order: 'DESC' as const },
};


/** 実施: visits and events, planned, held or cancelled. Held sessions feed the daily report and every count. */
@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly users: UserAccountsService,
    private readonly scope: ProgramScopeService,
    private readonly activity: ProgramActivityRegistry,
    private readonly handling: HandlingRecordService,
    private readonly hooks: SessionHooks,
    private readonly approvals: ApprovalsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.activity.registerMetrics({
      metrics: ['sessions', 'applications', 'consultations', 'facilities_visited'],
      daily: (programId, requests, upTo) => this.daily(programId, requests, upTo),
    });
  }

  /**
   * Actuals by date from held sessions: sessions, applications, consultations, and each facility on its first visit.
   * One query grouped by date × kind answers every count target, one grouped by facility every facilities target.
   */
  private async daily(programId: string, requests: readonly MetricRequest[], upTo: DateKey): Promise<DailyValue[][]> {
    const held = () => this.sessions.createQueryBuilder('s').where('s.program_id = :programId AND s.status = :held AND s.date <= :upTo', { programId, held: 'held', upTo });
    const counted = requests.filter((r) => r.metric !== 'facilities_visited');
    const kinds = [...new Set(counted.flatMap((r) => r.kinds))];
    const facilities = requests.some((r) => r.metric === 'facilities_visited' && r.kinds.includes('facility_visit'));
    // A facility is its record where the session names one (施設, issue 18 item 5), else its place's name.
    const facility = 'COALESCE(s.facility_id, s.place)';
    const [rows, visits] = await Promise.all([
      kinds.length
        ? held()
            .andWhere('s.service_kind IN (:...kinds)', { kinds })
            .select('s.date', 'date')
            .addSelect('s.service_kind', 'kind')
            .addSelect('COUNT(*)', 'sessions')
            .addSelect(`SUM(${APPLICATIONS_SQL})`, 'applications')
            .addSelect('SUM(s.consultations)', 'consultations')
            .groupBy('s.date')
            .addGroupBy('s.service_kind')
            .getRawMany<{ date: string; kind: ServiceKind; sessions: string | number; applications: string | number | null; consultations: string | number | null }>()
        : Promise.resolve([]),
      facilities
        ? held().andWhere('s.service_kind = :fk', { fk: 'facility_visit' }).select(facility, 'place').addSelect('MIN(s.date)', 'date').groupBy(facility).getRawMany<{ place: string; date: string }>()
        : Promise.resolve([]),
    ]);
    const visited = facilitiesVisitedByDay(visits);
    return requests.map((r) => {
      if (r.kinds.length === 0) return [];
      if (r.metric === 'facilities_visited') return r.kinds.includes('facility_visit') ? visited.map((d) => ({ ...d })) : [];
      const field = r.metric === 'sessions' ? 'sessions' : r.metric === 'applications' ? 'applications' : 'consultations';
      return dailyOfKinds(rows.map((x) => ({ date: x.date, kind: x.kind, value: Number(x[field]) })), r.kinds);
    });
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: SessionView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const f = query.filter;
    const where: FindOptionsWhere<SessionEntity> = { programId: In(typeof f.programId === 'string' ? visible.filter((v) => v === f.programId) : visible) };
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    if (typeof f.status === 'string') where.status = f.status;
    if (typeof f.serviceKind === 'string') where.serviceKind = f.serviceKind;
    const range = typeof f.date === 'string' ? dateParam(f.date, 'date') : dateRange(dateParam(f.from, 'from'), dateParam(f.to, 'to'));
    if (range) where.date = range;
    const [rows, total] = await this.sessions.findAndCount({ where, ...pageOptions<SessionEntity>(query) });
    return { data: rows.map(toSessionView), total };
  }

  /** What the handling record names a session by: its day and kind (a home visit's place is an address). */
  async targetFacts(programId: string, ids: readonly string[]): Promise<Array<Pick<SessionEntity, 'id' | 'date' | 'serviceKind'>>> {
    if (!ids.length) return [];
    return this.sessions.find({ select: { id: true, date: true, serviceKind: true }, where: { programId, id: In([...ids]) } });
  }

  /** Whether a session belongs to the program (other features check ids in their bodies with it). */
  async existsInProgram(programId: string, id: string): Promise<boolean> {
    return (await this.sessions.count({ where: { id, programId } })) > 0;
  }

  async get(actor: Actor, id: string): Promise<SessionView> {
    return toSessionView((await this.find(actor, id)).session);
  }

  private async find(actor: Actor, id: string): Promise<{ session: SessionEntity; program: ProgramEntity }> {
    const { record: session, program } = await this.scope.withProgram(actor, await this.sessions.findOne({ where: { id } }), '実施記録が見つかりません');
    return { session, program };
  }

  /**
   * The rules the shape alone cannot check: the program runs that kind, the place is approved where the program asks
   * for it (on creating or moving the session: a session stays where it was approved), the day, and who went.
   */
  private async check(program: ProgramEntity, input: SessionInput, current?: Pick<SessionEntity, 'serviceKind' | 'place'>): Promise<void> {
    if (!program.serviceKinds.includes(input.serviceKind)) throw invalid('この事業にないサービス種別です', { serviceKind: 'この事業にないサービス種別です' });
    if (input.serviceKind === 'facility_visit' && input.facilityId && this.hooks.facilities && !(await this.hooks.facilities.exists(program.id, input.facilityId))) {
      throw notFoundIn('facilityId', '施設が見つかりません');
    }
    if (!current || current.place !== input.place || current.serviceKind !== input.serviceKind) await this.approvals.assertPlaceAllowed(program, input);
    const outside = outsidePeriod(input.date, 'visits', resolvePeriods(program).visits);
    if (outside) throw invalid(outside, { date: outside });
    if (sessionNeedsOffDayReason(input.date, program.workingHours, input.serviceKind) && !input.offDayReason) {
      throw invalid('稼働日以外の実施には理由が必要です', { offDayReason: '稼働日以外に実施する理由を入力してください' });
    }
    if (input.staffUserIds.length) {
      const vendorOrgs = await this.scope.vendorOrganizationIds(program.id);
      const staff = await this.users.membersOf(input.staffUserIds, vendorOrgs);
      if (staff.length !== new Set(input.staffUserIds).size) throw notFoundIn('staffUserIds', '担当者はこの事業の受託者の職員から選んでください');
    }
  }

  private fields(program: ProgramEntity, input: SessionInput, bookingId: string | null) {
    // The reason belongs to an unbooked home or facility visit only; a booked session or a venue event keeps none.
    const unbooked = isUnbookedVisit(input, bookingId, program.takesBookings) && input.unbookedReason ? input.unbookedReason : null;
    return {
      date: input.date,
      weekStart: weekStart(input.date, program.weekStartsOn),
      month: monthKey(input.date),
      serviceKind: input.serviceKind,
      place: input.place,
      method: input.method,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      staffUserIds: input.staffUserIds,
      cityStaffPresent: input.cityStaffPresent,
      status: input.status,
      cancelReason: input.status === 'cancelled' ? (input.cancelReason ?? null) : null,
      offDayReason: input.offDayReason ?? null,
      unbookedReason: unbooked,
      unbookedReasonText: unbooked === 'other' ? (input.unbookedReasonText ?? null) : null,
      // Only a facility visit is at a facility; absent on an update: the link stays as it was.
      ...(input.facilityId !== undefined || input.serviceKind !== 'facility_visit' ? { facilityId: input.serviceKind === 'facility_visit' ? (input.facilityId ?? null) : null } : {}),
    };
  }

  /**
   * A visit is marked held on its date or later, and a booking's visit not before the booking's date; a held home or
   * facility visit without a booking says why.
   */
  private assertHeldInTime(program: ProgramEntity, input: SessionInput, bookingId: string | null, bookingVisitDate?: DateKey | null): void {
    const problem = heldSessionProblem(input, jstDateKey(this.clock.now()), bookingVisitDate) ?? unbookedVisitProblem(input, bookingId, program.takesBookings);
    if (problem) throw invalid(problem.message, { [problem.field]: problem.message });
  }

  async create(actor: Actor, programId: string, input: SessionInput): Promise<SessionView> {
    const program = await this.scope.visibleProgram(actor, programId);
    await this.check(program, input);
    this.assertHeldInTime(program, input, null);
    const id = await this.dataSource.transaction((m) => this.insert(m, actor, program, input, null));
    return this.get(actor, id);
  }

  /**
   * The planned session of a booking, inside the booking's transaction. Only the transaction's connection is
   * used: a second pool connection taken while holding the booking locks could starve the pool under load.
   */
  async createForBooking(m: EntityManager, actor: Actor, program: ProgramEntity, input: SessionInput, bookingId: string): Promise<string> {
    if (!program.serviceKinds.includes(input.serviceKind)) throw invalid('この事業にないサービス種別です', { serviceKind: 'この事業にないサービス種別です' });
    await this.approvals.assertPlaceAllowed(program, input, m);
    return this.insert(m, actor, program, input, bookingId);
  }

  private async insert(m: EntityManager, actor: Actor, program: ProgramEntity, input: SessionInput, bookingId: string | null): Promise<string> {
    const id = randomUUID();
    await this.hooks.day.assertOpen(m, program.id, input.date);
    await m.getRepository(SessionEntity).insert({ id, programId: program.id, bookingId, ...this.fields(program, input, bookingId), ...zeroCounts() });
    if (input.status === 'held') await this.hooks.day.held(m, program.id, input.date);
    await this.handling.record(actor, { action: 'session.create', resourceType: 'session', resourceId: id, programId: program.id }, m);
    return id;
  }

  async update(actor: Actor, id: string, input: SessionInput): Promise<SessionView> {
    const { session, program } = await this.find(actor, id);
    await this.check(program, input, session);
    this.assertHeldInTime(program, input, session.bookingId, session.bookingId ? await this.hooks.booking.visitDate(session.bookingId) : null);
    await this.dataSource.transaction(async (m) => {
      await this.hooks.day.assertOpen(m, program.id, session.date);
      if (input.date !== session.date) await this.hooks.day.assertOpen(m, program.id, input.date);
      const counts = input.status === 'held' ? {} : zeroCounts(); // only held sessions carry counts
      await m.getRepository(SessionEntity).update({ id }, { ...this.fields(program, input, session.bookingId), ...counts });
      if (input.status === 'held') await this.hooks.day.held(m, program.id, input.date);
      // The visit of a booking happened: the booking is visited (its personal data can go once the slip was shared).
      if (input.status === 'held' && session.bookingId) await this.hooks.booking.visited(m, session.bookingId, input.date);
      await this.handling.record(actor, { action: 'session.update', resourceType: 'session', resourceId: id, programId: program.id }, m);
    });
    return this.get(actor, id);
  }

  /** A booking moved: its session moves with it (date, week and month keys), inside the booking's transaction. */
  async moveForBooking(m: EntityManager, program: ProgramEntity, id: string, date: DateKey): Promise<void> {
    await m.getRepository(SessionEntity).update({ id }, { date, weekStart: weekStart(date, program.weekStartsOn), month: monthKey(date) });
  }

  /** A booking was cancelled or not kept: its session, while still planned, is cancelled with the reason. */
  async cancelForBooking(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.getRepository(SessionEntity).update({ id, status: 'planned' }, { status: 'cancelled', cancelReason: reason.slice(0, 200) });
  }

  /**
   * The counts a daily report files for its held sessions, inside the report's transaction: one UPDATE for the whole
   * day (each column a CASE by id), not one per session — the autosave sends the whole day every few seconds, and
   * each statement awaited is one more turn of a busy API thread (docs/performance.md, "The save in fewer turns").
   */
  async saveCounts(m: EntityManager, sessions: ReadonlyArray<{ id: string }>): Promise<void> {
    // A session sent twice keeps its last counts, as when each was written in turn.
    const latest = [...new Map(sessions.map((s) => [s.id, s])).values()];
    if (latest.length <= 1) {
      for (const s of latest) await m.getRepository(SessionEntity).update({ id: s.id }, countsOf(s));
      return;
    }
    const rows = latest.map((s) => countsOf(s) as Record<string, unknown>);
    const params: Record<string, unknown> = Object.fromEntries(latest.map((s, i) => [`id${i}`, s.id]));
    const set = Object.fromEntries(
      Object.keys(rows[0]).map((field, c) => {
        const whens = rows.map((row, i) => {
          params[`v${c}_${i}`] = row[field];
          return `WHEN :id${i} THEN :v${c}_${i}`;
        });
        return [field, () => `CASE id ${whens.join(' ')} END`];
      }),
    );
    await m.createQueryBuilder().update(SessionEntity).set(set).setParameters(params).where('id IN (:...ids)', { ids: latest.map((s) => s.id) }).execute();
  }

  /**
   * Only a planned session can be deleted; a held or cancelled one stays on record, and so does a planned one whose
   * applications were entered ahead (the register's applicants would be left without their visit).
   */
  async remove(actor: Actor, id: string): Promise<SessionView> {
    const { session, program } = await this.find(actor, id);
    if (session.status !== 'planned') throw conflict('実施済み・中止の記録は削除できません（状態を変更してください）');
    await this.dataSource.transaction(async (m) => {
      const applications = (await this.hooks.register?.countOfSession(m, id)) ?? 0;
      if (applications > 0) throw conflict(`この実施には申請台帳の申請が${applications}件あるため削除できません（中止にする場合は状態を変更してください）`);
      await m.getRepository(SessionEntity).delete({ id });
      await this.handling.record(actor, { action: 'session.delete', resourceType: 'session', resourceId: id, programId: program.id }, m);
    });
    return toSessionView(session);
  }
}
