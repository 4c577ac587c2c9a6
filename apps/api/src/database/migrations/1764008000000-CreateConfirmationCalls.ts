import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 前日確認 (issue 21 item 3): the confirmation-calls module's table — one row per call, facts only. */
export class CreateConfirmationCalls1764008000000 implements MigrationInterface {
  name = 'CreateConfirmationCalls1764008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'confirmation_call',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('booking_id', col.ref()),
          column('visit_date', col.date()),
          column('outcome', col.enum()),
          column('called_by', col.ref(true)),
          column('called_at', col.instant()),
          ...timestamps(q),
        ],
        indices: [
          { name: 'ix_confirmation_call_program_date', columnNames: ['program_id', 'visit_date'] },
          { name: 'ix_confirmation_call_booking', columnNames: ['booking_id'] },
        ],
        foreignKeys: [
          { name: 'fk_confirmation_call_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
          { name: 'fk_confirmation_call_booking', columnNames: ['booking_id'], referencedTableName: 'booking', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('confirmation_call');
  }
}
