import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

/**
 * The tables a program list (GET /api/programs) reads: the programs, which vendors serve them (who sees what), and
 * the names shown beside them. Any write to them bumps the one row of program_list_version (ADR 0015), so a list
 * kept by an API instance is served again only while none was written, by whichever instance or statement.
 */
export const PROGRAM_LIST_SOURCE_TABLES = ['program', 'program_vendor', 'organization', 'municipality'] as const;

const OPS = [
  ['INSERT', 'ai'],
  ['UPDATE', 'au'],
  ['DELETE', 'ad'],
] as const;

export class AddProgramListVersion1764009300000 implements MigrationInterface {
  name = 'AddProgramListVersion1764009300000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(tableOf(q, { name: 'program_list_version', columns: [primary('id', col.int()), column('version', col.int())] }));
    await q.query('INSERT INTO program_list_version (id, version) VALUES (1, 0)');
    // The row is made again should it be missing (the test harness empties every table between test files).
    const bump = sqlite
      ? 'INSERT OR IGNORE INTO program_list_version (id, version) VALUES (1, 0); UPDATE program_list_version SET version = version + 1 WHERE id = 1;'
      : 'INSERT INTO program_list_version (id, version) VALUES (1, 1) ON DUPLICATE KEY UPDATE version = version + 1;';
    for (const table of PROGRAM_LIST_SOURCE_TABLES) {
      for (const [op, suffix] of OPS) await q.query(`CREATE TRIGGER trg_plv_${table}_${suffix} AFTER ${op} ON ${sqlite ? `"${table}"` : `\`${table}\``} FOR EACH ROW BEGIN ${bump} END`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PROGRAM_LIST_SOURCE_TABLES) for (const [, suffix] of OPS) await q.query(`DROP TRIGGER IF EXISTS trg_plv_${table}_${suffix}`);
    await q.dropTable('program_list_version');
  }
}
