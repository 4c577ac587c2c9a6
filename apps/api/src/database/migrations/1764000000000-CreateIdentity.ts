import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

/** Municipalities, organizations, users, sessions, login throttling and the handling record. */
export class CreateIdentity1764000000000 implements MigrationInterface {
  name = 'CreateIdentity1764000000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'better-sqlite3') {
      const db = q.connection.driver.database;
      await q.query(`ALTER DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    }

    await q.createTable(
      tableOf(q, {
        name: 'municipality',
        columns: [primary('id', col.id()), column('code', col.text(6)), column('name', col.text(100)), column('prefecture', col.text(10)), ...timestamps(q)],
        indices: [{ name: 'uq_municipality_code', columnNames: ['code'], isUnique: true }],
      }),
    );

    await q.createTable(
      tableOf(q, {
        name: 'organization',
        columns: [
          primary('id', col.id()),
          column('kind', col.enum()),
          column('name', col.text(200)),
          column('municipality_id', col.ref(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_organization_municipality', columnNames: ['municipality_id'] }],
        foreignKeys: [
          { name: 'fk_organization_municipality', columnNames: ['municipality_id'], referencedTableName: 'municipality', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );

    await q.createTable(
      tableOf(q, {
        name: 'app_user',
        columns: [
          primary('id', col.id()),
          column('organization_id', col.ref()),
          column('role', col.enum()),
          column('name', col.text(100)),
          column('email', col.text(254)),
          column('password_hash', col.text(255)),
          column('active', col.bool()),
          column('totp_secret', col.text(64, true)),
          column('totp_enabled', col.bool()),
          column('last_login_at', col.instant(true)),
          column('password_changed_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [
          { name: 'ix_user_organization', columnNames: ['organization_id'] },
          { name: 'uq_user_email', columnNames: ['email'], isUnique: true },
        ],
        foreignKeys: [
          { name: 'fk_user_organization', columnNames: ['organization_id'], referencedTableName: 'organization', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );

    await q.createTable(
      tableOf(q, {
        name: 'auth_session',
        columns: [
          primary('token_hash', col.text(64)),
          column('user_id', col.ref()),
          column('totp_verified', col.bool()),
          column('created_at', col.instant()),
          column('expires_at', col.instant()),
        ],
        indices: [{ name: 'ix_auth_session_user', columnNames: ['user_id'] }],
        foreignKeys: [
          { name: 'fk_auth_session_user', columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );

    await q.createTable(
      tableOf(q, {
        name: 'login_throttle',
        columns: [primary('throttle_key', col.text(80)), column('failures', col.int()), column('last_failure_at', col.instant()), column('blocked_until', col.instant(true))],
      }),
    );

    await q.createTable(
      tableOf(q, {
        name: 'handling_record',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          column('occurred_at', col.instant()),
          column('user_id', col.ref(true)),
          column('organization_id', col.ref(true)),
          column('municipality_id', col.ref(true)),
          column('role', col.enum(true)),
          column('action', col.text(60)),
          column('resource_type', col.text(60, true)),
          column('resource_id', col.text(64, true)),
          column('program_id', col.ref(true)),
          column('ip', col.text(45, true)),
          column('reason', col.text(500, true)),
        ],
        indices: [
          { name: 'ix_handling_record_municipality_time', columnNames: ['municipality_id', 'occurred_at'] },
          { name: 'ix_handling_record_organization_time', columnNames: ['organization_id', 'occurred_at'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['handling_record', 'login_throttle', 'auth_session', 'app_user', 'organization', 'municipality']) {
      await q.dropTable(table);
    }
  }
}
