import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createVersionTriggers, dropVersionTriggers } from './1764008800000-AddProgramDataVersions';

/**
 * The calls' own data version (ADR 0014, 2026-12-06): the weekly call figures, two thirds of a summary's bytes and a
 * third of its computing, are kept apart from the rest. Writes to the calls' tables bump `calls_version` only, so a
 * daily report saved leaves the program's call figures kept, and a call logged leaves its other figures kept; the
 * program row, which both read (week start, the report's due weekday, opening hours), bumps both.
 */
export const CALLS_SOURCE_TABLES = ['call_log', 'call_week'] as const;
/** Read by both parts of the summary. */
const SHARED_SOURCE_TABLES = ['program'] as const;

export class AddCallsDataVersion1764009200000 implements MigrationInterface {
  name = 'AddCallsDataVersion1764009200000';

  async up(q: QueryRunner): Promise<void> {
    // A plain ALTER on both databases: TypeORM's addColumn rebuilds a SQLite table under a new name, which every
    // table's triggers (naming program_data_version) refuse.
    await q.query('ALTER TABLE program_data_version ADD COLUMN calls_version integer NOT NULL DEFAULT 0');
    for (const table of CALLS_SOURCE_TABLES) {
      await dropVersionTriggers(q, table);
      await createVersionTriggers(q, table, { version: 0, calls_version: 1 });
    }
    for (const table of SHARED_SOURCE_TABLES) {
      await dropVersionTriggers(q, table);
      await createVersionTriggers(q, table, { version: 1, calls_version: 1 });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...CALLS_SOURCE_TABLES, ...SHARED_SOURCE_TABLES]) {
      await dropVersionTriggers(q, table);
      await createVersionTriggers(q, table, { version: 1 });
    }
    await q.query('ALTER TABLE program_data_version DROP COLUMN calls_version');
  }
}
