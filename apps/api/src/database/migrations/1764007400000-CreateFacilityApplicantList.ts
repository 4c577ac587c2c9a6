import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/**
 * 申請者名簿 (003 §9(2)ウ, issue 18 item 4): the facilities module's tables. facility_applicant_list is the state of
 * each facility booking's list (who committed, shared and deleted it, when — kept after the rows go, as the record
 * of their handling); facility_applicant holds its rows, each sealed under the list's own data key.
 */
export class CreateFacilityApplicantList1764007400000 implements MigrationInterface {
  name = 'CreateFacilityApplicantList1764007400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'facility_applicant_list',
        columns: [
          primary('booking_id', col.ref()),
          column('program_id', col.ref()),
          column('key_id', col.ref()),
          column('row_count', col.int()),
          column('committed_at', col.instant()),
          column('committed_by', col.ref()),
          column('shared_at', col.instant(true)),
          column('shared_by', col.ref(true)),
          column('deleted_at', col.instant(true)),
          column('deleted_by', col.ref(true)),
          column('deletion_rule', col.enum(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_facility_applicant_list_program', columnNames: ['program_id'] }],
        foreignKeys: [
          { name: 'fk_facility_applicant_list_booking', columnNames: ['booking_id'], referencedTableName: 'booking', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'facility_applicant',
        columns: [primary('booking_id', col.ref()), primary('position', col.int()), column('data', col.longText(false))],
        foreignKeys: [
          {
            name: 'fk_facility_applicant_list',
            columnNames: ['booking_id'],
            referencedTableName: 'facility_applicant_list',
            referencedColumnNames: ['booking_id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('facility_applicant');
    await q.dropTable('facility_applicant_list');
  }
}
