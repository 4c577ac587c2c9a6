import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { addDays, conflict, type DateKey, jstDateKey, notFound } from '@outreach/domain/common';
import {
  CONFIRMATION_OUTCOME_LABELS_JA,
  confirmationCallDay,
  type ConfirmationCallCreate,
  type ConfirmationListView,
  type ConfirmationOutcome,
  confirmationOverdue,
  type ConfirmationRowView,
  byVisitTime,
  confirmationState,
  nextConfirmationDate,
} from '@outreach/domain/confirmation-calls';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { ConfirmationCallEntity } from './confirmation-call.entity';

/** How far ahead the default list and the attention list look for the next visit day. */
const LOOK_AHEAD_DAYS = 14;
const WHY = '前日確認の連絡先表示';

/**
 * 前日確認 (issue 21 item 3): the list of a visit day's bookings to call the working day before, each with whom to
 * call (the booking's personal data, each showing recorded) and the calls made; recording a call's outcome, a
 * cancellation cancelling the booking in the same transaction; the bookings still unconfirmed at the set hour for
 * the team's attention list.
 */
@Injectable()
export class ConfirmationCallsService {
  constructor(
    @InjectRepository(ConfirmationCallEntity) private readonly calls: Repository<ConfirmationCallEntity>,
    private readonly bookings: BookingsService,
    private readonly personal: BookingPersonalService,
    private readonly handling: HandlingRecordService,
    private readonly users: UserAccountsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The list for `date` (default: the next visit day after today with confirmed bookings). */
  async list(actor: Actor, program: ProgramEntity, date?: DateKey): Promise<ConfirmationListView> {
    const today = jstDateKey(this.clock.now());
    const day = date ?? nextConfirmationDate(await this.bookings.confirmedVisitDates(program.id, addDays(today, 1), addDays(today, LOOK_AHEAD_DAYS)), today);
    if (!day) return { date: null, callDay: null, rows: [] };
    const onDay = await this.bookings.onDay(program.id, day, ['confirmed', 'visited', 'cancelled']);
    const calls = await this.callsOf(program.id, onDay.map((b) => b.id));
    // A booking cancelled on this list stays on it (with its calls); one cancelled otherwise is not the caller's business.
    const shown = byVisitTime(onDay.filter((b) => b.status !== 'cancelled' || calls.has(b.id)));
    const contacts = await this.personal.contacts(actor, program, shown.filter((b) => b.status === 'confirmed'), WHY);
    const names = await this.users.names([...new Set([...calls.values()].flat().flatMap((c) => (c.calledBy ? [c.calledBy] : [])))]);
    const now = this.clock.now();
    const rows = shown.map((b): ConfirmationRowView => {
      const made = calls.get(b.id) ?? [];
      const state = b.status === 'cancelled' ? 'cancelled' : confirmationState(made.map((c) => c.outcome as ConfirmationOutcome));
      const contact = contacts.get(b.id);
      return {
        bookingId: b.id,
        receptionNumber: b.receptionNumber,
        kind: b.kind,
        visitDate: day,
        half: b.half,
        window: b.window,
        district: b.district,
        applicants: b.applicants,
        contactName: contact?.name ?? null,
        phone: contact?.phone ?? null,
        state,
        overdue: b.status === 'confirmed' && confirmationOverdue(state, day, now, program.workingHours ?? {}),
        calls: made.map((c) => ({ outcome: c.outcome as ConfirmationOutcome, calledAt: c.calledAt.toISOString(), calledByName: c.calledBy ? (names.get(c.calledBy) ?? null) : null })),
      };
    });
    return { date: day, callDay: confirmationCallDay(day, program.workingHours ?? {}), rows };
  }

  /** Records one call; a cancellation cancels the booking with its reason in the same transaction. */
  async record(actor: Actor, program: ProgramEntity, body: ConfirmationCallCreate): Promise<ConfirmationListView> {
    const [booking] = await this.bookings.facts(program.id, [body.bookingId]);
    if (!booking) throw notFound('予約が見つかりません');
    if (booking.status !== 'confirmed' || !booking.visitDate) throw conflict('確定している予約ではないため、確認の電話を記録できません', { bookingId: '確定している予約を選んでください' });
    const visitDate = booking.visitDate;
    const write = async (m: EntityManager) => {
      await m.getRepository(ConfirmationCallEntity).insert({ id: randomUUID(), programId: program.id, bookingId: booking.id, visitDate, outcome: body.outcome, calledBy: actor.userId, calledAt: this.clock.now() });
      await this.handling.record(actor, { action: 'booking.confirmation_call', resourceType: 'booking', resourceId: booking.id, programId: program.id, reason: CONFIRMATION_OUTCOME_LABELS_JA[body.outcome] }, m);
    };
    if (body.outcome === 'cancelled') await this.bookings.close(actor, booking.id, 'cancelled', body.reason ?? '', write);
    else await this.dataSource.transaction(write);
    return this.list(actor, program, visitDate);
  }

  /** Confirmed bookings of the coming days still unconfirmed past the set hour of their call day (the team's attention list). */
  async overdue(program: ProgramEntity): Promise<Array<{ bookingId: string; receptionNumber: number; visitDate: DateKey }>> {
    const now = this.clock.now();
    const today = jstDateKey(now);
    const out: Array<{ bookingId: string; receptionNumber: number; visitDate: DateKey }> = [];
    for (const day of await this.bookings.confirmedVisitDates(program.id, today, addDays(today, LOOK_AHEAD_DAYS))) {
      if (confirmationCallDay(day, program.workingHours ?? {}) > today) break;
      const onDay = await this.bookings.onDay(program.id, day, ['confirmed']);
      const calls = await this.callsOf(program.id, onDay.map((b) => b.id));
      for (const b of onDay) {
        const state = confirmationState((calls.get(b.id) ?? []).map((c) => c.outcome as ConfirmationOutcome));
        if (confirmationOverdue(state, day, now, program.workingHours ?? {})) out.push({ bookingId: b.id, receptionNumber: b.receptionNumber, visitDate: day });
      }
    }
    return out;
  }

  private async callsOf(programId: string, bookingIds: string[]): Promise<Map<string, ConfirmationCallEntity[]>> {
    const out = new Map<string, ConfirmationCallEntity[]>();
    if (!bookingIds.length) return out;
    for (const c of await this.calls.find({ where: { programId, bookingId: In(bookingIds) }, order: { calledAt: 'ASC', createdAt: 'ASC' } })) {
      out.set(c.bookingId, [...(out.get(c.bookingId) ?? []), c]);
    }
    return out;
  }
}
