import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, TableColumn, tableOf, timestamps } from './migration-helpers';

/** 業務計画書 (004 §8(1), issue 16 item 4): the program setting and the approvals module's table of plan versions. */
export class CreateBusinessPlans1764007000000 implements MigrationInterface {
  name = 'CreateBusinessPlans1764007000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('require_business_plan', col.bool(), { default: 0 })));
    await q.createTable(
      tableOf(q, {
        name: 'business_plan',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('version', col.int()),
          column('title', col.text(100)),
          column('file_name', col.text(200)),
          column('kind', col.enum()),
          column('bytes', col.int()),
          column('note', col.text(500, true)),
          column('status', col.enum()),
          column('return_reason', col.text(500, true)),
          column('submitted_by', col.ref(true)),
          column('submitted_at', col.instant()),
          column('decided_by', col.ref(true)),
          column('decided_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ux_business_plan_program_version', columnNames: ['program_id', 'version'], isUnique: true }],
        foreignKeys: [
          { name: 'fk_business_plan_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('business_plan');
    await q.dropColumn('program', 'require_business_plan');
  }
}
