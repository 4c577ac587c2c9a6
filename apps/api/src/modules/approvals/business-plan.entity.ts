import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 業務計画書 (004 §8(1)): one version of a program's business plan, submitted by the vendor's manager and consented
 * to or returned by the city. The document itself is an uploaded file named "plans/<program id>/<id>"
 * (UploadedFiles), written before this row.
 */
@Entity('business_plan')
@Index('ux_business_plan_program_version', ['programId', 'version'], { unique: true })
export class BusinessPlanEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_business_plan_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.int()) version: number;
  @Column(col.text(100)) title: string;
  @Column({ ...col.text(200), name: 'file_name' }) fileName: string;
  @Column(col.enum()) kind: string;
  @Column(col.int()) bytes: number;
  @Column(col.text(500, true)) note: string | null;
  @Column(col.enum()) status: string;
  @Column({ ...col.text(500, true), name: 'return_reason' }) returnReason: string | null;
  @Column({ ...col.ref(true), name: 'submitted_by' }) submittedBy: string | null;
  @Column({ ...col.instant(), name: 'submitted_at' }) submittedAt: Date;
  @Column({ ...col.ref(true), name: 'decided_by' }) decidedBy: string | null;
  @Column({ ...col.instant(true), name: 'decided_at' }) decidedAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
