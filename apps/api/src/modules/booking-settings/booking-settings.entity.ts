import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';

/** A program's district travel matrix (minutes between districts), edited by the manager. */
@Entity('travel_matrix')
export class TravelMatrixEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column({ ...col.json(), transformer: jsonText<string[]>([]) }) districts: string[];
  @Column({ ...col.json(), transformer: jsonText<Record<string, Record<string, number>>>({}) }) minutes: Record<string, Record<string, number>>;
}

/** 事前打合せ with a facility: it blocks its half-day in the slot finder. */
@Entity('pre_meeting')
@Index('ix_pre_meeting_program_date', ['programId', 'date'])
export class PreMeetingEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column(col.date()) date: string;
  @Column(col.enum()) half: string;
  @Column({ ...col.ref(true), name: 'booking_id' }) bookingId: string | null;
  /** The facility (施設) the pre-meeting is with, where known. */
  @Column({ ...col.ref(true), name: 'facility_id' }) facilityId: string | null;
  @Column(col.text(200, true)) note: string | null;
}
