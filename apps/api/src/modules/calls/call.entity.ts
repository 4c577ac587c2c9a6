import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * One logged call (kind 'single', count 1) or one row of a day logged on paper (kind 'bulk', count n).
 * Date, week and month keys are JST and computed by the domain at write time, so weekly and monthly sums are
 * plain indexed GROUP BYs on every database.
 */
@Entity('call_log')
// 全件データ reads its columns from the index alone, in (program, date, id) order (migration 1764009120000).
@Index('ix_call_log_program_date_cover', ['programId', 'date', 'id', 'receivedAt', 'direction', 'category', 'outcome', 'count', 'durationMinutes', 'outsideHours', 'late'])
@Index('ix_call_log_program_week', ['programId', 'weekStart'])
@Index('ix_call_log_program_received', ['programId', 'receivedAt'])
/** Covers the weekly series' GROUP BY, so it is answered from the index alone (docs/performance.md). */
@Index('ix_call_log_program_direction_date', ['programId', 'direction', 'date', 'category', 'outcome', 'late', 'outsideHours', 'count'])
export class CallEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_call_log_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  /** 'single' | 'bulk' */
  @Column(col.enum()) kind: string;
  @Column({ ...col.instant(), name: 'received_at' }) receivedAt: Date;
  @Column(col.date()) date: string;
  @Column({ ...col.date(), name: 'week_start' }) weekStart: string;
  @Column(col.text(7)) month: string;
  @Column(col.enum()) direction: string;
  @Column(col.enum()) category: string;
  @Column(col.enum(true)) outcome: string | null;
  @Column(col.int()) count: number;
  @Column({ ...col.int(true), name: 'duration_minutes' }) durationMinutes: number | null;
  @Column({ ...col.ref(true), name: 'operator_user_id' }) operatorUserId: string | null;
  @Column(col.text(200, true)) note: string | null;
  @Column({ ...col.bool(), name: 'outside_hours' }) outsideHours: boolean;
  /** Logged after the week's report was submitted: shown separately, never silently added to a frozen week. */
  @Column(col.bool()) late: boolean;
  /** The booking made in this call (booking capability). */
  @Column({ ...col.ref(true), name: 'booking_id' }) bookingId: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
}

/** The weekly call-volume report of one program and week (週毎の受電件数報告). */
@Entity('call_week')
@Index('uq_call_week_program_week', ['programId', 'weekStart'], { unique: true })
export class CallWeekEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_call_week_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.date(), name: 'week_start' }) weekStart: string;
  @Column(col.enum()) status: string;
  @Column({ ...col.instant(true), name: 'submitted_at' }) submittedAt: Date | null;
  @Column({ ...col.ref(true), name: 'submitted_by' }) submittedBy: string | null;
  /** JSON of the counts at submission (freezeCallCounts). */
  @Column({ ...col.longText(), name: 'frozen_counts' }) frozenCounts: string | null;
  @Column({ ...col.instant(true), name: 'decided_at' }) decidedAt: Date | null;
  @Column({ ...col.ref(true), name: 'decided_by' }) decidedBy: string | null;
  @Column(col.text(500, true)) reason: string | null;
}
