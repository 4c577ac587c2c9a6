import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 実施場所の承認 (004 §7(3)): one site of a program — a facility, a home district or a venue, by service kind —
 * proposed by the vendor and approved or rejected by the city. `name_key` is the name as a session's place is
 * compared (domain siteKey), unique per program and kind.
 */
@Entity('site_approval')
@Index('ux_site_approval_program_kind_name', ['programId', 'serviceKind', 'nameKey'], { unique: true })
export class SiteApprovalEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_site_approval_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.enum(), name: 'service_kind' }) serviceKind: string;
  @Column(col.text(100)) name: string;
  @Column({ ...col.text(100), name: 'name_key' }) nameKey: string;
  @Column(col.text(200, true)) address: string | null;
  @Column(col.enum()) status: string;
  @Column({ ...col.text(500, true), name: 'rejection_reason' }) rejectionReason: string | null;
  @Column({ ...col.ref(true), name: 'proposed_by' }) proposedBy: string | null;
  @Column({ ...col.instant(), name: 'proposed_at' }) proposedAt: Date;
  @Column({ ...col.ref(true), name: 'decided_by' }) decidedBy: string | null;
  @Column({ ...col.instant(true), name: 'decided_at' }) decidedAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
