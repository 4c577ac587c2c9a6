import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * 受電記録's list (sorted by received time, newest first, a page of 10 within one program) sorted every call of the
 * program on each request (MariaDB: "Using filesort" over ≈ 5,000 rows per city-year). An index on
 * (program_id, received_at) reads the page in order instead (issue 24 item 2, the morning rush).
 */
export class AddCallLogProgramReceivedIndex1764009000000 implements MigrationInterface {
  name = 'AddCallLogProgramReceivedIndex1764009000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('call_log', new TableIndex({ name: 'ix_call_log_program_received', columnNames: ['program_id', 'received_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('call_log', 'ix_call_log_program_received');
  }
}
