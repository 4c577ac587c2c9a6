import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * A program's limit for overdue deletions: personal data still held this many days after its purpose ended is on
 * the attention list. Null (programs made before) means the domain's default, PERSONAL_DATA_DELETION_LIMIT_DAYS.
 */
export class AddPersonalDataDeletionLimit1764003100000 implements MigrationInterface {
  name = 'AddPersonalDataDeletionLimit1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('personal_data_deletion_limit_days', col.int(true))));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('program', 'personal_data_deletion_limit_days');
  }
}
