import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/** 事前打合せ with a facility (issue 18 item 6): it blocks its half-day in the slot finder. Owned by facilities. */
@Entity('pre_meeting')
@Index('ix_pre_meeting_program_date', ['programId', 'date'])
export class PreMeetingEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column(col.date()) date: string;
  @Column(col.enum()) half: string;
  @Column({ ...col.ref(true), name: 'booking_id' }) bookingId: string | null;
  /** The facility (施設) the pre-meeting is with, where known: the one named, else its booking's. */
  @Column({ ...col.ref(true), name: 'facility_id' }) facilityId: string | null;
  @Column(col.text(200, true)) note: string | null;
}
