import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { type DatabaseTarget, MYSQL_READ_OPTIONS } from './database-url';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Entries of mysql2's per-connection prepared-statement cache (unused: TypeORM never prepares). */
export const MYSQL_PREPARED_STATEMENT_CACHE = 16;

/** One place that turns a database target into TypeORM options, for the app, the CLI and the tests. */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file!), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.file!,
      // WAL lets readers run beside the single writer; the busy timeout makes writers queue, not fail.
      // secure_delete zeroes the bytes of deleted rows, so deleted personal data does not linger in free pages.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('secure_delete = ON');
        db.pragma('busy_timeout = 10000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: target.kind,
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
    ...MYSQL_READ_OPTIONS,
    // mysql2 gives every connection an LRU of prepared statements, its arrays allocated for `maxPreparedStatements`
    // entries up front (16,000 by default: ≈ 0.46 MB of heap per connection, ≈ 9 MB for a full pool). TypeORM
    // sends every statement with query(), never execute(): the cache stays empty, so it is kept small.
    extra: { connectionLimit: 20, maxPreparedStatements: MYSQL_PREPARED_STATEMENT_CACHE },
  };
}
