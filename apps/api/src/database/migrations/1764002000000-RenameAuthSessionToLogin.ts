import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

const COLUMNS = 'token_hash, user_id, totp_verified, created_at, expires_at';

/** A login table of the given name, as CreateIdentity made `auth_session` (its index and key named after it). */
function loginTable(q: QueryRunner, name: string) {
  return tableOf(q, {
    name,
    columns: [primary('token_hash', col.text(64)), column('user_id', col.ref()), column('totp_verified', col.bool()), column('created_at', col.instant()), column('expires_at', col.instant())],
    indices: [{ name: `ix_${name}_user`, columnNames: ['user_id'] }],
    foreignKeys: [{ name: `fk_${name}_user`, columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
  });
}

/**
 * `auth_session` becomes `login`: "session" means 実施 only (docs/glossary.md). The signed-in browsers stay
 * signed in: their rows are copied, and the cookie is unchanged.
 */
export class RenameAuthSessionToLogin1764002000000 implements MigrationInterface {
  name = 'RenameAuthSessionToLogin1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await move(q, 'auth_session', 'login');
  }

  async down(q: QueryRunner): Promise<void> {
    await move(q, 'login', 'auth_session');
  }
}

async function move(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.createTable(loginTable(q, to));
  await q.query(`INSERT INTO ${to} (${COLUMNS}) SELECT ${COLUMNS} FROM ${from}`);
  await q.dropTable(from);
}
