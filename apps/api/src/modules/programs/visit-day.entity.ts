import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from './program.entity';

/** 実施予定日: a day open for bookings, either a home-visit day or a facility day. One per program and date. */
@Entity('visit_day')
@Index('uq_visit_day_program_date', ['programId', 'date'], { unique: true })
export class VisitDayEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_visit_day_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.date()) date: string;
  /** 'home_visit' | 'facility_visit' */
  @Column(col.enum()) kind: string;
}
