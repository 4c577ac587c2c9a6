import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type DateKey, jstDateKey, notFound } from '@outreach/domain/common';
import {
  coordinationItemsFor,
  coordinationProgress,
  type CoordinationUpdate,
  type CoordinationView,
  DEFAULT_FACILITY_TIMELINE,
  type FacilityProcedure,
  type FacilityStep,
  facilityStepsDone,
  facilityTimeline,
} from '@outreach/domain/facilities';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { BookingQueries } from '../bookings/booking-queries.service';
import type { BookingEntity } from '../bookings/booking.entity';
import { BookingsService } from '../bookings/bookings.service';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { FacilityCoordinationEntity } from './facility-coordination.entity';

const NOT_A_FACILITY = '施設の予約が見つかりません';
const STEP_COLUMNS = { notice: 'noticeDoneOn', pre_meeting: 'preMeetingDoneOn', applicant_list: 'applicantListDoneOn' } as const;


/**
 * 施設との調整 (003 §9(2)): the coordination of each facility request — checklist, procedure, the steps' dates —
 * read by everyone on the program (the city is kept informed, 003 §9(2)イ) and kept by the vendor. Owns
 * facility_coordination; reads reservations through their owner.
 */
@Injectable()
export class FacilitiesService {
  constructor(
    @InjectRepository(FacilityCoordinationEntity) private readonly rows: Repository<FacilityCoordinationEntity>,
    private readonly dataSource: DataSource,
    private readonly bookings: BookingsService,
    private readonly queries: BookingQueries,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, bookingId: string): Promise<CoordinationView> {
    const booking = await this.facilityBooking(actor, bookingId);
    return this.view(booking, await this.rows.findOneBy({ bookingId }));
  }

  /** Saves what changed; items and steps not sent stay as they were. */
  async update(actor: Actor, bookingId: string, body: CoordinationUpdate): Promise<CoordinationView> {
    const booking = await this.facilityBooking(actor, bookingId);
    const write = () =>
      this.dataSource.transaction(async (m) => {
        const repo = m.getRepository(FacilityCoordinationEntity);
        // Written first, so the row is locked (InnoDB) before it is read and merged: two saves at once keep both items.
        await repo.update({ bookingId }, { updatedBy: actor.userId });
        const row = (await repo.findOneBy({ bookingId })) ?? repo.create({ bookingId, programId: booking.programId, procedure: null, items: {}, noticeDoneOn: null, preMeetingDoneOn: null, applicantListDoneOn: null });
        if (body.procedure !== undefined) row.procedure = body.procedure;
        for (const [key, item] of Object.entries(body.items ?? {})) {
          if (item) row.items = { ...row.items, [key]: { state: item.state, date: item.date ?? null, note: item.note || null } };
        }
        for (const [step, date] of Object.entries(body.steps ?? {}) as Array<[keyof typeof STEP_COLUMNS, DateKey | null]>) row[STEP_COLUMNS[step]] = date;
        row.updatedBy = actor.userId;
        await repo.save(row);
      });
    // The first two saves of a booking at once: one inserts, the other finds the row on its second try.
    await write().catch((e: unknown) => (isUniqueViolation(e) ? write() : Promise.reject(e)));
    return this.view(booking, await this.rows.findOneBy({ bookingId }));
  }

  /**
   * Marks a step done on this day inside the caller's transaction (the applicant list shared with the city fills
   * 「申請者リストの市への提出」 with the share's date), creating the coordination row when none was saved yet.
   */
  async markStepDoneWithin(m: EntityManager, booking: { id: string; programId: string }, step: keyof typeof STEP_COLUMNS, date: DateKey, actorId: string): Promise<void> {
    const repo = m.getRepository(FacilityCoordinationEntity);
    const changed = await repo.update({ bookingId: booking.id }, { [STEP_COLUMNS[step]]: date, updatedBy: actorId });
    if (changed.affected) return;
    await repo.insert({ bookingId: booking.id, programId: booking.programId, procedure: null, items: {}, noticeDoneOn: null, preMeetingDoneOn: null, applicantListDoneOn: null, [STEP_COLUMNS[step]]: date, updatedBy: actorId });
  }

  /** Steps overdue or due soon for the program's confirmed facility visits still ahead, for the attention lists. */
  async stepsNeedingAttention(programId: string, today: DateKey): Promise<Array<{ id: string; receptionNumber: number; step: FacilityStep; due: DateKey; overdue: boolean }>> {
    const visits = await this.queries.facilityVisitsFrom(programId, today);
    if (visits.length === 0) return [];
    const rows = new Map((await this.rows.findBy({ programId })).map((r) => [r.bookingId, r]));
    return visits.flatMap((v) =>
      facilityTimeline(v.visitDate, v.receivedDate, facilityStepsDone(rows.get(v.id), null), today, DEFAULT_FACILITY_TIMELINE)
        .filter((s) => s.step !== 'visit' && (s.state === 'overdue' || s.state === 'due_soon'))
        .map((s) => ({ id: v.id, receptionNumber: v.receptionNumber, step: s.step, due: s.due, overdue: s.state === 'overdue' })),
    );
  }

  private async facilityBooking(actor: Actor, bookingId: string): Promise<BookingEntity> {
    const { booking } = await this.bookings.find(actor, bookingId);
    if (booking.kind !== 'facility') throw notFound(NOT_A_FACILITY);
    return booking;
  }

  private view(booking: BookingEntity, row: FacilityCoordinationEntity | null): CoordinationView {
    const expected = booking.plannedApplications;
    const stored = row?.items ?? {};
    const active = booking.status === 'confirmed' || booking.status === 'visited';
    return {
      bookingId: booking.id,
      receptionNumber: booking.receptionNumber,
      expectedApplicants: expected,
      procedure: (row?.procedure as FacilityProcedure | null) ?? null,
      items: coordinationItemsFor(expected).map((i) => ({ key: i.key, label: i.label, source: i.source, state: stored[i.key]?.state ?? 'open', date: stored[i.key]?.date ?? null, note: stored[i.key]?.note ?? null })),
      progress: coordinationProgress(expected, Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.state]))),
      timeline: active && booking.visitDate ? facilityTimeline(booking.visitDate, booking.receivedDate, facilityStepsDone(row, booking), jstDateKey(this.clock.now()), DEFAULT_FACILITY_TIMELINE) : null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
