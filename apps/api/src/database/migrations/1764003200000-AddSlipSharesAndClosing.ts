import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, TableColumn, tableOf, timestamps } from './migration-helpers';

/**
 * The weekly share on time and the closing of a contract: the program's share due weekday (Tuesday of the week
 * before, §9(1)), whether its city also wants the slips as an encrypted file, when it was closed (特記事項 §10),
 * and the share files (prepared, approved by a second person, downloaded).
 */
export class AddSlipSharesAndClosing1764003200000 implements MigrationInterface {
  name = 'AddSlipSharesAndClosing1764003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('program', [
      new TableColumn(column('slip_share_due_weekday', col.int(), { default: 2 })),
      new TableColumn(column('slip_share_file', col.bool(), { default: 0 })),
      new TableColumn(column('closed_at', col.instant(true))),
      new TableColumn(column('closed_by', col.ref(true))),
    ]);
    await q.createTable(
      tableOf(q, {
        name: 'share_file',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('purpose', col.enum()),
          column('week_start', col.date(true)),
          column('booking_ids', col.json()),
          column('status', col.enum()),
          column('prepared_by', col.ref()),
          column('prepared_at', col.instant()),
          column('approved_by', col.ref(true)),
          column('approved_at', col.instant(true)),
          column('rejected_reason', col.text(500, true)),
          column('downloads', col.int(), { default: 0 }),
          column('last_downloaded_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_share_file_program', columnNames: ['program_id', 'prepared_at'] }],
        foreignKeys: [{ name: 'fk_share_file_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('share_file');
    for (const c of ['closed_by', 'closed_at', 'slip_share_file', 'slip_share_due_weekday']) await q.dropColumn('program', c);
  }
}
