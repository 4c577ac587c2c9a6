import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * A reservation's facts: numbers, dates, slot, status — never a name, address or phone number. Those live
 * encrypted in booking_personal (module booking-personal) and are deleted when the purpose ends; this row stays
 * for the reception list.
 */
@Entity('booking')
@Index('uq_booking_program_number', ['programId', 'receptionNumber'], { unique: true })
@Index('ix_booking_program_visit', ['programId', 'visitDate'])
@Index('ix_booking_facility', ['facilityId'])
export class BookingEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_booking_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  /** 受付番号: sequential and gap-free per program. */
  @Column({ ...col.int(), name: 'reception_number' }) receptionNumber: number;
  /** 'home' | 'facility' */
  @Column(col.enum()) kind: string;
  @Column(col.enum()) status: string;
  @Column({ ...col.instant(), name: 'received_at' }) receivedAt: Date;
  @Column({ ...col.date(), name: 'received_date' }) receivedDate: string;
  @Column({ ...col.date(true), name: 'visit_date' }) visitDate: string | null;
  /** 'am' | 'pm' | 'both' */
  @Column(col.enum(true)) half: string | null;
  @Column({ ...col.json(), transformer: jsonText<string[]>([]) }) positions: string[];
  @Column(col.text(50, true)) district: string | null;
  @Column(col.int()) applicants: number;
  @Column({ ...col.int(), name: 'planned_applications' }) plannedApplications: number;
  @Column({ ...col.enum(true), name: 'caller_relation' }) callerRelation: string | null;
  @Column({ ...col.json(), name: 'application_types', transformer: jsonText<string[]>([]) }) applicationTypes: string[];
  @Column({ ...col.json(), name: 'guidance_given', transformer: jsonText<string[]>([]) }) guidanceGiven: string[];
  @Column({ ...col.ref(true), name: 'call_id' }) callId: string | null;
  @Column({ ...col.ref(true), name: 'session_id' }) sessionId: string | null;
  /** The facility record (施設, module facilities) a facility request is for. */
  @Column({ ...col.ref(true), name: 'facility_id' }) facilityId: string | null;
  @Column({ ...col.text(500, true), name: 'override_reason' }) overrideReason: string | null;
  @Column({ ...col.text(500, true), name: 'cancel_reason' }) cancelReason: string | null;
  @Column({ ...col.instant(true), name: 'shared_with_city_at' }) sharedWithCityAt: Date | null;
  @Column({ ...col.date(true), name: 'visit_finished_date' }) visitFinishedDate: string | null;
  @Column({ ...col.instant(true), name: 'personal_data_deleted_at' }) personalDataDeletedAt: Date | null;
  /** Who deleted the personal data: a user, or null when the sweep did (the deletion ledger). */
  @Column({ ...col.ref(true), name: 'personal_data_deleted_by' }) personalDataDeletedBy: string | null;
  /** On which rule (PersonalDataDeletionRule) the personal data was deleted. */
  @Column({ ...col.enum(true), name: 'personal_data_deletion_rule' }) personalDataDeletionRule: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/**
 * One row per slot position a booking occupies (`2026-06-17:AM1`). The unique key is what makes two
 * operators booking the last slot at the same moment end with one booking and one 409.
 */
@Entity('booking_slot')
@Index('uq_booking_slot', ['programId', 'slotKey'], { unique: true })
@Index('ix_booking_slot_booking', ['bookingId'])
export class BookingSlotEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column({ ...col.text(40), name: 'slot_key' }) slotKey: string;
  @Column({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_booking_slot_booking', onDelete: 'CASCADE' })
  booking?: BookingEntity;
}

/** The next reception number of a program; incremented inside the booking's transaction (rolled back with it). */
@Entity('reception_counter')
export class ReceptionCounterEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column({ ...col.int(), name: 'next_number' }) nextNumber: number;
}

/** A move of a booking (rescheduling keeps the number and records where it was). */
@Entity('booking_event')
@Index('ix_booking_event_booking', ['bookingId'])
export class BookingEventEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_booking_event_booking', onDelete: 'CASCADE' })
  booking?: BookingEntity;
  @Column({ ...col.instant(), name: 'occurred_at' }) occurredAt: Date;
  @Column({ ...col.ref(), name: 'user_id' }) userId: string;
  /** 'created' | 'confirmed' | 'moved' | 'cancelled' | 'no_show' | 'visited' | 'shared' | 'personal_deleted' */
  @Column(col.enum()) type: string;
  @Column({ ...col.date(true), name: 'from_date' }) fromDate: string | null;
  @Column({ ...col.text(60, true), name: 'from_slot' }) fromSlot: string | null;
  @Column({ ...col.date(true), name: 'to_date' }) toDate: string | null;
  @Column({ ...col.text(60, true), name: 'to_slot' }) toSlot: string | null;
  @Column(col.text(500, true)) reason: string | null;
}
