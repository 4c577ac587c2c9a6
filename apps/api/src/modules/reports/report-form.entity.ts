import type { ReportSheetKey } from '@outreach/domain/reports';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/** 様式 (issue 20 item 4): a program's agreed form of its monthly or completion report; no row: the usual form. */
@Entity('report_form')
export class ReportFormEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_report_form_program' })
  program?: ProgramEntity;
  @PrimaryColumn(col.enum()) kind: string;
  @Column({ ...col.json(), transformer: jsonText<ReportSheetKey[]>([]) }) sheets: ReportSheetKey[];
  @Column({ ...col.enum(), name: 'era_style' }) eraStyle: 'wareki' | 'seireki';
  @Column(col.text(100, true)) title: string | null;
  @Column({ ...col.text(100, true), name: 'document_number' }) documentNumber: string | null;
  @Column({ ...col.ref(true), name: 'updated_by' }) updatedBy: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
