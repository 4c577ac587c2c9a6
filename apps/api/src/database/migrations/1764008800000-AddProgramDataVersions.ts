import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

/**
 * The tables the dashboard summary reads, each with how a row names its program. A write to any of them bumps the
 * program's row in program_data_version (ADR 0014): the summary cache cannot miss a write, whichever module, query
 * builder, raw statement or API instance made it. test/dashboard-cache.e2e-spec.ts checks that every table a summary
 * reads is here (and the guard's own tables are not figures).
 */
export const SUMMARY_SOURCE_TABLES: Record<string, string> = {
  activity_photo: 'program_id',
  booking: 'program_id',
  business_plan: 'program_id',
  call_back: 'program_id',
  call_log: 'program_id',
  call_week: 'program_id',
  confirmation_call: 'program_id',
  daily_report: 'program_id',
  defect: 'program_id',
  facility_coordination: 'program_id',
  inquiry: 'program_id',
  personal_data_incident: 'program_id',
  program: 'id',
  program_vendor: 'program_id',
  report_submission: 'program_id',
  session: 'program_id',
  site_approval: 'program_id',
  target: '(SELECT g.program_id FROM target_group g WHERE g.id = {row}.group_id)',
  target_group: 'program_id',
  visit_day: 'program_id',
  visit_team: 'program_id',
};

const OPS = [
  ['INSERT', 'ai', ['NEW']],
  ['UPDATE', 'au', ['NEW', 'OLD']],
  ['DELETE', 'ad', ['OLD']],
] as const;

const triggerName = (table: string, op: string) => `trg_pdv_${table}_${op}`;
const programOf = (expr: string, row: 'NEW' | 'OLD') => (expr.startsWith('(') ? expr.replaceAll('{row}', row) : `${row}.${expr}`);

/**
 * The three triggers of `table` (a row's program by `SUMMARY_SOURCE_TABLES[table]`): for each row written, one added
 * to each of the program's counters (columns of program_data_version) marked 1 in `counters`, which names them all
 * (a program's first row starts every counter). Also used by later migrations that change which counters a table
 * bumps (1764009200000) or add a table read later (1764009500000, with its `expr`).
 */
export async function createVersionTriggers(q: QueryRunner, table: string, counters: Record<string, 0 | 1>, expr = SUMMARY_SOURCE_TABLES[table]): Promise<void> {
  const sqlite = q.connection.options.type === 'better-sqlite3';
  const names = Object.keys(counters);
  const bumped = names.filter((c) => counters[c] === 1);
  for (const [op, suffix, rows] of OPS) {
    const bumps = rows.map((row) => {
      const program = programOf(expr, row);
      // An update that moves a row to another program changes both; the same program is bumped once.
      const unless = row === 'OLD' && rows.length === 2 ? ` AND ${program} <> ${programOf(expr, 'NEW')}` : '';
      return sqlite
        ? `INSERT OR IGNORE INTO program_data_version (program_id, ${names.join(', ')}) SELECT ${program}, ${names.map(() => '0').join(', ')} WHERE ${program} IS NOT NULL${unless};
           UPDATE program_data_version SET ${bumped.map((c) => `${c} = ${c} + 1`).join(', ')} WHERE program_id = ${program}${unless};`
        : `IF ${program} IS NOT NULL${unless} THEN
             INSERT INTO program_data_version (program_id, ${names.join(', ')}) VALUES (${program}, ${names.map((c) => counters[c]).join(', ')}) ON DUPLICATE KEY UPDATE ${bumped.map((c) => `${c} = ${c} + 1`).join(', ')};
           END IF;`;
    });
    await q.query(`CREATE TRIGGER ${triggerName(table, suffix)} AFTER ${op} ON ${sqlite ? `"${table}"` : `\`${table}\``} FOR EACH ROW BEGIN ${bumps.join(' ')} END`);
  }
}

export async function dropVersionTriggers(q: QueryRunner, table: string): Promise<void> {
  for (const [, suffix] of OPS) await q.query(`DROP TRIGGER IF EXISTS ${triggerName(table, suffix)}`);
}

export class AddProgramDataVersions1764008800000 implements MigrationInterface {
  name = 'AddProgramDataVersions1764008800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(tableOf(q, { name: 'program_data_version', columns: [primary('program_id', col.ref()), column('version', col.int())] }));
    for (const table of Object.keys(SUMMARY_SOURCE_TABLES)) await createVersionTriggers(q, table, { version: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(SUMMARY_SOURCE_TABLES)) await dropVersionTriggers(q, table);
    await q.dropTable('program_data_version');
  }
}
