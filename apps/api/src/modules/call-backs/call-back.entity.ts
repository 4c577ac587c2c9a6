import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 折り返し: a caller's request kept when nothing fitted. `data` is the caller's name, phone and request sealed
 * under the call-back's own data key (RecordCipher, ADR 0008); it is removed and the key destroyed when the
 * call back is logged and answered. The calls it names live in the call log (module calls), referenced by id only. The row keeps the facts (kind, due, who made and closed it, when).
 */
@Entity('call_back')
@Index('ix_call_back_program_status_due', ['programId', 'status', 'dueAt'])
export class CallBackEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_call_back_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.enum()) kind: string;
  @Column(col.enum()) status: string;
  @Column({ ...col.instant(), name: 'due_at' }) dueAt: Date;
  @Column(col.longText()) data: string | null;
  @Column({ ...col.ref(true), name: 'created_by' }) createdBy: string | null;
  /** Whose task it is: the creator until a colleague takes it over. */
  @Column({ ...col.ref(true), name: 'owner_id' }) ownerId: string | null;
  /** The incoming call logged 折り返し要 it came from (the call log's row), if any. */
  @Column({ ...col.ref(true), name: 'source_call_id' }) sourceCallId: string | null;
  /** Call backs nobody answered, and when the last was. */
  @Column({ ...col.int(), default: 0 }) attempts: number;
  @Column({ ...col.instant(true), name: 'last_attempt_at' }) lastAttemptAt: Date | null;
  /** The logged call back that ended it. */
  @Column({ ...col.ref(true), name: 'done_call_id' }) doneCallId: string | null;
  @Column({ ...col.ref(true), name: 'done_by' }) doneBy: string | null;
  @Column({ ...col.instant(true), name: 'done_at' }) doneAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
