import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** チーム (issue 21 item 1): the teams module's tables — one team per program, visit day and half-day, and its members. */
export class CreateVisitTeams1764008100000 implements MigrationInterface {
  name = 'CreateVisitTeams1764008100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'visit_team',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('visit_date', col.date()),
          column('half', col.enum()),
          column('lead_id', col.ref()),
          column('city_staff', col.json()),
          column('assigned_by', col.ref(true)),
          column('assigned_at', col.instant()),
          ...timestamps(q),
        ],
        indices: [{ name: 'uq_visit_team_program_day_half', columnNames: ['program_id', 'visit_date', 'half'], isUnique: true }],
        foreignKeys: [
          { name: 'fk_visit_team_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
          { name: 'fk_visit_team_lead', columnNames: ['lead_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'visit_team_member',
        columns: [primary('team_id', col.ref()), primary('user_id', col.ref())],
        indices: [{ name: 'ix_visit_team_member_user', columnNames: ['user_id'] }],
        foreignKeys: [
          { name: 'fk_visit_team_member_team', columnNames: ['team_id'], referencedTableName: 'visit_team', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
          { name: 'fk_visit_team_member_user', columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('visit_team_member');
    await q.dropTable('visit_team');
  }
}
