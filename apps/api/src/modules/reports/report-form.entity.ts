import type { ReportSheetKey } from '@outreach/domain/reports';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/** 様式 (issue 20 item 4): a program's agreed form of its monthly or completion report; no row: the usual form. */
@Entity('report_form')
export class ReportFormEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_report_form_program', onDelete: 'CASCADE' })
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
