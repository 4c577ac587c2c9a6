import type { ReportForm, SubmissionFigure } from '@outreach/domain/reports';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 月次報告書・委託業務完了報告書 as submitted (issue 20 item 1): one frozen version of a program's report of a month
 * (period 'YYYY-MM') or of the whole program (period 'program'). Its workbook is an uploaded file named
 * "reports/<program id>/<id>.xlsx" (UploadedFiles), written before this row; its figures are kept here as JSON.
 * Neither is ever rewritten: only the status and the city's decision change.
 */
@Entity('report_submission')
@Index('ux_report_submission_version', ['programId', 'kind', 'period', 'version'], { unique: true })
export class ReportSubmissionEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_report_submission_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.enum()) kind: string;
  @Column(col.text(10)) period: string;
  @Column(col.int()) version: number;
  @Column(col.enum()) status: string;
  @Column(col.longText()) remarks: string | null;
  @Column({ ...col.text(500, true), name: 'return_reason' }) returnReason: string | null;
  @Column({ ...col.text(200), name: 'file_name' }) fileName: string;
  @Column(col.int()) bytes: number;
  @Column({ ...col.json(), transformer: jsonText<SubmissionFigure[]>([]) }) figures: SubmissionFigure[];
  /** The agreed form the workbook was built with (report_form at the time); null: submitted before forms were kept. */
  @Column({ ...col.longText(), transformer: jsonText<ReportForm | null>(null) }) form: ReportForm | null;
  @Column({ ...col.ref(true), name: 'submitted_by' }) submittedBy: string | null;
  @Column({ ...col.instant(), name: 'submitted_at' }) submittedAt: Date;
  @Column({ ...col.ref(true), name: 'decided_by' }) decidedBy: string | null;
  @Column({ ...col.instant(true), name: 'decided_at' }) decidedAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
