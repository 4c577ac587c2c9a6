import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * 顔写真 on an application (issue 19 item 3): when one was attached (the file is sealed under the application's key,
 * named by its id), and, for the deletion ledger, who deleted the personal fields (null: the purge) on which rule.
 */
export class AddApplicationFacePhoto1764008500000 implements MigrationInterface {
  name = 'AddApplicationFacePhoto1764008500000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('application', [
      new TableColumn(column('face_photo_at', col.instant(true))),
      new TableColumn(column('personal_data_deleted_by', col.ref(true))),
      new TableColumn(column('personal_data_deletion_rule', col.enum(true))),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['personal_data_deletion_rule', 'personal_data_deleted_by', 'face_photo_at']) await q.dropColumn('application', c);
  }
}
