import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * A program names its periods (issue 16): the contract (period_start/period_end), the call center and the visits
 * (the JSON column periods), the monthly report day and the completion date (report_deadline). Programs saved
 * before had one period used for everything: it becomes their call-center and visit period. Their completion
 * date lies inside the contract, so a contract that ended before its report deadline is extended to it. No
 * monthly report was asked of them (monthlyReportDay null). Rows are rewritten in TypeScript: JSON building is
 * not portable SQL.
 */
export class AddProgramPeriods1764004000000 implements MigrationInterface {
  name = 'AddProgramPeriods1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('periods', col.longText())));
    const rows: Array<{ id: string; period_start: string; period_end: string; report_deadline: string }> = await q.query(
      'SELECT id, period_start, period_end, report_deadline FROM program',
    );
    for (const r of rows) {
      const worked = { start: r.period_start, end: r.period_end };
      const periods = JSON.stringify({ callCenter: worked, visits: worked, monthlyReportDay: null });
      const contractEnd = r.report_deadline > r.period_end ? r.report_deadline : r.period_end;
      await q.query('UPDATE program SET periods = ?, period_end = ? WHERE id = ?', [periods, contractEnd, r.id]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // A contract extended to its report deadline keeps that end: the deadline was inside the contract all along.
    await q.dropColumn('program', 'periods');
  }
}
