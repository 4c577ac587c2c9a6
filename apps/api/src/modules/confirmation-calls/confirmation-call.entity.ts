import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 前日確認: one call made the working day before a visit and what came of it (ConfirmationOutcome). The row holds
 * facts only — which booking, for which visit date, the outcome, who called and when; the number called stays in
 * the booking's sealed personal data. A cancellation's reason is the booking's own.
 */
@Entity('confirmation_call')
@Index('ix_confirmation_call_program_date', ['programId', 'visitDate'])
@Index('ix_confirmation_call_booking', ['bookingId'])
export class ConfirmationCallEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_confirmation_call_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_confirmation_call_booking', onDelete: 'CASCADE' })
  booking?: BookingEntity;
  @Column({ ...col.date(), name: 'visit_date' }) visitDate: string;
  @Column(col.enum()) outcome: string;
  @Column({ ...col.ref(true), name: 'called_by' }) calledBy: string | null;
  @Column({ ...col.instant(), name: 'called_at' }) calledAt: Date;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
