import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 施設 (issue 18 item 1): a welfare facility of the program. Its name, type, address and district are an
 * organisation's data and stay readable (the session's place, the city's list); its contact person's name and
 * phone are personal data, sealed under the facility's own data key (`contact`, ADR 0012) and never logged.
 */
@Entity('facility')
@Index('ix_facility_program', ['programId'])
export class FacilityEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_facility_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.text(200)) name: string;
  /** FacilityType */
  @Column(col.enum()) type: string;
  @Column(col.text(200)) address: string;
  @Column(col.text(50, true)) district: string | null;
  /** { contactName, contactPhone } sealed (RecordCipher), or null when none was given. */
  @Column(col.longText()) contact: string | null;
  @Column({ ...col.int(true), name: 'expected_residents' }) expectedResidents: number | null;
  @Column(col.text(500, true)) note: string | null;
  @Column({ ...col.ref(), name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
