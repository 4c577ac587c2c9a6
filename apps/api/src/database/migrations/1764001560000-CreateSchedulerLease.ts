import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

/** Leases for scheduled work, so several API instances on one database run it once per period (ADR 0007). */
export class CreateSchedulerLease1764001560000 implements MigrationInterface {
  name = 'CreateSchedulerLease1764001560000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'scheduler_lease',
        columns: [primary('name', col.text(80)), column('holder', col.text(100)), column('acquired_at', col.instant()), column('expires_at', col.instant())],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('scheduler_lease');
  }
}
