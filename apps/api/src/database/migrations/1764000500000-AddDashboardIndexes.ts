import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes the dashboard benchmark asked for: the pending-photo count scanned the whole table, and the weekly
 * call series fetched every row by its random key once call_log outgrew the buffer pool (docs/performance.md).
 */
export class AddDashboardIndexes1764000500000 implements MigrationInterface {
  name = 'AddDashboardIndexes1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('activity_photo', new TableIndex({ name: 'ix_activity_photo_program_review', columnNames: ['program_id', 'review_status'] }));
    await q.createIndex(
      'call_log',
      new TableIndex({ name: 'ix_call_log_program_direction_date', columnNames: ['program_id', 'direction', 'date', 'category', 'outcome', 'late', 'outside_hours', 'count'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('call_log', 'ix_call_log_program_direction_date');
    await q.dropIndex('activity_photo', 'ix_activity_photo_program_review');
  }
}
