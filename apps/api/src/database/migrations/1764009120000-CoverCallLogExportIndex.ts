import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** The columns 全件データ reads of a call, in its keyset order (program, date, id) first. */
const EXPORT_COLUMNS = ['program_id', 'date', 'id', 'received_at', 'direction', 'category', 'outcome', 'count', 'duration_minutes', 'outside_hours', 'late'];

/**
 * 全件データ reads every call of a program in (date, id) order, 2,000 at a time. Through (program_id, date) each
 * row was then fetched from the table — on MariaDB a lookup into the clustered index by a random UUID, through a
 * buffer pool smaller than call_log: 22–31 s for 496k calls at scale 100. With the exported columns in the index
 * the same reads are one index range each: 3.4–5.6 s (issue 24 item 3, docs/performance.md). It replaces
 * (program_id, date), which it starts with, so every query that used that one uses this one.
 */
export class CoverCallLogExportIndex1764009120000 implements MigrationInterface {
  name = 'CoverCallLogExportIndex1764009120000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('call_log', new TableIndex({ name: 'ix_call_log_program_date_cover', columnNames: EXPORT_COLUMNS }));
    await q.dropIndex('call_log', 'ix_call_log_program_date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('call_log', new TableIndex({ name: 'ix_call_log_program_date', columnNames: ['program_id', 'date'] }));
    await q.dropIndex('call_log', 'ix_call_log_program_date_cover');
  }
}
