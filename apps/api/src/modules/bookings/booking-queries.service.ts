import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { countsAsReservation, personalDataDeletionOverdue } from '@outreach/domain/bookings';
import { type DateKey, jstDateKey } from '@outreach/domain/common';
import { In, IsNull, MoreThanOrEqual, Not, type Repository } from 'typeorm';
import { BookingEntity } from './booking.entity';

/** What other features read of reservations (the dashboard's funnel and attention list), asked of their owner. */
@Injectable()
export class BookingQueries {
  constructor(@InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>) {}

  /** Reservations received in [from, to]: the kept ones (not cancelled), the cancelled ones and the no-shows. */
  async funnel(programId: string, from: DateKey, to: DateKey): Promise<{ total: number; cancelled: number; noShow: number }> {
    const rows = await this.bookings
      .createQueryBuilder('b')
      .select('b.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('b.program_id = :programId AND b.received_date BETWEEN :from AND :to', { programId, from, to })
      .groupBy('b.status')
      .getRawMany<{ status: string; n: string | number }>();
    const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    const total = rows.filter((r) => countsAsReservation(r.status)).reduce((n, r) => n + Number(r.n), 0);
    return { total, cancelled: count('cancelled'), noShow: count('no_show') };
  }

  /** Personal data still held after its deletion date (the program's limit): the sweep should have deleted it (ADR 0008). */
  async overdueDeletions(programId: string, asOf: DateKey, limitDays?: number): Promise<Array<{ receptionNumber: number; dueDate: DateKey; id: string }>> {
    const undeleted = await this.bookings.find({
      select: { id: true, receptionNumber: true, kind: true, status: true, sharedWithCityAt: true, visitFinishedDate: true, updatedAt: true },
      where: { programId, status: In(['visited', 'cancelled', 'no_show']), personalDataDeletedAt: IsNull() },
    });
    return undeleted.flatMap((b) => {
      const dueDate = personalDataDeletionOverdue(
        { kind: b.kind, status: b.status, sharedWithCityDate: b.sharedWithCityAt ? jstDateKey(b.sharedWithCityAt) : null, visitFinishedDate: b.visitFinishedDate, updatedDate: jstDateKey(b.updatedAt), deleted: false },
        asOf,
        limitDays,
      );
      return dueDate ? [{ receptionNumber: b.receptionNumber, dueDate, id: b.id }] : [];
    });
  }

  /** Confirmed facility visits from `from` on (the facilities module's coordination timeline), by visit date. */
  async facilityVisitsFrom(programId: string, from: DateKey): Promise<Array<{ id: string; receptionNumber: number; receivedDate: DateKey; visitDate: DateKey }>> {
    const rows = await this.bookings.find({ select: { id: true, receptionNumber: true, receivedDate: true, visitDate: true }, where: { programId, kind: 'facility', status: 'confirmed', visitDate: MoreThanOrEqual(from) }, order: { visitDate: 'ASC' } });
    return rows.map((b) => ({ id: b.id, receptionNumber: b.receptionNumber, receivedDate: b.receivedDate, visitDate: b.visitDate! }));
  }

  /** The facility bookings of a program linked to a facility record (the facilities' stage and list), by reception number. */
  async ofFacilities(programId: string, facilityIds?: string[]): Promise<Array<{ id: string; facilityId: string; receptionNumber: number; status: string; receivedDate: DateKey; visitDate: DateKey | null; sessionId: string | null; plannedApplications: number }>> {
    const rows = await this.bookings.find({ where: { programId, kind: 'facility', facilityId: facilityIds ? In(facilityIds) : Not(IsNull()) }, order: { receptionNumber: 'ASC' } });
    return rows.map((b) => ({ id: b.id, facilityId: b.facilityId!, receptionNumber: b.receptionNumber, status: b.status, receivedDate: b.receivedDate, visitDate: b.visitDate, sessionId: b.sessionId, plannedApplications: b.plannedApplications }));
  }

  /** A booking's facts inside its program (the facilities' pre-meetings name one), or null. */
  async facts(programId: string, id: string): Promise<{ id: string; facilityId: string | null } | null> {
    return this.bookings.findOne({ select: { id: true, facilityId: true }, where: { id, programId } });
  }

  /** The active bookings of a program on a day, with the positions they take (a pre-meeting may not sit on them). */
  async activeOn(programId: string, date: DateKey): Promise<Array<{ date: DateKey; positions: string[] }>> {
    return (await this.bookings.find({ where: { programId, status: In(['tentative', 'confirmed']), visitDate: date } })).map((b) => ({ date, positions: b.positions }));
  }
}
