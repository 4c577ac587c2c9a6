import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/**
 * 申請記録 (issue 19): the applications module's tables. application holds one application per applicant served, its
 * facts in clear and its personal fields sealed under its own data key; application_search_token the keyed hashes of
 * its name, kana and 申請書ID (never the values).
 */
export class CreateApplications1764007800000 implements MigrationInterface {
  name = 'CreateApplications1764007800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'application',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('session_id', col.ref()),
          column('date', col.date()),
          column('source', col.enum()),
          column('booking_id', col.ref(true)),
          column('source_index', col.int(true)),
          column('application_type', col.enum()),
          column('photo_source', col.enum()),
          column('photo_exception', col.enum(true)),
          column('proxy_writing', col.bool()),
          column('proxy_consent_by', col.enum(true)),
          column('receipt_method', col.enum()),
          column('face_auth_card', col.bool()),
          column('data', col.longText()),
          column('personal_data_deleted_at', col.instant(true)),
          column('created_by', col.ref()),
          ...timestamps(q),
        ],
        indices: [
          { name: 'ix_application_program_date', columnNames: ['program_id', 'date'] },
          { name: 'ix_application_session', columnNames: ['session_id'] },
          { name: 'uq_application_source', columnNames: ['booking_id', 'source_index'], isUnique: true },
        ],
        foreignKeys: [{ name: 'fk_application_program', columnNames: ['program_id'], referencedTableName: 'program', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'application_search_token',
        columns: [primary('application_id', col.ref()), primary('token', col.text(64)), column('program_id', col.ref())],
        indices: [{ name: 'ix_application_search_token_program_token', columnNames: ['program_id', 'token'] }],
        foreignKeys: [
          { name: 'fk_application_search_token_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('application_search_token');
    await q.dropTable('application');
  }
}
