/**
 * Integration test files run in parallel jest workers. On SQLite every file has its own new file anyway; on
 * MySQL/MariaDB each worker gets a database of its own beside TEST_DATABASE_URL's (`outreach_test` → `outreach_test_w1`,
 * `outreach_test_w2`, …), so that two files never empty or migrate each other's tables. The jest project's
 * globalSetup (default export) creates them afresh once per run; `workerDatabaseUrl` names the running worker's.
 */
import { createConnection } from 'mysql2/promise';

const SERVER = /^(mysql|mariadb):\/\//;

/** TEST_DATABASE_URL with the database of jest worker `worker` (1-based), or the URL unchanged on SQLite. */
export function workerDatabaseUrl(url: string | undefined, worker: string | undefined): string | undefined {
  if (!url || !SERVER.test(url) || !worker) return url;
  const u = new URL(url);
  u.pathname = `${u.pathname.replace(/\/$/, '')}_w${worker}`;
  return u.toString();
}

export default async function createWorkerDatabases(globalConfig: { maxWorkers: number }): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || !SERVER.test(url)) return;
  const u = new URL(url);
  const connection = await createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
  try {
    // A fresh database per worker each run: no schema left by another checkout's migrations.
    for (let worker = 1; worker <= Math.max(1, globalConfig.maxWorkers); worker++) {
      const name = new URL(workerDatabaseUrl(url, String(worker))!).pathname.slice(1);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    }
  } finally {
    await connection.end();
  }
}
