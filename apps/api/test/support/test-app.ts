import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { Clock } from '../../src/common/clock';
import { envWith } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { parseDatabaseUrl } from '../../src/database/database-url';
import { emptyTestDatabase } from '../../src/database/empty-test-database';
import { DEMO_PASSWORD, type DemoIds, demoServicesOf, seedDemo } from '../../src/database/seed/demo-seed';

/** TEST_DATABASE_URL (mysql:// or mariadb://) or, by default, a fresh temporary SQLite file per test file. */
export function testDatabase(): { url: string | undefined; sqlitePath: string } {
  const url = process.env.TEST_DATABASE_URL || undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-test-'));
  return { url, sqlitePath: path.join(dir, 'test.sqlite') };
}

/** Empties the test database (MySQL/MariaDB: drops every table; SQLite: the file is new anyway). */
export async function resetDatabase(db: { url: string | undefined; sqlitePath: string }): Promise<void> {
  if (!db.url) return;
  const ds = new DataSource(dataSourceOptions(parseDatabaseUrl(db.url, db.sqlitePath)));
  await ds.initialize();
  await ds.dropDatabase();
  await ds.destroy();
}

/** Empties the test database for a new test app (MySQL/MariaDB: see emptyTestDatabase; SQLite: the file is new anyway). */
async function emptyDatabase(db: { url: string | undefined; sqlitePath: string }): Promise<void> {
  if (!db.url) return;
  const ds = new DataSource(dataSourceOptions(parseDatabaseUrl(db.url, db.sqlitePath)));
  await ds.initialize();
  try {
    await emptyTestDatabase(ds);
  } finally {
    await ds.destroy();
  }
}

/** A clock the test moves by hand. */
export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = date;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The day a test app starts on unless the test passes its own clock: Thursday 2026-11-19, 09:30 in Japan — inside the
 * demo's real-dates window (src/database/seed/demo-placement.ts), so the demo keeps its real 2026 dates. No test
 * depends on today.
 */
export const TEST_TODAY = new Date('2026-11-19T00:30:00.000Z');

/** A clock that starts at an instant and runs on with real time, so records made one after another keep their order. */
export class RunningClock extends Clock {
  private readonly startedAt = Date.now();
  constructor(private readonly start: Date) {
    super();
  }
  now(): Date {
    return new Date(this.start.getTime() + Date.now() - this.startedAt);
  }
}

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  ids: DemoIds;
  close(): Promise<void>;
}

/** The real application on a real, freshly migrated database with the demo data. */
export async function createTestApp(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    /** The demo's placement in whole weeks from its real 2026 dates; default: placed for the clock's day (0 inside the real-dates window). */
    demoWeeks?: number;
  } = {},
): Promise<TestApp> {
  const db = testDatabase();
  await emptyDatabase(db);
  const env = envWith({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    SQLITE_PATH: db.sqlitePath,
    RUN_MIGRATIONS: 'true',
    SEED_DEMO: 'false',
    DASHBOARD_DIST: path.join(os.tmpdir(), 'no-dashboard'),
    PHOTO_DIR: path.join(path.dirname(db.sqlitePath), 'photos'),
    DATA_KEY_FILE: path.join(path.dirname(db.sqlitePath), 'data.key'),
    DATA_KEY_STORE_DIR: path.join(path.dirname(db.sqlitePath), 'keys'),
    PERSONAL_DATA_SWEEP: 'off',
    ...options.env,
  });
  const clock = options.clock ?? new RunningClock(TEST_TODAY);
  const app = await createApp(env, { clock, quiet: true });
  const dataSource = app.get(DataSource);
  const seeded = await seedDemo(dataSource, clock.now(), demoServicesOf(app), { weeks: options.demoWeeks });
  if (!seeded) throw new Error('demo seed did not run on an empty database');
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    ids: seeded.ids,
    close: () => app.close(),
  };
}

/** Logs in and returns the session cookie header value. */
export async function login(t: TestApp, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('od_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0];
}

/** The handling record's words for one record's rows (its 対象, as the screen and the §15 report show it), each once. */
export async function handlingTargets(t: TestApp, cookie: string, resourceType: string, resourceId: string): Promise<Array<string | null>> {
  const res = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ resourceType, resourceId }) }).set('Cookie', cookie);
  if (res.status !== 200) throw new Error(`handling records: ${res.status}`);
  return [...new Set((res.body as Array<{ target: string | null }>).map((r) => r.target))];
}

/**
 * The usual start of an e2e file's beforeAll: the app on the demo data (as createTestApp), the demo's Otaru program,
 * and a session cookie for each demo user named, e.g. `openDemo({ clock }, { staff: DEMO.vendorStaff })`.
 */
export async function openDemo<K extends string>(
  options: Parameters<typeof createTestApp>[0],
  users: Record<K, string>,
): Promise<{ t: TestApp; programId: string; cookies: Record<K, string> }> {
  const t = await createTestApp(options);
  return { t, programId: t.ids.programs.otaru, cookies: await loginAll(t, users) };
}

/** A session cookie for each user named (again, e.g. on a later day of the test's clock). */
export async function loginAll<K extends string>(t: TestApp, users: Record<K, string>): Promise<Record<K, string>> {
  const cookies = {} as Record<K, string>;
  for (const [name, email] of Object.entries(users) as [K, string][]) cookies[name] = await login(t, email);
  return cookies;
}

export const DEMO = {
  admin: 'admin@example.jp',
  otaruAdmin: 'city-admin@otaru.example.jp',
  otaruViewer: 'city-viewer@otaru.example.jp',
  vendorManager: 'manager@vendor-a.example.jp',
  vendorStaff: 'staff@vendor-a.example.jp',
  shimonosekiAdmin: 'city-admin@shimonoseki.example.jp',
  vendorBManager: 'manager@vendor-b.example.jp',
};

/** The session cookies openDemo returns for a cast of users, by the names the cast gives them. */
export type Cookies<Cast> = Record<keyof Cast, string>;

/** Otaru's facility desk: vendor A's staff and manager, the city's admin, and vendor B's manager, who must not reach it. */
export const OTARU_DESK = { staff: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin, otherVendor: DEMO.vendorBManager };

/**
 * Shimonoseki's approvals desk (business plans, sites, report submissions): vendor B's manager submits, the city's
 * admin decides; Otaru's admin and vendor A's manager must not reach it.
 */
export const SHIMONOSEKI_DESK = { vendor: DEMO.vendorBManager, city: DEMO.shimonosekiAdmin, otaruCity: DEMO.otaruAdmin, otaruVendor: DEMO.vendorManager };

/** openDemo on the demo's Shimonoseki program, with a cookie for each of SHIMONOSEKI_DESK. */
export async function openShimonoseki(options: Parameters<typeof createTestApp>[0]): Promise<{ t: TestApp; programId: string; cookies: Cookies<typeof SHIMONOSEKI_DESK> }> {
  const { t, cookies } = await openDemo(options, SHIMONOSEKI_DESK);
  return { t, programId: t.ids.programs.shimonoseki, cookies };
}
