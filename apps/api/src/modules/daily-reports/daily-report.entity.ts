import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/** 日次報告書: one per program and day with held sessions. The unique key makes a second report for a day impossible. */
@Entity('daily_report')
@Index('uq_daily_report_program_date', ['programId', 'date'], { unique: true })
export class DailyReportEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_daily_report_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.date()) date: string;
  @Column(col.enum()) status: string;
  /** 特記事項 */
  @Column({ ...col.text(1000, true), name: 'special_notes' }) specialNotes: string | null;
  /** Set when the city receives it (submitted straight, or released by the vendor manager) — not when the draft was created. */
  @Column({ ...col.instant(true), name: 'submitted_at' }) submittedAt: Date | null;
  @Column({ ...col.ref(true), name: 'submitted_by' }) submittedBy: string | null;
  /** Its author's last submission (to the vendor manager's check, or straight to the city); an internal return goes back to him. */
  @Column({ ...col.instant(true), name: 'prepared_at' }) preparedAt: Date | null;
  @Column({ ...col.ref(true), name: 'prepared_by' }) preparedBy: string | null;
  /** The last decision: the city's (accept, return, reopen) or the vendor manager's internal return — the status says which. */
  @Column({ ...col.instant(true), name: 'decided_at' }) decidedAt: Date | null;
  @Column({ ...col.ref(true), name: 'decided_by' }) decidedBy: string | null;
  @Column(col.text(500, true)) reason: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/** 実施状況がわかる写真: re-encoded without metadata, stored outside the web root, served only through the API. */
@Entity('activity_photo')
@Index('ix_activity_photo_report', ['dailyReportId'])
@Index('ix_activity_photo_program_review', ['programId', 'reviewStatus'])
export class ActivityPhotoEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'daily_report_id' }) dailyReportId: string;
  @References(() => DailyReportEntity, { column: 'daily_report_id', constraint: 'fk_activity_photo_report', onDelete: 'CASCADE' })
  dailyReport?: DailyReportEntity;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column({ ...col.ref(), name: 'uploaded_by' }) uploadedBy: string;
  @Column(col.text(200, true)) caption: string | null;
  @Column(col.int()) width: number;
  @Column(col.int()) height: number;
  @Column(col.int()) bytes: number;
  /** The uploader's check: 「申請者の顔や個人情報が判別できない」. */
  @Column({ ...col.bool(), name: 'confirmed_no_personal_data' }) confirmedNoPersonalData: boolean;
  /** 'pending' (awaiting the city's check) | 'approved' | 'rejected' */
  @Column({ ...col.enum(), name: 'review_status' }) reviewStatus: string;
  @Column({ ...col.text(500, true), name: 'reject_reason' }) rejectReason: string | null;
  /** File name under PHOTO_DIR (the id), never a client-supplied name. */
  @Column({ ...col.text(100), name: 'storage_key' }) storageKey: string;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
}
