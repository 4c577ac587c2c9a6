import { createConnection } from 'mysql2/promise';
import { type DatabaseTarget, MYSQL_READ_OPTIONS } from './database-url';
import type { RawQuery } from './keyset';

/** What is used here of better-sqlite3 (the driver TypeORM loads for the app; its types are not installed). */
interface SqliteStatement {
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  pragma(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

/** A connection of its own for a large export's reads, outside Nest and TypeORM (the export's worker thread). */
export interface ReadConnection {
  query: RawQuery;
  close(): Promise<void>;
}

/**
 * Opens the app's database for reading only: MariaDB/MySQL through one mysql2 connection with the app's options
 * (MYSQL_READ_OPTIONS); SQLite through better-sqlite3 on the same file, read-only (WAL lets it read beside the
 * app's writer; the busy timeout as the app's).
 */
export async function openReadConnection(target: DatabaseTarget): Promise<ReadConnection> {
  if (target.kind === 'sqlite') {
    const db = new Database(target.file!, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    const statements = new Map<string, SqliteStatement>();
    return {
      query: async (sql, params) => {
        let st = statements.get(sql);
        if (!st) statements.set(sql, (st = db.prepare(sql)));
        return st.all(...params) as Array<Record<string, unknown>>;
      },
      close: async () => void db.close(),
    };
  }
  const conn = await createConnection({ host: target.host, port: target.port, user: target.username, password: target.password, database: target.database, ...MYSQL_READ_OPTIONS });
  return {
    query: async (sql, params) => (await conn.query(sql, params))[0] as Array<Record<string, unknown>>,
    close: () => conn.end(),
  };
}
