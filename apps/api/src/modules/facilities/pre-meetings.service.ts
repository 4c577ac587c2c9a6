import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { halfDayBooked, type PreMeetingInput, type PreMeetingView } from '@outreach/domain/bookings';
import { conflict, type DateKey, notFound, notFoundIn } from '@outreach/domain/common';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { BookingHooks } from '../bookings/booking-hooks';
import { BookingQueries } from '../bookings/booking-queries.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { FacilityEntity } from './facility.entity';
import { PreMeetingEntity } from './pre-meeting.entity';

/** A pre-meeting as the routes answer it (the entity keeps the half as a plain string). */
export function toPreMeetingView(m: PreMeetingEntity): PreMeetingView {
  return { id: m.id, programId: m.programId, date: m.date, half: m.half as PreMeetingView['half'], bookingId: m.bookingId, facilityId: m.facilityId, note: m.note };
}

/**
 * 事前打合せ (issue 18 item 6): a meeting with a facility before its visit, on a half-day no booking takes, which it
 * then blocks in the slot engine. Owns pre_meeting; the reservations read it through `BookingHooks.preMeetings`
 * (registered here: facilities import the reservations, not the reverse), and it reads the bookings through
 * `BookingQueries`.
 */
@Injectable()
export class PreMeetingsService implements OnModuleInit {
  constructor(
    @InjectRepository(PreMeetingEntity) private readonly meetings: Repository<PreMeetingEntity>,
    @InjectRepository(FacilityEntity) private readonly facilities: Repository<FacilityEntity>,
    private readonly bookings: BookingQueries,
    private readonly bookingHooks: BookingHooks,
    private readonly handling: HandlingRecordService,
  ) {}

  onModuleInit(): void {
    this.bookingHooks.usePreMeetings({ of: (programId, m) => this.list(programId, m) });
  }

  /** The program's pre-meetings by date; pass a transaction's manager to read inside it. */
  /** The meetings' days, by id (what the handling record names a meeting by). */
  async dates(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    if (!ids.length) return new Map();
    const rows = await this.meetings.find({ select: { id: true, date: true }, where: { programId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.date]));
  }

  async list(programId: string, m?: EntityManager): Promise<PreMeetingEntity[]> {
    return (m ? m.getRepository(PreMeetingEntity) : this.meetings).find({ where: { programId }, order: { date: 'ASC' } });
  }

  /** A pre-meeting may not sit on a half-day that already has a booking; it belongs to the facility named or its booking's. */
  async add(actor: Actor, program: ProgramEntity, v: PreMeetingInput): Promise<PreMeetingEntity> {
    const booking = v.bookingId ? await this.bookings.facts(program.id, v.bookingId) : null;
    if (v.bookingId && !booking) throw notFoundIn('bookingId', '予約が見つかりません');
    if (v.facilityId && !(await this.facilities.exists({ where: { id: v.facilityId, programId: program.id } }))) throw notFoundIn('facilityId', '施設が見つかりません');
    if (halfDayBooked(await this.bookings.activeOn(program.id, v.date), v.date, v.half)) throw conflict('この時間帯には予約が入っています', { half: 'この時間帯には予約が入っています' });
    const id = randomUUID();
    await this.meetings.insert({ id, programId: program.id, date: v.date, half: v.half, bookingId: v.bookingId ?? null, facilityId: v.facilityId ?? booking?.facilityId ?? null, note: v.note ?? null });
    await this.handling.record(actor, { action: 'pre_meeting.create', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return this.meetings.findOneByOrFail({ id });
  }

  async remove(actor: Actor, program: ProgramEntity, id: string): Promise<PreMeetingEntity> {
    const row = await this.meetings.findOneBy({ id, programId: program.id });
    if (!row) throw notFound('事前打合せが見つかりません');
    await this.meetings.delete({ id });
    await this.handling.record(actor, { action: 'pre_meeting.delete', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return row;
  }
}
