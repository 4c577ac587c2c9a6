import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/** The deletion ledger: who deleted a reservation's personal data (null = the sweep) and on which rule. */
export class AddPersonalDataDeletionLedger1764001500000 implements MigrationInterface {
  name = 'AddPersonalDataDeletionLedger1764001500000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('booking', [
      new TableColumn(column('personal_data_deleted_by', col.ref(true))),
      new TableColumn(column('personal_data_deletion_rule', col.enum(true))),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('booking', 'personal_data_deletion_rule');
    await q.dropColumn('booking', 'personal_data_deleted_by');
  }
}
