import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 個人情報の事故報告 (特記事項 §12): one incident of a program — what happened, when it happened and was found, how
 * many residents, what was done, the city's instructions, status. Texts without personal data (the schema checks).
 */
@Entity('personal_data_incident')
@Index('ix_personal_data_incident_program_status', ['programId', 'status'])
export class IncidentEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_personal_data_incident_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.enum()) kind: string;
  @Column({ ...col.instant(), name: 'occurred_at' }) occurredAt: Date;
  @Column({ ...col.instant(), name: 'discovered_at' }) discoveredAt: Date;
  @Column({ ...col.int(), name: 'residents_affected' }) residentsAffected: number;
  @Column(col.text(2000)) summary: string;
  @Column({ ...col.text(2000, true), name: 'actions_taken' }) actionsTaken: string | null;
  @Column({ ...col.text(2000, true), name: 'city_instructions' }) cityInstructions: string | null;
  @Column(col.enum()) status: string;
  @Column({ ...col.instant(true), name: 'resolved_at' }) resolvedAt: Date | null;
  /** Who recorded it first (the report to the city). */
  @Column({ ...col.ref(true), name: 'reported_by' }) reportedBy: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
