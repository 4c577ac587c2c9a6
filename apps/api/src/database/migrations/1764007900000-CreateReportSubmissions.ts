import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 月次報告書・委託業務完了報告書 as submissions (issue 20 item 1): the reports module's table of frozen versions. */
export class CreateReportSubmissions1764007900000 implements MigrationInterface {
  name = 'CreateReportSubmissions1764007900000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'report_submission',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('kind', col.enum()),
          column('period', col.text(10)),
          column('version', col.int()),
          column('status', col.enum()),
          column('remarks', col.longText()),
          column('return_reason', col.text(500, true)),
          column('file_name', col.text(200)),
          column('bytes', col.int()),
          column('figures', col.json()),
          column('submitted_by', col.ref(true)),
          column('submitted_at', col.instant()),
          column('decided_by', col.ref(true)),
          column('decided_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ux_report_submission_version', columnNames: ['program_id', 'kind', 'period', 'version'], isUnique: true }],
        foreignKeys: [
          { name: 'fk_report_submission_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('report_submission');
  }
}
