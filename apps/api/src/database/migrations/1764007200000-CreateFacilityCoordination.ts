import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 施設との調整 (003 §9(2), issue 18 items 2–3): the facilities module's table, one row per facility booking. */
export class CreateFacilityCoordination1764007200000 implements MigrationInterface {
  name = 'CreateFacilityCoordination1764007200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'facility_coordination',
        columns: [
          primary('booking_id', col.ref()),
          column('program_id', col.ref()),
          column('procedure', col.enum(true)),
          column('items', col.json()),
          column('notice_done_on', col.date(true)),
          column('pre_meeting_done_on', col.date(true)),
          column('applicant_list_done_on', col.date(true)),
          column('updated_by', col.ref(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_facility_coordination_program', columnNames: ['program_id'] }],
        foreignKeys: [
          { name: 'fk_facility_coordination_booking', columnNames: ['booking_id'], referencedTableName: 'booking', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('facility_coordination');
  }
}
