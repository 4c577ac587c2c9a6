import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

/** The call log (single calls and paper-day counts) and the weekly call-volume reports. */
export class CreateCalls1764000200000 implements MigrationInterface {
  name = 'CreateCalls1764000200000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(
      tableOf(q, {
        name: 'call_log',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('kind', col.enum()),
          column('received_at', col.instant()),
          column('date', col.date()),
          column('week_start', col.date()),
          column('month', col.text(7)),
          column('direction', col.enum()),
          column('category', col.enum()),
          column('outcome', col.enum(true)),
          column('count', col.int()),
          column('duration_minutes', col.int(true)),
          column('operator_user_id', col.ref(true)),
          column('note', col.text(200, true)),
          column('outside_hours', col.bool()),
          column('late', col.bool()),
          column('booking_id', col.ref(true)),
          { name: 'created_at', type: 'datetime', precision: 6, isNullable: false, default: sqlite ? "datetime('now')" : 'CURRENT_TIMESTAMP(6)' },
        ],
        indices: [
          { name: 'ix_call_log_program_date', columnNames: ['program_id', 'date'] },
          { name: 'ix_call_log_program_week', columnNames: ['program_id', 'week_start'] },
        ],
        foreignKeys: [{ name: 'fk_call_log_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'call_week',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('week_start', col.date()),
          column('status', col.enum()),
          column('submitted_at', col.instant(true)),
          column('submitted_by', col.ref(true)),
          column('frozen_counts', col.longText()),
          column('decided_at', col.instant(true)),
          column('decided_by', col.ref(true)),
          column('reason', col.text(500, true)),
        ],
        indices: [{ name: 'uq_call_week_program_week', columnNames: ['program_id', 'week_start'], isUnique: true }],
        foreignKeys: [{ name: 'fk_call_week_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('call_week');
    await q.dropTable('call_log');
  }
}
