import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';

/**
 * 帳票の出力記録: what a report download was, beside its row in the handling record (which says who, when and
 * for which city). Keyed by that row's id, so the handling record stays the one list of downloads and its access
 * rules stay the only ones; this table holds the report's own columns instead of JSON in the free-text reason.
 */
@Entity('report_download')
export class ReportDownloadEntity {
  @PrimaryColumn({ type: 'integer', name: 'handling_record_id' }) handlingRecordId: number;
  @Column(col.enum()) kind: string;
  @Column({ ...col.ref(true), name: 'program_id' }) programId: string | null;
  @Column(col.text(255, true)) filename: string | null;
  /** The report's parameters (month, period, as-of day …) as chosen; never personal data. */
  @Column({ ...col.json(), transformer: jsonText<Record<string, unknown>>({}) }) params: Record<string, unknown>;
  @Column({ ...col.ref(true), name: 'job_id' }) jobId: string | null;
}
