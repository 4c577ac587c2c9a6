import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { type Env, envWith } from '../src/config/env';
import { dataSourceOptions } from '../src/database/data-source';
import { parseDatabaseUrl } from '../src/database/database-url';
import type { BenchDb } from './cli';

/** A database the bench owns: a temporary SQLite file, or the `outreach_bench` MariaDB database (dropped first). */
export interface BenchDatabase {
  db: BenchDb;
  url: string | undefined;
  sqlitePath: string;
  /** Scratch directory: the SQLite file, photos and keys of the app, the written workbooks. */
  dir: string;
  /** Environment overrides for createApp (and for the child processes of the Excel bench). */
  envOverrides: Record<string, string>;
}

export async function createBenchDatabase(db: BenchDb, mariadbUrl: string): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `outreach-bench-${db}-`));
  const sqlitePath = path.join(dir, 'bench.sqlite');
  let url: string | undefined;
  if (db === 'mariadb') {
    url = mariadbUrl;
    const t = parseDatabaseUrl(url, sqlitePath);
    const conn = await createConnection({ host: t.host, port: t.port, user: t.username, password: t.password });
    try {
      await conn.query(`DROP DATABASE IF EXISTS \`${t.database}\``);
      await conn.query(`CREATE DATABASE \`${t.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    } finally {
      await conn.end();
    }
  }
  const envOverrides: Record<string, string> = {
    NODE_ENV: 'production',
    SQLITE_PATH: sqlitePath,
    RUN_MIGRATIONS: 'true',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    DASHBOARD_DIST: path.join(dir, 'no-dashboard'),
    PHOTO_DIR: path.join(dir, 'photos'),
    DATA_KEY_FILE: path.join(dir, 'data.key'),
  };
  if (url) envOverrides.DATABASE_URL = url;
  return { db, url, sqlitePath, dir, envOverrides };
}

export function benchEnv(target: Pick<BenchDatabase, 'envOverrides'>): Env {
  // DATABASE_URL must not leak in from the shell when the bench means SQLite.
  return envWith({ DATABASE_URL: undefined, ...target.envOverrides });
}

/** A bare, migrated DataSource on the bench database (the generator writes through it). */
export async function openMigrated(target: BenchDatabase): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(parseDatabaseUrl(target.url, target.sqlitePath)));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

export async function dropBenchDatabase(target: BenchDatabase): Promise<void> {
  if (target.db === 'mariadb' && target.url) {
    const t = parseDatabaseUrl(target.url, target.sqlitePath);
    const conn = await createConnection({ host: t.host, port: t.port, user: t.username, password: t.password });
    try {
      await conn.query(`DROP DATABASE IF EXISTS \`${t.database}\``);
    } finally {
      await conn.end();
    }
  }
  fs.rmSync(target.dir, { recursive: true, force: true });
}

/** "MariaDB 10.11.6" or "SQLite 3.49.1". */
export async function databaseVersion(ds: DataSource): Promise<string> {
  if (ds.options.type === 'better-sqlite3') {
    const [row] = (await ds.query('SELECT sqlite_version() AS v')) as Array<{ v: string }>;
    return `SQLite ${row.v}`;
  }
  const [row] = (await ds.query('SELECT VERSION() AS v')) as Array<{ v: string }>;
  return `${/mariadb/i.test(row.v) ? 'MariaDB' : 'MySQL'} ${row.v}`;
}

/** Table sizes, for the record. */
export async function rowCounts(ds: DataSource, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = (await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape(t)}`)) as Array<{ n: string | number }>;
    out[t] = Number(row.n);
  }
  return out;
}
