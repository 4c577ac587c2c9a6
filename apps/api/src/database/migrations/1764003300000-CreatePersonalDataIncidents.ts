import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** 個人情報の事故報告 (特記事項 §12): the incidents module's table. */
export class CreatePersonalDataIncidents1764003300000 implements MigrationInterface {
  name = 'CreatePersonalDataIncidents1764003300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'personal_data_incident',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('kind', col.enum()),
          column('occurred_at', col.instant()),
          column('discovered_at', col.instant()),
          column('residents_affected', col.int()),
          column('summary', col.text(2000)),
          column('actions_taken', col.text(2000, true)),
          column('city_instructions', col.text(2000, true)),
          column('status', col.enum()),
          column('resolved_at', col.instant(true)),
          column('reported_by', col.ref(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_personal_data_incident_program_status', columnNames: ['program_id', 'status'] }],
        foreignKeys: [
          {
            name: 'fk_personal_data_incident_program',
            columnNames: ['program_id'],
            referencedTableName: 'program',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('personal_data_incident');
  }
}
