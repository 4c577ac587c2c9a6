import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 実施場所の承認 (004 §7(3), issue 16 item 4): the approvals module's table. */
export class CreateSiteApprovals1764006700000 implements MigrationInterface {
  name = 'CreateSiteApprovals1764006700000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'site_approval',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('service_kind', col.enum()),
          column('name', col.text(100)),
          column('name_key', col.text(100)),
          column('address', col.text(200, true)),
          column('status', col.enum()),
          column('rejection_reason', col.text(500, true)),
          column('proposed_by', col.ref(true)),
          column('proposed_at', col.instant()),
          column('decided_by', col.ref(true)),
          column('decided_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ux_site_approval_program_kind_name', columnNames: ['program_id', 'service_kind', 'name_key'], isUnique: true }],
        foreignKeys: [
          { name: 'fk_site_approval_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('site_approval');
  }
}
