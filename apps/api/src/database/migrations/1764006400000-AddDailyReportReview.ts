import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * 社内確認 (vendor-internal review of daily reports): the program's setting (null: the domain's default,
 * DEFAULT_DAILY_REPORT_REVIEW — on; it only ever holds back staff's submissions) and who last submitted a report
 * (its author, to whom an internal return goes back) and when. A report already submitted was prepared by its submitter. Down, a report under the check goes
 * back to draft: the older code knows no internal statuses, and the city had not received it.
 */
export class AddDailyReportReview1764006400000 implements MigrationInterface {
  name = 'AddDailyReportReview1764006400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('daily_report_review', col.enum(true))));
    await q.addColumns('daily_report', [new TableColumn(column('prepared_at', col.instant(true))), new TableColumn(column('prepared_by', col.ref(true)))]);
    await q.query('UPDATE daily_report SET prepared_at = submitted_at, prepared_by = submitted_by WHERE submitted_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("UPDATE daily_report SET status = 'draft' WHERE status IN ('checking', 'returned_internally')");
    for (const c of ['prepared_by', 'prepared_at']) await q.dropColumn('daily_report', c);
    await q.dropColumn('program', 'daily_report_review');
  }
}
