import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, TableColumn, tableOf, timestamps } from './migration-helpers';

/**
 * 様式は協議 (issue 20 item 4): the reports module's table of each program's agreed form of the monthly and completion
 * reports (one row per program and kind; none: the usual form), and the form a submitted version was built with.
 */
export class CreateReportForms1764008300000 implements MigrationInterface {
  name = 'CreateReportForms1764008300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'report_form',
        columns: [
          primary('program_id', col.ref()),
          primary('kind', col.enum()),
          column('sheets', col.json()),
          column('era_style', col.enum()),
          column('title', col.text(100, true)),
          column('document_number', col.text(100, true)),
          column('updated_by', col.ref(true)),
          ...timestamps(q),
        ],
        foreignKeys: [{ name: 'fk_report_form_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    // Versions submitted before this migration keep their stored workbook; their form is unknown (null).
    await q.addColumn('report_submission', new TableColumn(column('form', col.longText())));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('report_submission', 'form');
    await q.dropTable('report_form');
  }
}
