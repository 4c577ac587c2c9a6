import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type BookedPositions, halfDayBooked, type Half, type PreMeetingView, type TravelMatrixInput } from '@outreach/domain/bookings';
import { conflict, type DateKey, notFound, notFoundIn } from '@outreach/domain/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { PreMeetingEntity, TravelMatrixEntity } from './booking-settings.entity';

/** What the settings ask of the reservations (registered by them: they import the settings, not the reverse). */
export interface BookingsOnCalendar {
  exists(programId: string, bookingId: string): Promise<boolean>;
  /** The active bookings of a program on a day, with the positions they take. */
  on(programId: string, date: DateKey): Promise<BookedPositions[]>;
}

/**
 * A program's booking settings the slot engine reads: the district travel matrix and the 事前打合せ that block a
 * half-day. The reservations read them through `travelMatrix` and `preMeetings` (inside their transaction).
 */
/** A pre-meeting as the routes answer it (the entity keeps the half as a plain string). */
export function toPreMeetingView(m: PreMeetingEntity): PreMeetingView {
  return { id: m.id, programId: m.programId, date: m.date, half: m.half as PreMeetingView['half'], bookingId: m.bookingId, note: m.note };
}

@Injectable()
export class BookingSettingsService {
  private bookingsHook?: BookingsOnCalendar;

  constructor(
    @InjectRepository(TravelMatrixEntity) private readonly travel: Repository<TravelMatrixEntity>,
    @InjectRepository(PreMeetingEntity) private readonly meetings: Repository<PreMeetingEntity>,
    private readonly handling: HandlingRecordService,
    private readonly dataSource: DataSource,
  ) {}

  useBookings(hook: BookingsOnCalendar): void {
    this.bookingsHook = hook;
  }

  private get bookings(): BookingsOnCalendar {
    if (!this.bookingsHook) throw new Error('the reservations have not registered their calendar hook');
    return this.bookingsHook;
  }

  async travelMatrix(programId: string, m?: EntityManager): Promise<TravelMatrixInput> {
    const row = await (m ? m.getRepository(TravelMatrixEntity) : this.travel).findOneBy({ programId });
    return { districts: row?.districts ?? [], minutes: row?.minutes ?? {} };
  }

  async saveTravelMatrix(actor: Actor, programId: string, matrix: TravelMatrixInput): Promise<TravelMatrixInput> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TravelMatrixEntity).save({ programId, districts: matrix.districts, minutes: matrix.minutes });
      await this.handling.record(actor, { action: 'travel_matrix.update', resourceType: 'program', resourceId: programId, programId }, m);
    });
    return this.travelMatrix(programId);
  }

  /** The program's pre-meetings by date; pass a transaction's manager to read inside it. */
  async preMeetings(programId: string, m?: EntityManager): Promise<PreMeetingEntity[]> {
    return (m ? m.getRepository(PreMeetingEntity) : this.meetings).find({ where: { programId }, order: { date: 'ASC' } });
  }

  /** A pre-meeting may not sit on a half-day that already has a booking. */
  async addPreMeeting(actor: Actor, program: ProgramEntity, v: { date: string; half: Half; bookingId?: string; note?: string }): Promise<PreMeetingEntity> {
    if (v.bookingId && !(await this.bookings.exists(program.id, v.bookingId))) throw notFoundIn('bookingId', '予約が見つかりません');
    if (halfDayBooked(await this.bookings.on(program.id, v.date), v.date, v.half)) throw conflict('この時間帯には予約が入っています', { half: 'この時間帯には予約が入っています' });
    const id = randomUUID();
    await this.meetings.insert({ id, programId: program.id, date: v.date, half: v.half, bookingId: v.bookingId ?? null, note: v.note ?? null });
    await this.handling.record(actor, { action: 'pre_meeting.create', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return this.meetings.findOneByOrFail({ id });
  }

  async removePreMeeting(actor: Actor, program: ProgramEntity, id: string): Promise<PreMeetingEntity> {
    const row = await this.meetings.findOneBy({ id, programId: program.id });
    if (!row) throw notFound('事前打合せが見つかりません');
    await this.meetings.delete({ id });
    await this.handling.record(actor, { action: 'pre_meeting.delete', resourceType: 'pre_meeting', resourceId: id, programId: program.id });
    return row;
  }
}
