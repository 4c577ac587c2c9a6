import { type MigrationInterface, type QueryRunner, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * Issue 19 item 4: a defect (不備対応) names the application it is about, so the follow-up knows whom to call, and who
 * found it (市 / J-LIS通知 / 受託者). Both null on defects recorded before; an application never goes while its
 * program lives, the link is cleared if it ever does.
 */
export class LinkDefectToApplication1764008200000 implements MigrationInterface {
  name = 'LinkDefectToApplication1764008200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('defect', [new TableColumn(column('application_id', col.ref(true))), new TableColumn(column('found_by', col.enum(true)))]);
    await q.createIndex('defect', new TableIndex({ name: 'ix_defect_application', columnNames: ['application_id'] }));
    await q.createForeignKey(
      'defect',
      new TableForeignKey({ name: 'fk_defect_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'SET NULL', onUpdate: 'NO ACTION' }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKey('defect', 'fk_defect_application');
    await q.dropIndex('defect', 'ix_defect_application');
    await q.dropColumns('defect', ['found_by', 'application_id']);
  }
}
