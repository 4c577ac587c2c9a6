import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';
import { ProgramEntity } from './program.entity';

/** 実施予定日: a day open for bookings, either a home-visit day or a facility day. One per program and date. */
@Entity('visit_day')
@Index('uq_visit_day_program_date', ['programId', 'date'], { unique: true })
export class VisitDayEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_visit_day_program' })
  program?: ProgramEntity;
  @Column(col.date()) date: string;
  /** 'home_visit' | 'facility_visit' */
  @Column(col.enum()) kind: string;
}
