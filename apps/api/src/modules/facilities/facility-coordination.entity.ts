import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CoordinationState } from '@outreach/domain/facilities';
import { col, jsonText, References } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';

export type StoredItems = Record<string, { state: CoordinationState; date: string | null; note: string | null }>;

/**
 * 施設との調整 (003 §9(2)): a facility request's coordination — the procedure chosen, each checklist item's state,
 * date and note (no personal data: notes are refused like every free text that outlives residents' data) and the
 * day each step before the visit was done. One row per facility booking, created at its first save.
 */
@Entity('facility_coordination')
@Index('ix_facility_coordination_program', ['programId'])
export class FacilityCoordinationEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_facility_coordination_booking', onDelete: 'CASCADE', one: true })
  booking?: BookingEntity;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column(col.enum(true)) procedure: string | null;
  @Column({ ...col.json(), transformer: jsonText<StoredItems>({}) }) items: StoredItems;
  @Column({ ...col.date(true), name: 'notice_done_on' }) noticeDoneOn: string | null;
  @Column({ ...col.date(true), name: 'pre_meeting_done_on' }) preMeetingDoneOn: string | null;
  @Column({ ...col.date(true), name: 'applicant_list_done_on' }) applicantListDoneOn: string | null;
  @Column({ ...col.ref(true), name: 'updated_by' }) updatedBy: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
