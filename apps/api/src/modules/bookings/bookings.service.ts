import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type BookingContext,
  type BookingCreate,
  type BookingOverrides,
  checkBooking,
  conflict,
  type DateKey,
  dayAvailability,
  type DayAvailability,
  type FacilityRequest,
  findSlots,
  type FindSlotsResult,
  forbidden,
  guidanceChecklist,
  type HomeIntake,
  identityDocumentsSufficient,
  intakeSlotRequest,
  invalid,
  jstDateKey,
  type ListQuery,
  notFound,
  personalDataPurposeEnded,
  type ReceptionListRow,
  type SlotChoice,
  slotKey,
  type SlotPosition,
  type SlotRequest,
  type TravelMatrixInput,
  type ApplicationType,
} from '@outreach/domain';
import { DataSource, type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import { CallEntity } from '../calls/call.entity';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramActivityRegistry } from '../programs/program-activity.registry';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { VisitDayEntity } from '../programs/visit-day.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import {
  BookingEntity,
  BookingEventEntity,
  BookingPersonalEntity,
  BookingSlotEntity,
  PreMeetingEntity,
  ReceptionCounterEntity,
  TravelMatrixEntity,
} from './booking.entity';
import { toBookingView, type BookingView } from './booking.mapper';

const ACTIVE = ['tentative', 'confirmed'];
export const TAKEN_MESSAGE = 'この枠は直前に予約されました';

type PersonalData = { type: 'home'; intake: Omit<HomeIntake, 'wishes' | 'district' | 'plannedApplications'> } | { type: 'facility'; request: Omit<FacilityRequest, 'wishes' | 'district' | 'estimatedApplicants'> };

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
export class BookingsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Bookings');
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @InjectRepository(BookingPersonalEntity) private readonly personal: Repository<BookingPersonalEntity>,
    @InjectRepository(TravelMatrixEntity) private readonly travel: Repository<TravelMatrixEntity>,
    @InjectRepository(PreMeetingEntity) private readonly preMeetings: Repository<PreMeetingEntity>,
    private readonly scope: ProgramScopeService,
    private readonly sessions: SessionsService,
    private readonly activity: ProgramActivityRegistry,
    private readonly handling: HandlingRecordService,
    private readonly cipher: FieldCipher,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.activity.registerMetrics({
      metrics: ['reservations'],
      daily: async (programId, _metric, kind, upTo) => {
        const qb = this.bookings
          .createQueryBuilder('b')
          .select('b.received_date', 'date')
          .addSelect('COUNT(*)', 'value')
          .where('b.program_id = :programId AND b.status <> :cancelled AND b.received_date <= :upTo', { programId, cancelled: 'cancelled', upTo });
        if (kind) qb.andWhere('b.kind = :k', { k: kind === 'facility_visit' ? 'facility' : 'home' });
        const rows = await qb.groupBy('b.received_date').getRawMany<{ date: string; value: string | number }>();
        return rows.map((r) => ({ date: r.date, value: Number(r.value) }));
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
    // Personal data whose purpose has ended is deleted hourly (and the deletion recorded).
    this.purgeTimer = setInterval(() => void this.purgeDue().catch((e: Error) => this.logger.error(`purge failed: ${e.message}`)), 3600_000);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  // ------------------------------------------------------------------------------------------ engine context

  async context(program: ProgramEntity, m: EntityManager = this.dataSource.manager, overrides?: BookingOverrides, excludeBookingId?: string): Promise<BookingContext> {
    const [days, active, meetings, matrix] = await Promise.all([
      m.getRepository(VisitDayEntity).find({ where: { programId: program.id }, order: { date: 'ASC' } }),
      m.getRepository(BookingEntity).find({ where: { programId: program.id, status: In(ACTIVE), visitDate: Not(IsNull()) } }),
      m.getRepository(PreMeetingEntity).find({ where: { programId: program.id } }),
      m.getRepository(TravelMatrixEntity).findOne({ where: { programId: program.id } }),
    ]);
    return {
      rules: program.bookingRules,
      workingHours: program.workingHours,
      visitDays: days.map((d) => ({ date: d.date, kind: d.kind as 'home_visit' | 'facility_visit' })),
      bookings: active
        .filter((b) => b.id !== excludeBookingId && b.positions.length > 0)
        .map((b) => ({ id: b.id, date: b.visitDate!, positions: b.positions as SlotPosition[], kind: b.kind as 'home' | 'facility', district: b.district, applicants: b.applicants })),
      preMeetings: meetings.map((p) => ({ date: p.date, half: p.half as 'am' | 'pm' })),
      travel: { districts: matrix?.districts ?? [], minutes: matrix?.minutes ?? {} },
      today: jstDateKey(this.clock.now()),
      overrides,
    };
  }

  private checkOverrides(actor: Actor, overrides?: BookingOverrides): void {
    if ((overrides?.leadTime || overrides?.pmThirdTravel) && !actor.permissions.has('booking.override')) {
      throw forbidden('受付期限や午後3件目の移動時間の例外は管理者のみ設定できます');
    }
  }

  async search(actor: Actor, program: ProgramEntity, request: SlotRequest, overrides?: BookingOverrides & { reason?: string }): Promise<FindSlotsResult> {
    this.checkOverrides(actor, overrides);
    return findSlots({ ...(await this.context(program, undefined, overrides)), request, limit: 10 });
  }

  async availability(program: ProgramEntity, from: DateKey, to: DateKey): Promise<DayAvailability[]> {
    return dayAvailability(await this.context(program), from, to);
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
  private async recheck(m: EntityManager, program: ProgramEntity, request: Omit<SlotRequest, 'wishes'>, choice: SlotChoice, overrides?: BookingOverrides, excludeBookingId?: string): Promise<string[]> {
    const ctx = await this.context(program, m, overrides, excludeBookingId);
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
    const now = this.clock.now();
    const id = randomUUID();
    if (body.type === 'facility') {
      const r = body.request;
      const { wishes: _w, district: _d, estimatedApplicants: _e, ...personal } = r;
      await this.dataSource.transaction(async (m) => {
        const number = await this.nextNumber(m, program.id);
        await m.getRepository(BookingEntity).insert(this.row(id, program.id, number, 'facility', 'tentative', now, { district: r.district, applicants: r.estimatedApplicants, plannedApplications: r.estimatedApplicants, callId: body.callId ?? null }));
        await m.getRepository(BookingPersonalEntity).insert({ bookingId: id, data: this.cipher.encryptJson({ type: 'facility', request: personal } satisfies PersonalData) });
        await this.event(m, actor, id, 'created', {});
        await this.linkCall(m, body.callId, id, program.id);
        await this.handling.record(actor, { action: 'booking.create', resourceType: 'booking', resourceId: id, programId: program.id }, m);
      });
      return this.get(actor, id);
    }

    this.checkOverrides(actor, body.overrides);
    const intake = body.intake;
    const request = intakeSlotRequest(intake);
    const types = intake.applicants.map((a) => a.applicationType);
    const known = new Set(guidanceChecklist(types).map((g) => g.id));
    const unknownGuidance = body.guidanceGiven.filter((g) => !known.has(g));
    if (unknownGuidance.length) throw invalid('案内項目が申請の種類と合いません', { guidanceGiven: `不要な案内項目: ${unknownGuidance.join(', ')}` });
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
          plannedApplications: request.applicants,
          callerRelation: intake.caller.relation,
          applicationTypes: types,
          guidanceGiven: body.guidanceGiven,
          callId: body.callId ?? null,
          overrideReason: body.overrides?.leadTime || body.overrides?.pmThirdTravel ? (body.overrides.reason ?? null) : null,
        }),
      );
      await this.takeSlots(m, program.id, id, keys);
      await m.getRepository(BookingPersonalEntity).insert({ bookingId: id, data: this.cipher.encryptJson({ type: 'home', intake: personal } satisfies PersonalData) });
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
      overrideReason: null,
      cancelReason: null,
      sharedWithCityAt: null,
      visitFinishedDate: null,
      personalDataDeletedAt: null,
      ...v,
    } as Partial<BookingEntity>;
  }

  private async linkCall(m: EntityManager, callId: string | undefined, bookingId: string, programId: string): Promise<void> {
    if (!callId) return;
    const result = await m.getRepository(CallEntity).update({ id: callId, programId }, { bookingId });
    if (!result.affected) throw invalid('受電記録が見つかりません', { callId: 'この予約の受電記録が見つかりません' });
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
    const request: SlotRequest = { kind: booking.kind as 'home' | 'facility', applicants: booking.plannedApplications, district: booking.district, wishes: {} };
    // Read before the transaction: inside it only its own connection is used.
    const place = booking.kind === 'facility' ? await this.facilityName(booking.id) : (booking.district ?? '地区未設定');
    await this.inTransaction(program, request, async (m) => {
      const keys = await this.recheck(m, program, request, choice, overrides, id);
      await m.getRepository(BookingSlotEntity).delete({ bookingId: id });
      await this.takeSlots(m, program.id, id, keys);
      await m.getRepository(BookingEntity).update({ id }, { visitDate: choice.date, half: choice.half, positions: choice.positions, status: 'confirmed', overrideReason: overrides?.reason ?? booking.overrideReason });
      const kind = booking.kind === 'facility' && booking.plannedApplications > program.bookingRules.smallFacilityMax ? 'facility_visit' : 'home_visit';
      if (booking.sessionId) {
        await m.getRepository(SessionEntity).update({ id: booking.sessionId }, { date: choice.date });
      } else {
        const sessionId = await this.sessions.createForBooking(m, actor, program, { date: choice.date, serviceKind: kind, place, method: program.methods[kind] ?? 'on_site_acceptance', staffUserIds: [], cityStaffPresent: false, status: 'planned' }, id);
        await m.getRepository(BookingEntity).update({ id }, { sessionId });
      }
      await this.event(m, actor, id, confirming ? 'confirmed' : 'moved', { fromDate: booking.visitDate, fromSlot: booking.positions.join(',') || null, toDate: choice.date, toSlot: choice.positions.join(','), reason: overrides?.reason });
      await this.handling.record(actor, { action: confirming ? 'booking.confirm' : 'booking.move', resourceType: 'booking', resourceId: id, programId: program.id, reason: overrides?.reason }, m);
    });
    return this.get(actor, id);
  }

  private async facilityName(bookingId: string): Promise<string> {
    const row = await this.personal.findOneBy({ bookingId });
    const data = row ? this.cipher.decryptJson<PersonalData>(row.data) : undefined;
    return data?.type === 'facility' ? data.request.facilityName.slice(0, 100) : '施設';
  }

  async close(actor: Actor, id: string, status: 'cancelled' | 'no_show', reason: string): Promise<BookingView> {
    const { booking, program } = await this.find(actor, id);
    if (!ACTIVE.includes(booking.status)) throw invalid('この予約はすでに終了しています');
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(BookingSlotEntity).delete({ bookingId: id });
      await m.getRepository(BookingEntity).update({ id }, { status, cancelReason: reason });
      if (booking.sessionId) await m.getRepository(SessionEntity).update({ id: booking.sessionId, status: 'planned' }, { status: 'cancelled', cancelReason: reason.slice(0, 200) });
      await this.event(m, actor, id, status, { fromDate: booking.visitDate, fromSlot: booking.positions.join(',') || null, reason });
      await this.handling.record(actor, { action: `booking.${status}`, resourceType: 'booking', resourceId: id, programId: program.id, reason }, m);
    });
    return this.get(actor, id);
  }

  /** Shares the reception slips of the home visits of a week with the city (a recorded act: who, when, which). */
  async share(actor: Actor, program: ProgramEntity, weekStart: DateKey): Promise<BookingView[]> {
    const weekEnd = jstDateKey(new Date(new Date(`${weekStart}T00:00:00Z`).getTime() + 6 * 86400_000));
    const rows = await this.bookings.find({ where: { programId: program.id, kind: 'home', status: In([...ACTIVE, 'visited']), visitDate: dateRange(weekStart, weekEnd), sharedWithCityAt: IsNull() } });
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      for (const b of rows) {
        await m.getRepository(BookingEntity).update({ id: b.id }, { sharedWithCityAt: now });
        await this.event(m, actor, b.id, 'shared', {});
        await this.handling.record(actor, { action: 'booking.share', resourceType: 'booking', resourceId: b.id, programId: program.id, reason: `${weekStart}週` }, m);
      }
    });
    return (await this.bookings.findBy({ id: In(rows.map((r) => r.id)) })).map(toBookingView);
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

  /**
   * The personal data of a reservation (the reception slip): vendors who handle it, and the city once the slip
   * is shared. Every read is recorded in the handling record.
   */
  async readPersonal(actor: Actor, id: string) {
    const { booking, program } = await this.find(actor, id);
    const vendorMay = actor.permissions.has('reservation.read_personal') && actor.organizationKind === 'vendor';
    const cityMay = actor.organizationKind === 'city' && (actor.permissions.has('reservation.read_personal') || actor.permissions.has('reservation.read_shared')) && booking.sharedWithCityAt !== null;
    if (!vendorMay && !cityMay) throw forbidden(actor.organizationKind === 'city' ? 'この受付票はまだ市に共有されていません' : '個人情報を閲覧する権限がありません');
    const row = await this.personal.findOneBy({ bookingId: id });
    if (!row) throw notFound('この予約の個人情報は削除済みです');
    await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: id, programId: program.id });
    const data = this.cipher.decryptJson<PersonalData>(row.data);
    const guidance = guidanceChecklist(booking.applicationTypes as ApplicationType[]).map((g) => ({ ...g, given: booking.guidanceGiven.includes(g.id) }));
    const identity =
      data.type === 'home' ? data.intake.applicants.map((a) => identityDocumentsSufficient(a.identityDocuments, a.applicationType)) : [];
    return { booking: toBookingView(booking), ...data, guidance, identity };
  }

  /** Deletes a reservation's personal data once its purpose ended; the booking row stays for the reception list. */
  async deletePersonal(actor: Actor | null, booking: BookingEntity, m: EntityManager): Promise<void> {
    await m.getRepository(BookingPersonalEntity).delete({ bookingId: booking.id });
    await m.getRepository(BookingEntity).update({ id: booking.id }, { personalDataDeletedAt: this.clock.now() });
    const event = { action: 'booking.personal_delete', resourceType: 'booking', resourceId: booking.id, programId: booking.programId };
    if (actor) await this.handling.record(actor, event, m);
    else await this.handling.recordAnonymous({ ip: null }, { ...event, reason: '利用目的の終了による自動削除' });
  }

  async deletePersonalNow(actor: Actor, id: string): Promise<BookingView> {
    const { booking } = await this.find(actor, id);
    if (booking.personalDataDeletedAt) throw conflict('この予約の個人情報は削除済みです');
    if (!this.purposeEnded(booking)) throw invalid('訪問が終わり受付票を市に共有するまでは削除できません');
    await this.dataSource.transaction((m) => this.deletePersonal(actor, booking, m));
    return this.get(actor, id);
  }

  private purposeEnded(b: BookingEntity): boolean {
    return personalDataPurposeEnded(
      { kind: b.kind, status: b.status, sharedWithCityAt: b.sharedWithCityAt?.toISOString() ?? null, updatedDate: jstDateKey(b.updatedAt) },
      jstDateKey(this.clock.now()),
    );
  }

  /** The hourly sweep: every reservation whose personal data has served its purpose. Returns how many. */
  async purgeDue(): Promise<number> {
    const candidates = await this.bookings.find({ where: { status: In(['visited', 'cancelled', 'no_show']), personalDataDeletedAt: IsNull() } });
    const due = candidates.filter((b) => this.purposeEnded(b));
    for (const b of due) await this.dataSource.transaction((m) => this.deletePersonal(null, b, m));
    return due.length;
  }

  async receptionList(program: ProgramEntity): Promise<ReceptionListRow[]> {
    const rows = await this.bookings.find({ where: { programId: program.id, kind: 'home' }, order: { receptionNumber: 'ASC' } });
    return rows.map((b) => ({
      receptionNumber: b.receptionNumber,
      receivedDate: b.receivedDate,
      visitDate: b.visitDate,
      plannedApplications: b.plannedApplications,
      sharedWithCityDate: b.sharedWithCityAt ? jstDateKey(b.sharedWithCityAt) : null,
      visitFinishedDate: b.visitFinishedDate,
      personalDataDeletedDate: b.personalDataDeletedAt ? jstDateKey(b.personalDataDeletedAt) : null,
    }));
  }

  // ------------------------------------------------------------------------------------------ settings

  async travelMatrix(programId: string): Promise<TravelMatrixInput> {
    const m = await this.travel.findOneBy({ programId });
    return { districts: m?.districts ?? [], minutes: m?.minutes ?? {} };
  }

  async saveTravelMatrix(actor: Actor, programId: string, matrix: TravelMatrixInput): Promise<TravelMatrixInput> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TravelMatrixEntity).save({ programId, districts: matrix.districts, minutes: matrix.minutes });
      await this.handling.record(actor, { action: 'travel_matrix.update', resourceType: 'program', resourceId: programId, programId }, m);
    });
    return this.travelMatrix(programId);
  }

  async listPreMeetings(programId: string) {
    return this.preMeetings.find({ where: { programId }, order: { date: 'ASC' } });
  }

  /** A pre-meeting may not sit on a half-day that already has a booking. */
  async addPreMeeting(actor: Actor, program: ProgramEntity, v: { date: string; half: 'am' | 'pm'; bookingId?: string; note?: string }) {
    const ctx = await this.context(program);
    if (ctx.bookings.some((b) => b.date === v.date && b.positions.some((p) => p.startsWith(v.half === 'am' ? 'AM' : 'PM') || p.startsWith(v.half === 'am' ? 'FAM' : 'FPM')))) {
      throw conflict('この時間帯には予約が入っています', { half: 'この時間帯には予約が入っています' });
    }
    const id = randomUUID();
    await this.preMeetings.insert({ id, programId: program.id, date: v.date, half: v.half, bookingId: v.bookingId ?? null, note: v.note ?? null });
    await this.handling.record(actor, { action: 'pre_meeting.create', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return this.preMeetings.findOneByOrFail({ id });
  }

  async removePreMeeting(actor: Actor, program: ProgramEntity, id: string) {
    const row = await this.preMeetings.findOneBy({ id, programId: program.id });
    if (!row) throw notFound('事前打合せが見つかりません');
    await this.preMeetings.delete({ id });
    await this.handling.record(actor, { action: 'pre_meeting.delete', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return row;
  }
}

/** Thrown inside a booking transaction when the slot was taken meanwhile; becomes a 409 with alternatives. */
class SlotTakenError extends Error {
  constructor() {
    super(TAKEN_MESSAGE);
  }
}
