import { type MigrationInterface, type QueryRunner, TableForeignKey } from 'typeorm';
import { col } from '../columns';
import { primary, tableOf } from './migration-helpers';

/**
 * vendor_municipality: the cities a vendor is contracted by (recorded by the system administrator). Filled from
 * the programs that exist, so an installation keeps every vendor its cities already work with.
 */
export class CreateVendorMunicipality1764001600000 implements MigrationInterface {
  name = 'CreateVendorMunicipality1764001600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'vendor_municipality',
        columns: [primary('organization_id', col.ref()), primary('municipality_id', col.ref())],
        indices: [{ name: 'ix_vendor_municipality_municipality', columnNames: ['municipality_id'] }],
      }),
    );
    await q.createForeignKeys('vendor_municipality', [
      new TableForeignKey({ name: 'fk_vendor_municipality_organization', columnNames: ['organization_id'], referencedTableName: 'organization', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
      new TableForeignKey({ name: 'fk_vendor_municipality_municipality', columnNames: ['municipality_id'], referencedTableName: 'municipality', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    ]);
    await q.query(
      'INSERT INTO vendor_municipality (organization_id, municipality_id) SELECT DISTINCT pv.organization_id, p.municipality_id FROM program_vendor pv JOIN program p ON p.id = pv.program_id',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('vendor_municipality');
  }
}
