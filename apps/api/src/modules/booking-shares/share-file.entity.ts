import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * A file of reception slips for a city that still wants one (ADR 0010): which reservations it holds (ids, never
 * their data), who prepared it, who approved it. The file itself is never stored: it is built, encrypted with a
 * new password and handed out at each download.
 */
@Entity('share_file')
@Index('ix_share_file_program', ['programId', 'preparedAt'])
export class ShareFileEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_share_file_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  /** ShareFilePurpose: 'weekly' | 'handover' */
  @Column(col.enum()) purpose: string;
  @Column({ ...col.date(true), name: 'week_start' }) weekStart: string | null;
  @Column({ ...col.json(), name: 'booking_ids', transformer: jsonText<string[]>([]) }) bookingIds: string[];
  /** ShareFileStatus: 'prepared' | 'approved' | 'rejected' */
  @Column(col.enum()) status: string;
  @Column({ ...col.ref(), name: 'prepared_by' }) preparedBy: string;
  @Column({ ...col.instant(), name: 'prepared_at' }) preparedAt: Date;
  @Column({ ...col.ref(true), name: 'approved_by' }) approvedBy: string | null;
  @Column({ ...col.instant(true), name: 'approved_at' }) approvedAt: Date | null;
  @Column({ ...col.text(500, true), name: 'rejected_reason' }) rejectedReason: string | null;
  @Column({ ...col.int(), default: 0 }) downloads: number;
  @Column({ ...col.instant(true), name: 'last_downloaded_at' }) lastDownloadedAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
