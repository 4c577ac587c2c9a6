import type { DataSource } from 'typeorm';

/**
 * Indexes the dashboard benchmark suggests (docs/performance.md), added by `--try-indexes` to the bench
 * database only, to measure what they would change. The product gets them only through a migration.
 */
export const PROPOSED_INDEXES = [
  {
    name: 'ix_activity_photo_program_review',
    table: 'activity_photo',
    columns: ['program_id', 'review_status'],
    why: 'COUNT of pending photos per program scans the whole table: activity_photo has no index starting with program_id',
  },
  {
    name: 'ix_call_log_program_direction_date',
    table: 'call_log',
    columns: ['program_id', 'direction', 'date', 'category', 'outcome', 'late', 'outside_hours', 'count'],
    why: 'the weekly call counts read every call row of the program through ix_call_log_program_date and then the table; covering the grouped columns makes it an index-only range scan',
  },
];

export async function addProposedIndexes(ds: DataSource): Promise<void> {
  const runner = ds.createQueryRunner();
  const existing = new Set<string>();
  for (const table of new Set(PROPOSED_INDEXES.map((ix) => ix.table))) for (const i of (await runner.getTable(table))?.indices ?? []) existing.add(i.name ?? '');
  await runner.release();
  // The migration AddDashboardIndexes now ships them: only missing ones are added (older schemas).
  for (const ix of PROPOSED_INDEXES.filter((i) => !existing.has(i.name))) {
    await ds.query(`CREATE INDEX ${ds.driver.escape(ix.name)} ON ${ds.driver.escape(ix.table)} (${ix.columns.map((c) => ds.driver.escape(c)).join(', ')})`);
  }
  // No ANALYZE: the shipped schema runs without collected statistics on SQLite, and the comparison must differ
  // only by the indexes.
}
