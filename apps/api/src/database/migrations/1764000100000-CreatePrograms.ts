import { type MigrationInterface, type QueryRunner, TableForeignKey } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** Programs (contracts) with their settings, the vendors serving them, targets and the visit-day calendar. */
export class CreatePrograms1764000100000 implements MigrationInterface {
  name = 'CreatePrograms1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'program',
        columns: [
          primary('id', col.id()),
          column('municipality_id', col.ref()),
          column('title', col.text(200)),
          column('fiscal_year', col.int()),
          column('period_start', col.date()),
          column('period_end', col.date()),
          column('report_deadline', col.date()),
          column('service_kinds', col.json()),
          column('methods', col.json()),
          column('era_style', col.enum()),
          column('working_hours', col.json()),
          column('booking_rules', col.json()),
          column('require_totp', col.bool()),
          column('week_starts_on', col.int()),
          column('call_week_report_due_weekday', col.int()),
          column('daily_report_due', col.json()),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_program_municipality', columnNames: ['municipality_id'] }],
        foreignKeys: [
          { name: 'fk_program_municipality', columnNames: ['municipality_id'], referencedTableName: 'municipality', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'program_vendor',
        columns: [primary('program_id', col.ref()), primary('organization_id', col.ref())],
        indices: [{ name: 'ix_program_vendor_organization', columnNames: ['organization_id'] }],
      }),
    );
    await q.createForeignKeys('program_vendor', [
      new TableForeignKey({ name: 'fk_program_vendor_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
      new TableForeignKey({ name: 'fk_program_vendor_organization', columnNames: ['organization_id'], referencedTableName: 'organization', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }),
    ]);
    await q.createTable(
      tableOf(q, {
        name: 'target_group',
        columns: [primary('id', col.id()), column('program_id', col.ref()), column('name', col.text(100)), column('logic', col.enum()), column('sort_order', col.int())],
        indices: [{ name: 'ix_target_group_program', columnNames: ['program_id'] }],
        foreignKeys: [{ name: 'fk_target_group_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'target',
        columns: [
          primary('id', col.id()),
          column('group_id', col.ref()),
          column('metric', col.enum()),
          column('goal', col.int()),
          column('service_kind', col.enum(true)),
          column('label', col.text(100, true)),
          column('sort_order', col.int()),
        ],
        indices: [{ name: 'ix_target_group', columnNames: ['group_id'] }],
        foreignKeys: [{ name: 'fk_target_group', columnNames: ['group_id'], referencedTableName: 'target_group', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'visit_day',
        columns: [primary('id', col.id()), column('program_id', col.ref()), column('date', col.date()), column('kind', col.enum())],
        indices: [{ name: 'uq_visit_day_program_date', columnNames: ['program_id', 'date'], isUnique: true }],
        foreignKeys: [{ name: 'fk_visit_day_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['visit_day', 'target', 'target_group', 'program_vendor', 'program']) await q.dropTable(table);
  }
}
