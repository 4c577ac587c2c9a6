import { createRequire } from 'node:module';
import path from 'node:path';

const apiRequire = createRequire(path.resolve(__dirname, '../../../../api/package.json'));

/**
 * Rows no route can make on the real clock (a visit held, shared and deleted takes days, a setting only the city
 * changes): written straight into the API's database with its own drivers, SQLite or TEST_DATABASE_URL.
 */
export async function runSql(sqlitePath: string | undefined, statements: string[]): Promise<void> {
  if (sqlitePath) {
    const Database = apiRequire('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };
    const db = new Database(sqlitePath);
    for (const s of statements) db.exec(s);
    db.close();
    return;
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const mysql = apiRequire('mysql2/promise') as { createConnection(o: object): Promise<{ query(sql: string): Promise<unknown>; end(): Promise<void> }> };
  const c = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), database: url.pathname.slice(1) });
  for (const s of statements) await c.query(s);
  await c.end();
}
