import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';
import { col } from '../columns';
import { column, primary, TableColumn, tableOf, timestamps } from './migration-helpers';

/**
 * 施設 as a record of the program (issue 18 items 1, 5, 6): the facilities module's `facility` table (its contact
 * person sealed under the facility's own data key), and the link to it from a facility booking, a facility visit
 * session and a pre-meeting (each column written by its table's owner).
 */
export class CreateFacilities1764007300000 implements MigrationInterface {
  name = 'CreateFacilities1764007300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'facility',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('name', col.text(200)),
          column('type', col.enum()),
          column('address', col.text(200)),
          column('district', col.text(50, true)),
          column('contact', col.longText()),
          column('expected_residents', col.int(true)),
          column('note', col.text(500, true)),
          column('created_by', col.ref()),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_facility_program', columnNames: ['program_id'] }],
        foreignKeys: [{ name: 'fk_facility_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.addColumn('booking', new TableColumn(column('facility_id', col.ref(true))));
    await q.createIndex('booking', new TableIndex({ name: 'ix_booking_facility', columnNames: ['facility_id'] }));
    await q.addColumn('session', new TableColumn(column('facility_id', col.ref(true))));
    await q.addColumn('pre_meeting', new TableColumn(column('facility_id', col.ref(true))));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('pre_meeting', 'facility_id');
    await q.dropColumn('session', 'facility_id');
    await q.dropIndex('booking', 'ix_booking_facility');
    await q.dropColumn('booking', 'facility_id');
    await q.dropTable('facility');
  }
}
