import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 折り返し (issue 17 item 3): the call-backs module's table; the caller's data sealed per record, removed when done. */
export class CreateCallBacks1764007100000 implements MigrationInterface {
  name = 'CreateCallBacks1764007100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'call_back',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('kind', col.enum()),
          column('status', col.enum()),
          column('due_at', col.instant()),
          column('data', col.longText()),
          column('created_by', col.ref(true)),
          column('done_by', col.ref(true)),
          column('done_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_call_back_program_status_due', columnNames: ['program_id', 'status', 'due_at'] }],
        foreignKeys: [{ name: 'fk_call_back_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('call_back');
  }
}
