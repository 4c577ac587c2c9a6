import { type MigrationInterface, type QueryRunner, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '../columns';
import { column, primary, TableColumn, tableOf, timestamps } from './migration-helpers';

/**
 * 引渡し (issue 19 item 3): hand_over_batch is one recorded hand-over of a day's or a week's applications to the city
 * (numbered per program); each application keeps its batch and hand-over date (one batch at most). The program's
 * follow-up period after a hand-over (null: the domain's HAND_OVER_FOLLOW_UP_DAYS) decides when the purge deletes.
 */
export class CreateHandOverBatches1764008210000 implements MigrationInterface {
  name = 'CreateHandOverBatches1764008210000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'hand_over_batch',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('number', col.int()),
          column('from_date', col.date()),
          column('to_date', col.date()),
          column('handed_over_date', col.date()),
          column('application_count', col.int()),
          column('created_by', col.ref()),
          column('personal_data_deleted_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'uq_hand_over_batch_program_number', columnNames: ['program_id', 'number'], isUnique: true }],
        foreignKeys: [{ name: 'fk_hand_over_batch_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.addColumns('application', [new TableColumn(column('hand_over_batch_id', col.ref(true))), new TableColumn(column('handed_over_date', col.date(true)))]);
    await q.createIndex('application', new TableIndex({ name: 'ix_application_hand_over_batch', columnNames: ['hand_over_batch_id'] }));
    await q.createForeignKey(
      'application',
      new TableForeignKey({ name: 'fk_application_hand_over_batch', columnNames: ['hand_over_batch_id'], referencedTableName: 'hand_over_batch', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }),
    );
    await q.addColumn('program', new TableColumn(column('hand_over_follow_up_days', col.int(true))));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('program', 'hand_over_follow_up_days');
    await q.dropForeignKey('application', 'fk_application_hand_over_batch');
    await q.dropIndex('application', 'ix_application_hand_over_batch');
    await q.dropColumns('application', ['handed_over_date', 'hand_over_batch_id']);
    await q.dropTable('hand_over_batch');
  }
}
