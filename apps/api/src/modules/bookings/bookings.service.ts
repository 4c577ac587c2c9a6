import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AvailabilityRequest,
  type BookingContext,
  type BookingCreate,
  type BookingOverrides,
  checkBooking,
  dayAvailability,
  type BookingStatus,
  type BookingView,
  type DayAvailability,
  findSlots,
  type FindSlotsResult,
  bookingGuidanceChecklist,
  bookingRequirementProblems,
  homeIntakeProblems,
  intakeSlotRequest,
  type PersonalDataDeletionRow,
  type PersonalDataDeletionRule,
  type ReceptionListRow,
  RESERVATION_UNCOUNTED_STATUSES,
  type SlotChoice,
  slotKey,
  type SlotPosition,
  type SlotRequest,
} from '@outreach/domain/bookings';
import { deletionRuleOf } from '@outreach/domain/personal-data';
import { addDays, conflict, type DateKey, forbidden, invalid, jstDateKey, type ListQuery } from '@outreach/domain/common';
import { visitWeekProblem } from '@outreach/domain/booking-shares';
import { FACILITY_OPEN_BOOKING_STATUSES } from '@outreach/domain/facilities';
import { closedProgramProblem } from '@outreach/domain/program-closing';
import { bookingsNotTakenProblem, dailyOfKinds, resolvePeriods, type ServiceKind } from '@outreach/domain/programs';
import { handlingReason } from '@outreach/domain/handling-records';
import { DataSource, type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import { rawInstant } from '../../database/keyset';
import { CallsService } from '../calls/calls.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { BookingSettingsService } from '../booking-settings/booking-settings.service';
import { ProgramActivityRegistry } from '../programs/program-activity.registry';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { VisitDaysService } from '../programs/visit-days.service';
import { SessionHooks } from '../sessions/session-hooks';
import { SessionsService } from '../sessions/sessions.service';
import { BookingHooks, type PersonalData } from './booking-hooks';
import { BookingEntity, BookingEventEntity, BookingSlotEntity, ReceptionCounterEntity } from './booking.entity';
import { toBookingView } from './booking.mapper';

const ACTIVE = ['tentative', 'confirmed'];
/** A booking changed by someone else between reading it and writing it. */
const STATUS_CHANGED = '他の操作で予約の状態が変わりました。画面を更新してください';
export const TAKEN_MESSAGE = 'この枠は直前に予約されました';

export const BOOKING_LIST = {
  sortable: ['receptionNumber', 'visitDate', 'receivedAt', 'status'],
  filterable: ['programId', 'status', 'kind', 'from', 'to', 'visitDate'],
  defaultSort: { field: 'receptionNumber', order: 'DESC' as const },
};

/**
 * Reservations: the slot engine decides, the database guarantees. A slot is taken by inserting its rows under a
 * unique key inside the same transaction that takes the next reception number (ADR 0005), so two operators
 * booking the last slot at once end with one booking and one 409, and a failed booking uses no number.
 */
@Injectable()
export class BookingsService implements OnModuleInit {
  constructor(
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    private readonly scope: ProgramScopeService,
    private readonly sessions: SessionsService,
    private readonly sessionHooks: SessionHooks,
    private readonly calls: CallsService,
    private readonly visitDays: VisitDaysService,
    private readonly activity: ProgramActivityRegistry,
    private readonly handling: HandlingRecordService,
    private readonly settings: BookingSettingsService,
    private readonly hooks: BookingHooks,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A held session marks its booking visited; sessions asks here, as it does not own bookings.
    this.sessionHooks.useBookingVisit({
      visitDate: async (bookingId) => (await this.bookings.findOne({ select: { id: true, visitDate: true }, where: { id: bookingId } }))?.visitDate ?? null,
      visited: async (m, bookingId, date) => {
        await m.getRepository(BookingEntity).update({ id: bookingId, status: In(ACTIVE) }, { status: 'visited', visitFinishedDate: date });
      },
    });
    this.activity.registerMetrics({
      metrics: ['reservations'],
      // One query grouped by date × kind answers every reservations target.
      daily: async (programId, requests, upTo) => {
        // A booking is a home or a facility visit; venue events take none.
        const bookingKindsOf = (kinds: readonly ServiceKind[]) => kinds.flatMap((k) => (k === 'home_visit' ? ['home'] : k === 'facility_visit' ? ['facility'] : []));
        const bookingKinds = [...new Set(requests.flatMap((r) => bookingKindsOf(r.kinds)))];
        if (bookingKinds.length === 0) return requests.map(() => []);
        const rows = await this.bookings
          .createQueryBuilder('b')
          .select('b.received_date', 'date')
          .addSelect('b.kind', 'kind')
          .addSelect('COUNT(*)', 'value')
          .where('b.program_id = :programId AND b.status NOT IN (:...uncounted) AND b.received_date <= :upTo', { programId, uncounted: [...RESERVATION_UNCOUNTED_STATUSES], upTo })
          .andWhere('b.kind IN (:...bookingKinds)', { bookingKinds })
          .groupBy('b.received_date')
          .addGroupBy('b.kind')
          .getRawMany<{ date: string; kind: string; value: string | number }>();
        const counted = rows.map((r) => ({ date: r.date, kind: r.kind, value: Number(r.value) }));
        return requests.map((r) => dailyOfKinds(counted, bookingKindsOf(r.kinds)));
      },
    });
    this.activity.registerBookedDates({
      bookedDates: async (programId) => {
        const rows = await this.bookings.find({ select: { visitDate: true }, where: { programId, status: In(ACTIVE), visitDate: Not(IsNull()) } });
        const out = new Map<DateKey, number>();
        for (const r of rows) out.set(r.visitDate!, (out.get(r.visitDate!) ?? 0) + 1);
        return out;
      },
    });
  }

  // ------------------------------------------------------------------------------------------ engine context

  async context(program: ProgramEntity, m: EntityManager = this.dataSource.manager, overrides?: BookingOverrides, excludeBookingId?: string, receivedOn?: DateKey): Promise<BookingContext> {
    const [days, active, meetings, travel] = await Promise.all([
      this.visitDays.calendar(program.id, m),
      m.getRepository(BookingEntity).find({ where: { programId: program.id, status: In(ACTIVE), visitDate: Not(IsNull()) } }),
      this.hooks.preMeetings(program.id, m),
      this.settings.travelMatrix(program.id, m),
    ]);
    return {
      rules: program.bookingRules,
      workingHours: program.workingHours,
      visitDays: days,
      bookings: active
        .filter((b) => b.id !== excludeBookingId && b.positions.length > 0)
        .map((b) => ({ id: b.id, date: b.visitDate!, positions: b.positions as SlotPosition[], kind: b.kind as 'home' | 'facility', district: b.district, plannedApplications: b.plannedApplications })),
      preMeetings: meetings.map((p) => ({ date: p.date, half: p.half as 'am' | 'pm' })),
      travel,
      today: jstDateKey(this.clock.now()),
      receivedOn,
      visits: resolvePeriods(program).visits,
      overrides,
    };
  }

  private checkOverrides(actor: Actor, overrides?: BookingOverrides & { requirements?: boolean }): void {
    if ((overrides?.leadTime || overrides?.pmThirdTravel || overrides?.requirements) && !actor.permissions.has('booking.override')) {
      throw forbidden('受付期限・午後3件目の移動時間・案内と本人確認書類の例外は管理者のみ設定できます');
    }
  }

  /** Offers for a request; `receivedOn`: the day a request placed later (a facility's) was received — its lead time counts from then. */
  async search(actor: Actor, program: ProgramEntity, request: SlotRequest, overrides?: BookingOverrides & { reason?: string }, receivedOn?: DateKey): Promise<FindSlotsResult> {
    refuseIfNotTaken(program);
    this.checkOverrides(actor, overrides);
    return findSlots({ ...(await this.context(program, undefined, overrides, undefined, receivedOn)), request, limit: 10 });
  }

  async availability(program: ProgramEntity, from: DateKey, to: DateKey, request?: AvailabilityRequest): Promise<DayAvailability[]> {
    return dayAvailability(await this.context(program), from, to, request);
  }

  // ------------------------------------------------------------------------------------------ writes

  /** The next reception number of the program, inside the caller's transaction (a rollback gives it back). */
  private async nextNumber(m: EntityManager, programId: string): Promise<number> {
    const repo = m.getRepository(ReceptionCounterEntity);
    for (let attempt = 0; attempt < 3; attempt++) {
      const updated = await repo.increment({ programId }, 'nextNumber', 1);
      if (updated.affected) return (await repo.findOneByOrFail({ programId })).nextNumber - 1;
      try {
        await repo.insert({ programId, nextNumber: 2 });
        return 1;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e; // another booking created the counter first: increment it
      }
    }
    throw conflict('受付番号を取得できませんでした。もう一度お試しください');
  }

  /** Inserts the slot rows; a unique-key violation means someone took the slot since it was offered. */
  private async takeSlots(m: EntityManager, programId: string, bookingId: string, keys: string[]): Promise<void> {
    await m.getRepository(BookingSlotEntity).insert(keys.map((slotKey_) => ({ id: randomUUID(), programId, slotKey: slotKey_, bookingId })));
  }

  /** Re-checks the choice against the rules with fresh data inside the transaction. */
  private async recheck(m: EntityManager, program: ProgramEntity, request: Omit<SlotRequest, 'wishes'>, choice: SlotChoice, overrides?: BookingOverrides, excludeBookingId?: string, receivedOn?: DateKey): Promise<string[]> {
    const ctx = await this.context(program, m, overrides, excludeBookingId, receivedOn);
    const verdict = checkBooking({ ...ctx, request, choice });
    if (verdict.ok) return verdict.occupiedKeys;
    const keys = choice.positions.map((p) => slotKey(choice.date, p));
    const taken = await m.getRepository(BookingSlotEntity).count({ where: { programId: program.id, slotKey: In(keys), ...(excludeBookingId ? { bookingId: Not(excludeBookingId) } : {}) } });
    if (taken > 0) throw new SlotTakenError();
    throw invalid(verdict.reason, { choice: verdict.reason });
  }

  /** 409 with fresh alternatives for the same request, so the operator can offer another slot at once. */
  private async takenConflict(program: ProgramEntity, request: SlotRequest) {
    const alternatives = findSlots({ ...(await this.context(program)), request, limit: 5 }).offers;
    return conflict(TAKEN_MESSAGE, { choice: TAKEN_MESSAGE }, { alternatives });
  }

  private async inTransaction<T>(program: ProgramEntity, request: SlotRequest, work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (e) {
      if (e instanceof SlotTakenError || isUniqueViolation(e)) throw await this.takenConflict(program, request);
      throw e;
    }
  }

  async create(actor: Actor, program: ProgramEntity, body: BookingCreate): Promise<BookingView> {
    refuseIfNotTaken(program);
    const closed = closedProgramProblem(program);
    if (closed) throw conflict(closed, { programId: closed });
    const now = this.clock.now();
    const id = randomUUID();
    if (body.type === 'facility') {
      const r = body.request;
      const { wishes: _w, district: _d, estimatedApplicants: _e, ...personal } = r;
      await this.dataSource.transaction(async (m) => {
        const facility = await this.hooks.facilities?.resolve(m, actor, program.id, r, body.facilityId);
        if (facility) await this.refuseSecondRequest(m, program.id, facility);
        const number = await this.nextNumber(m, program.id);
        await m.getRepository(BookingEntity).insert(this.row(id, program.id, number, 'facility', 'tentative', now, { district: r.district, applicants: r.estimatedApplicants, plannedApplications: r.estimatedApplicants, callId: body.callId ?? null, facilityId: facility?.id ?? null }));
        await this.hooks.personal.store(m, { id, programId: program.id }, { type: 'facility', request: personal } satisfies PersonalData);
        await this.event(m, actor, id, 'created', {});
        await this.linkCall(m, body.callId, id, program.id);
        await this.handling.record(actor, { action: 'booking.create', resourceType: 'booking', resourceId: id, programId: program.id }, m);
      });
      return this.get(actor, id);
    }

    this.checkOverrides(actor, body.overrides);
    const intake = body.intake;
    // What the schema cannot know without today's date: a date of birth in the future or implausibly old.
    const dated = homeIntakeProblems(intake, jstDateKey(this.clock.now()));
    if (Object.keys(dated).length) throw invalid(Object.values(dated)[0], Object.fromEntries(Object.entries(dated).map(([k, v]) => [`intake.${k}`, v])));
    const request = intakeSlotRequest(intake);
    const types = intake.applicants.map((a) => a.applicationType);
    const checklist = bookingGuidanceChecklist(types, program, 'home');
    const known = new Set(checklist.map((g) => g.id));
    const unknownGuidance = body.guidanceGiven.filter((g) => !known.has(g));
    if (unknownGuidance.length) throw invalid('案内項目が申請の種類と合いません', { guidanceGiven: `不要な案内項目: ${unknownGuidance.join(', ')}` });
    // Guidance read out and valid identity documents before the visit is confirmed; a manager may set them aside with a reason.
    const unmet = bookingRequirementProblems(intake.applicants, checklist, body.guidanceGiven);
    if (Object.keys(unmet).length && !body.overrides?.requirements) {
      throw invalid('案内と本人確認書類を確認してから予約を確定してください', Object.fromEntries(Object.entries(unmet).map(([k, v]) => [k === 'guidanceGiven' ? k : `intake.${k}`, v])));
    }
    const { wishes: _w, district: _d, plannedApplications: _p, ...personal } = intake;
    await this.inTransaction(program, request, async (m) => {
      const keys = await this.recheck(m, program, request, body.choice, body.overrides);
      const number = await this.nextNumber(m, program.id);
      await m.getRepository(BookingEntity).insert(
        this.row(id, program.id, number, 'home', 'confirmed', now, {
          visitDate: body.choice.date,
          half: body.choice.half,
          positions: body.choice.positions,
          district: intake.district,
          applicants: intake.applicants.length,
          plannedApplications: request.plannedApplications,
          callerRelation: intake.caller.relation,
          applicationTypes: types,
          guidanceGiven: body.guidanceGiven,
          callId: body.callId ?? null,
          overrideReason: body.overrides?.leadTime || body.overrides?.pmThirdTravel || body.overrides?.requirements ? (body.overrides.reason ?? null) : null,
        }),
      );
      await this.takeSlots(m, program.id, id, keys);
      await this.hooks.personal.store(m, { id, programId: program.id }, { type: 'home', intake: personal } satisfies PersonalData);
      const sessionId = await this.sessions.createForBooking(
        m,
        actor,
        program,
        { date: body.choice.date, serviceKind: 'home_visit', place: intake.district ?? '地区未設定', method: program.methods.home_visit ?? 'on_site_acceptance', staffUserIds: [], cityStaffPresent: false, status: 'planned' },
        id,
      );
      await m.getRepository(BookingEntity).update({ id }, { sessionId });
      await this.event(m, actor, id, 'created', { toDate: body.choice.date, toSlot: body.choice.positions.join(','), reason: body.overrides?.reason });
      await this.linkCall(m, body.callId, id, program.id);
      await this.handling.record(actor, { action: 'booking.create', resourceType: 'booking', resourceId: id, programId: program.id, reason: body.overrides?.reason }, m);
    });
    return this.get(actor, id);
  }

  /** A facility is requested once: while a request of it is open (tentative or confirmed), a second one is a 409. */
  private async refuseSecondRequest(m: EntityManager, programId: string, facility: { id: string; name: string }): Promise<void> {
    const open = await m.getRepository(BookingEntity).findOne({ select: { id: true, receptionNumber: true }, where: { programId, facilityId: facility.id, status: In([...FACILITY_OPEN_BOOKING_STATUSES]) } });
    if (open) throw conflict(`${facility.name}の依頼はすでに受け付けています（受付番号 ${open.receptionNumber}）`, { facilityId: '受付済みの施設です' });
  }

  private row(id: string, programId: string, receptionNumber: number, kind: 'home' | 'facility', status: string, now: Date, v: Partial<BookingEntity>): Partial<BookingEntity> {
    return {
      id,
      programId,
      receptionNumber,
      kind,
      status,
      receivedAt: now,
      receivedDate: jstDateKey(now),
      visitDate: null,
      half: null,
      positions: [],
      district: null,
      callerRelation: null,
      applicationTypes: [],
      guidanceGiven: [],
      callId: null,
      sessionId: null,
      facilityId: null,
      overrideReason: null,
      cancelReason: null,
      sharedWithCityAt: null,
      visitFinishedDate: null,
      personalDataDeletedAt: null,
      personalDataDeletedBy: null,
      personalDataDeletionRule: null,
      ...v,
    } as Partial<BookingEntity>;
  }

  private async linkCall(m: EntityManager, callId: string | undefined, bookingId: string, programId: string): Promise<void> {
    if (callId) await this.calls.linkBooking(m, callId, programId, bookingId);
  }

  private async event(m: EntityManager, actor: Actor, bookingId: string, type: string, v: { fromDate?: string | null; fromSlot?: string | null; toDate?: string | null; toSlot?: string | null; reason?: string | null }): Promise<void> {
    await m.getRepository(BookingEventEntity).insert({
      id: randomUUID(),
      bookingId,
      occurredAt: this.clock.now(),
      userId: actor.userId,
      type,
      fromDate: v.fromDate ?? null,
      fromSlot: v.fromSlot ?? null,
      toDate: v.toDate ?? null,
      toSlot: v.toSlot ?? null,
      reason: v.reason ?? null,
    });
  }

  /** Confirms a facility request into a slot (manager), or moves a booking; the reception number stays. */
  async place(actor: Actor, id: string, choice: SlotChoice, overrides: (BookingOverrides & { reason?: string }) | undefined): Promise<BookingView> {
    const { booking, program } = await this.find(actor, id);
    if (!ACTIVE.includes(booking.status)) throw invalid('この予約は変更できません（キャンセル済み・訪問済み）');
    const confirming = booking.status === 'tentative';
    if (confirming && !actor.permissions.has('booking.override')) throw forbidden('施設の予約は管理者が調整後に確定します');
    this.checkOverrides(actor, overrides);
    const request: SlotRequest = { kind: booking.kind as 'home' | 'facility', plannedApplications: booking.plannedApplications, district: booking.district, wishes: {} };
    // Read before the transaction: inside it only its own connection is used.
    const place = booking.kind === 'facility' ? ((await this.hooks.personal.facilityName(booking.id))?.slice(0, 100) ?? '施設') : (booking.district ?? '地区未設定');
    await this.inTransaction(program, request, async (m) => {
      // A facility's request confirmed after coordination keeps the lead time from its call (003 §8(2)オ).
      const keys = await this.recheck(m, program, request, choice, overrides, id, confirming ? booking.receivedDate : undefined);
      await m.getRepository(BookingSlotEntity).delete({ bookingId: id });
      await this.takeSlots(m, program.id, id, keys);
      const placed = await m.getRepository(BookingEntity).update({ id, status: booking.status }, { visitDate: choice.date, half: choice.half, positions: choice.positions, status: 'confirmed', overrideReason: overrides?.reason ?? booking.overrideReason });
      if (!placed.affected) throw conflict(STATUS_CHANGED);
      const kind = booking.kind === 'facility' && booking.plannedApplications > program.bookingRules.smallFacilityMax ? 'facility_visit' : 'home_visit';
      if (booking.sessionId) {
        await this.sessions.moveForBooking(m, program, booking.sessionId, choice.date);
      } else {
        const sessionId = await this.sessions.createForBooking(m, actor, program, { date: choice.date, serviceKind: kind, place, method: program.methods[kind] ?? 'on_site_acceptance', staffUserIds: [], cityStaffPresent: false, status: 'planned', facilityId: booking.facilityId }, id);
        await m.getRepository(BookingEntity).update({ id }, { sessionId });
      }
      await this.event(m, actor, id, confirming ? 'confirmed' : 'moved', { fromDate: booking.visitDate, fromSlot: booking.positions.join(',') || null, toDate: choice.date, toSlot: choice.positions.join(','), reason: overrides?.reason });
      await this.handling.record(actor, { action: confirming ? 'booking.confirm' : 'booking.move', resourceType: 'booking', resourceId: id, programId: program.id, reason: overrides?.reason }, m);
    });
    return this.get(actor, id);
  }

  /** Cancels or marks a no-show; `within` writes what a caller records of it (a confirmation call) in the same transaction. */
  async close(actor: Actor, id: string, status: 'cancelled' | 'no_show', reason: string, within?: (m: EntityManager) => Promise<void>): Promise<BookingView> {
    const { booking, program } = await this.find(actor, id);
    if (!ACTIVE.includes(booking.status)) throw invalid('この予約はすでに終了しています');
    await this.dataSource.transaction(async (m) => {
      await within?.(m);
      await m.getRepository(BookingSlotEntity).delete({ bookingId: id });
      const closed = await m.getRepository(BookingEntity).update({ id, status: booking.status }, { status, cancelReason: reason });
      if (!closed.affected) throw conflict(STATUS_CHANGED);
      if (booking.sessionId) await this.sessions.cancelForBooking(m, booking.sessionId, reason);
      await this.event(m, actor, id, status, { fromDate: booking.visitDate, fromSlot: booking.positions.join(',') || null, reason });
      await this.handling.record(actor, { action: `booking.${status}`, resourceType: 'booking', resourceId: id, programId: program.id, reason }, m);
    });
    return this.get(actor, id);
  }

  /**
   * Shares the reception slips of the home visits of a week with the city (a recorded act: who, when, which). The
   * week is named by its first day (else 422). A share file's download shares exactly its reservations, inside
   * its own transaction (`only`, `m`, `how`).
   */
  async share(actor: Actor, program: ProgramEntity, weekStart: DateKey, opts: { only?: string[]; m?: EntityManager; how?: string } = {}): Promise<BookingView[]> {
    const problem = visitWeekProblem(weekStart, program.weekStartsOn);
    if (problem) throw invalid(problem, { weekStart: problem });
    const weekEnd = addDays(weekStart, 6);
    const m = opts.m ?? this.dataSource.manager;
    const rows = await m.getRepository(BookingEntity).find({ where: { programId: program.id, kind: 'home', status: In([...ACTIVE, 'visited']), visitDate: dateRange(weekStart, weekEnd), sharedWithCityAt: IsNull(), ...(opts.only ? { id: In(opts.only) } : {}) } });
    const now = this.clock.now();
    const work = async (tx: EntityManager) => {
      for (const b of rows) {
        await tx.getRepository(BookingEntity).update({ id: b.id }, { sharedWithCityAt: now });
        await this.event(tx, actor, b.id, 'shared', {});
        await this.handling.record(actor, { action: 'booking.share', resourceType: 'booking', resourceId: b.id, programId: program.id, reason: handlingReason.slipShare(weekStart, opts.how) }, tx);
      }
    };
    if (opts.m) await work(opts.m);
    else await this.dataSource.transaction(work);
    return (await m.getRepository(BookingEntity).findBy({ id: In(rows.map((r) => r.id)) })).map(toBookingView);
  }

  /** The bookings of a visit day in these statuses, by reception number (the confirmation-call list). */
  async onDay(programId: string, date: DateKey, statuses: readonly BookingStatus[]): Promise<BookingView[]> {
    const rows = await this.bookings.find({ where: { programId, visitDate: date, status: In([...statuses]) }, order: { receptionNumber: 'ASC' } });
    return rows.map(toBookingView);
  }

  /** The bookings with a visit between two days (teams, itineraries), by visit day and reception number. */
  async visitsBetween(programId: string, from: DateKey, to: DateKey, statuses: readonly BookingStatus[]): Promise<BookingView[]> {
    const rows = await this.bookings.find({ where: { programId, visitDate: dateRange(from, to), status: In([...statuses]) }, order: { visitDate: 'ASC', receptionNumber: 'ASC' } });
    return rows.map(toBookingView);
  }

  /** The days from `from` on that have a confirmed visit, ascending. */
  async confirmedVisitDates(programId: string, from: DateKey, to: DateKey): Promise<DateKey[]> {
    const rows = await this.bookings.find({ select: { visitDate: true }, where: { programId, status: 'confirmed', visitDate: dateRange(from, to) } });
    return [...new Set(rows.map((r) => r.visitDate).filter((d): d is DateKey => !!d))].sort();
  }

  async facts(programId: string, ids?: string[]): Promise<BookingView[]> {
    const rows = await this.bookings.find({ where: { programId, ...(ids ? { id: In(ids) } : {}) }, order: { receptionNumber: 'ASC' } });
    return rows.map(toBookingView);
  }

  /** Just what the weekly slip shares are counted from (the dashboard reads them every time): no full rows. */
  async shareFacts(programId: string): Promise<Array<Pick<BookingView, 'id' | 'receptionNumber' | 'kind' | 'status' | 'visitDate' | 'sharedWithCityAt' | 'personalDataDeletedAt'>>> {
    // Raw rows, not entities: every booking of the program, read on each computed dashboard summary.
    const rows = await this.bookings
      .createQueryBuilder('b')
      .select('b.id', 'id')
      .addSelect('b.reception_number', 'receptionNumber')
      .addSelect('b.kind', 'kind')
      .addSelect('b.status', 'status')
      .addSelect('b.visit_date', 'visitDate')
      .addSelect('b.shared_with_city_at', 'sharedWithCityAt')
      .addSelect('b.personal_data_deleted_at', 'personalDataDeletedAt')
      .where('b.program_id = :programId', { programId })
      .orderBy('b.reception_number', 'ASC')
      .getRawMany<{ id: string; receptionNumber: number | string; kind: string; status: string; visitDate: string | null; sharedWithCityAt: Date | string | null; personalDataDeletedAt: Date | string | null }>();
    return rows.map((b) => ({
      id: b.id,
      receptionNumber: Number(b.receptionNumber),
      kind: b.kind as BookingView['kind'],
      status: b.status as BookingView['status'],
      visitDate: b.visitDate ?? null,
      sharedWithCityAt: rawInstant(b.sharedWithCityAt),
      personalDataDeletedAt: rawInstant(b.personalDataDeletedAt),
    }));
  }

  // ------------------------------------------------------------------------------------------ reads

  async list(actor: Actor, query: ListQuery): Promise<{ data: BookingView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const f = query.filter;
    const where: Record<string, unknown> = { programId: In(typeof f.programId === 'string' ? visible.filter((v) => v === f.programId) : visible) };
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    if (typeof f.status === 'string') where.status = f.status;
    if (typeof f.kind === 'string') where.kind = f.kind;
    const range = typeof f.visitDate === 'string' ? dateParam(f.visitDate, 'visitDate') : dateRange(dateParam(f.from, 'from'), dateParam(f.to, 'to'));
    if (range) where.visitDate = range;
    const [rows, total] = await this.bookings.findAndCount({ where, ...pageOptions<BookingEntity>(query) });
    return { data: rows.map(toBookingView), total };
  }

  async find(actor: Actor, id: string): Promise<{ booking: BookingEntity; program: ProgramEntity }> {
    const { record: booking, program } = await this.scope.withProgram(actor, await this.bookings.findOne({ where: { id } }), '予約が見つかりません');
    return { booking, program };
  }

  async get(actor: Actor, id: string): Promise<BookingView> {
    return toBookingView((await this.find(actor, id)).booking);
  }

  // ------------------------------------------------------------------------------------------ personal data (asked by booking-personal)

  /**
   * Stamps a reservation's personal data as deleted — when, by whom (null: the sweep), on which rule — inside the
   * deleting transaction. False when it was stamped already (another run deleted it first).
   */
  async stampPersonalDataDeleted(m: EntityManager, id: string, userId: string | null, rule: PersonalDataDeletionRule): Promise<boolean> {
    const stamped = await m.getRepository(BookingEntity).update({ id, personalDataDeletedAt: IsNull() }, { personalDataDeletedAt: this.clock.now(), personalDataDeletedBy: userId, personalDataDeletionRule: rule });
    return !!stamped.affected;
  }

  /** The program of each of these reservations (for personal data stored before search existed). */
  async programsOf(ids: string[]): Promise<Array<{ id: string; programId: string }>> {
    if (ids.length === 0) return [];
    return this.bookings.find({ select: { id: true, programId: true }, where: { id: In(ids) } });
  }

  /** Which of these reservations have their personal data stamped deleted (their keys can go). */
  async personalDataDeletedAmong(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (await this.bookings.find({ select: { id: true }, where: { id: In(ids), personalDataDeletedAt: Not(IsNull()) } })).map((b) => b.id);
  }

  /** Reservations that are over (visited, cancelled, not kept) and still hold personal data: the sweep's candidates. */
  async closedWithPersonalData(programId?: string): Promise<BookingEntity[]> {
    return this.bookings.find({ where: { ...(programId ? { programId } : {}), status: In(['visited', 'cancelled', 'no_show']), personalDataDeletedAt: IsNull() } });
  }

  /** The deletion ledger of a program, newest first. */
  async deletionLedger(program: ProgramEntity): Promise<PersonalDataDeletionRow[]> {
    const rows = await this.bookings.find({ where: { programId: program.id, personalDataDeletedAt: Not(IsNull()) }, order: { personalDataDeletedAt: 'DESC', receptionNumber: 'DESC' } });
    return rows.map((b) => ({
      bookingId: b.id,
      receptionNumber: b.receptionNumber,
      kind: b.kind,
      visitDate: b.visitDate,
      visitFinishedDate: b.visitFinishedDate,
      sharedWithCityDate: b.sharedWithCityAt ? jstDateKey(b.sharedWithCityAt) : null,
      deletedAt: b.personalDataDeletedAt!.toISOString(),
      deletedBy: b.personalDataDeletedBy,
      ...deletionRuleOf(b.personalDataDeletionRule),
    }));
  }

  async receptionList(program: ProgramEntity): Promise<ReceptionListRow[]> {
    const rows = await this.bookings.find({ where: { programId: program.id, kind: 'home' }, order: { receptionNumber: 'ASC' } });
    return rows.map((b) => ({
      receptionNumber: b.receptionNumber,
      receivedDate: b.receivedDate,
      status: b.status as ReceptionListRow['status'],
      visitDate: b.visitDate,
      plannedApplications: b.plannedApplications,
      sharedWithCityDate: b.sharedWithCityAt ? jstDateKey(b.sharedWithCityAt) : null,
      visitFinishedDate: b.visitFinishedDate,
      personalDataDeletedDate: b.personalDataDeletedAt ? jstDateKey(b.personalDataDeletedAt) : null,
    }));
  }
}

/** 422 before anything is looked up or written: the program books no visits (its setting takesBookings). */
function refuseIfNotTaken(program: Pick<ProgramEntity, 'takesBookings'>): void {
  const problem = bookingsNotTakenProblem(program);
  if (problem) throw invalid(problem, { programId: problem });
}

/** Thrown inside a booking transaction when the slot was taken meanwhile; becomes a 409 with alternatives. */
class SlotTakenError extends Error {
  constructor() {
    super(TAKEN_MESSAGE);
  }
}
