import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';

/**
 * 申請者名簿 (003 §9(2)ウ): the state of a facility booking's applicant list — when and by whom it was committed,
 * shared with the city and deleted, on which rule. No personal data: the row stays after its applicants are
 * deleted, as the record of what happened to them. One row per facility booking, from its first commit.
 */
@Entity('facility_applicant_list')
@Index('ix_facility_applicant_list_program', ['programId'])
export class FacilityApplicantListEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_facility_applicant_list_booking', onDelete: 'CASCADE', one: true })
  booking?: BookingEntity;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  /** The data key the current rows are sealed under; a new key per commit, destroyed when its rows go (ADR 0008). */
  @Column({ ...col.ref(), name: 'key_id' }) keyId: string;
  @Column({ ...col.int(), name: 'row_count' }) rowCount: number;
  @Column({ ...col.instant(), name: 'committed_at' }) committedAt: Date;
  @Column({ ...col.ref(), name: 'committed_by' }) committedBy: string;
  @Column({ ...col.instant(true), name: 'shared_at' }) sharedAt: Date | null;
  @Column({ ...col.ref(true), name: 'shared_by' }) sharedBy: string | null;
  @Column({ ...col.instant(true), name: 'deleted_at' }) deletedAt: Date | null;
  /** Who deleted the rows, or null when the sweep did. */
  @Column({ ...col.ref(true), name: 'deleted_by' }) deletedBy: string | null;
  @Column({ ...col.enum(true), name: 'deletion_rule' }) deletionRule: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/** One applicant of a list, sealed (AES-256-GCM under the list's key_id). Deleting the rows deletes the personal data. */
@Entity('facility_applicant')
export class FacilityApplicantEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => FacilityApplicantListEntity, { column: 'booking_id', constraint: 'fk_facility_applicant_list', onDelete: 'CASCADE' })
  list?: FacilityApplicantListEntity;
  @PrimaryColumn({ ...col.int(), name: 'position' }) position: number;
  @Column({ ...col.longText(false) }) data: string;
}
