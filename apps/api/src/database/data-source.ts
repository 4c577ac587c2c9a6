import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from './database-url';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

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
    charset: 'utf8mb4_bin',
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 20 },
  };
}
