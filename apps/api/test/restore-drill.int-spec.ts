import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { envWith } from '../src/config/env';
import { dataSourceOptions } from '../src/database/data-source';
import { parseDatabaseUrl } from '../src/database/database-url';
import { DEMO_PASSWORD } from '../src/database/seed/demo-seed';
import { BookingPersonalEntity } from '../src/modules/booking-personal/booking-personal.entity';
import { binary, readWorkbook } from './support/binary';
import { createTestApp, DEMO, FixedClock, type TestApp } from './support/test-app';

const url = process.env.TEST_DATABASE_URL;
const serverDatabase = !!url && /^(mysql|mariadb):\/\//.test(url);
const BACKUP = path.resolve(__dirname, '../../../infra/backup');

/**
 * The restore drill (docs/operations.md, "Backups"): demo data → infra/backup/backup.sh → the database and the
 * folders wiped → infra/backup/restore.sh onto the empty database → every table's rows and checksum equal,
 * the photo files and the key store equal, and the app started on the restored data gives the same dashboard,
 * monthly report and personal data (the master key and the key store came back from their own directory). The scripts dump MySQL/MariaDB; the embedded
 * SQLite file is copied with the API stopped, so on SQLite this drill has nothing to run and is skipped.
 */
if (!serverDatabase) console.log('restore drill skipped: it needs TEST_DATABASE_URL=mariadb://… or mysql:// (the backup scripts dump a server database)');
// skip reason: the drill dumps and restores a server database; SQLite has none (its file is copied with the API stopped).
const describeDrill = serverDatabase ? describe : describe.skip; // skip reason: on SQLite there is no server database for the backup scripts to dump (the file is copied with the API stopped)
describeDrill('restore drill: back up, wipe, restore, same figures', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-restore-drill-'));
  const files = { PHOTO_DIR: path.join(dir, 'photos'), DATA_KEY_FILE: path.join(dir, 'master', 'data.key'), DATA_KEY_STORE_DIR: path.join(dir, 'key-store') };
  const backupEnv = { ...process.env, DATABASE_URL: url, ...files, BACKUP_DIR: path.join(dir, 'backups'), KEY_BACKUP_DIR: path.join(dir, 'key-backups') };
  let t: TestApp | undefined;

  beforeAll(async () => {
    t = await createTestApp({ clock, env: files });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** What a city official sees: the dashboard, the monthly report's cells, one reservation's personal data. */
  async function figures(http: ReturnType<typeof request>, programId: string, bookingId: string) {
    const [vendor, city] = [await loginWith(http, DEMO.vendorManager), await loginWith(http, DEMO.otaruAdmin)];
    const dashboard = await http.get(`/api/programs/${programId}/dashboard`).set('Cookie', city);
    const monthly = await http.get(`/api/programs/${programId}/reports/monthly.xlsx?month=2026-10`).set('Cookie', city).buffer(true).parse(binary);
    const personal = await http.get(`/api/bookings/${bookingId}/personal`).set('Cookie', vendor);
    expect([dashboard.status, monthly.status, personal.status]).toEqual([200, 200, 200]);
    return { dashboard: dashboard.body as unknown, monthly: cells(await readWorkbook(monthly.body)), personal: (personal.body as { intake: unknown }).intake };
  }

  it('restores every row, checksum, photo and key, and the app gives the same figures', async () => {
    if (!t) throw new Error('no app');
    const programId = t.ids.programs.otaru;
    const bookingId = (await t.dataSource.getRepository(BookingPersonalEntity).find({ take: 1 }))[0].bookingId;
    const before = await figures(t.http, programId, bookingId);
    const tablesBefore = await tableSums(t.dataSource);
    const photosBefore = fileSums(files.PHOTO_DIR);
    expect(Object.keys(photosBefore).length).toBeGreaterThan(0);
    await t.close();
    t = undefined;

    const out = execFileSync('bash', [path.join(BACKUP, 'backup.sh')], { env: backupEnv, encoding: 'utf8' });
    const setDir = out.trim().split('\n').pop()!;
    const keySet = path.join(backupEnv.KEY_BACKUP_DIR, path.basename(setDir));
    expect(fs.readdirSync(setDir).sort()).toEqual(['SHA256SUMS', 'database.sql.gz', 'photos.tar.gz']);
    expect(fs.readdirSync(keySet).sort()).toEqual(['SHA256SUMS', 'data-encryption.key', 'key-store.tar.gz']); // apart from the data
    const keysBefore = fileSums(files.DATA_KEY_STORE_DIR);
    expect(Object.keys(keysBefore).length).toBeGreaterThan(0);

    // The disaster: an empty database, no photos, no master key, no key store.
    await wipeDatabase(url!);
    fs.rmSync(files.PHOTO_DIR, { recursive: true });
    fs.rmSync(files.DATA_KEY_FILE);
    fs.rmSync(files.DATA_KEY_STORE_DIR, { recursive: true });
    // restore.sh refuses a database that is not empty; here it is.
    execFileSync('bash', [path.join(BACKUP, 'restore.sh'), setDir, keySet], { env: backupEnv, encoding: 'utf8' });

    const restored = new DataSource(dataSourceOptions(parseDatabaseUrl(url, '')));
    await restored.initialize();
    try {
      expect(await tableSums(restored)).toEqual(tablesBefore);
    } finally {
      await restored.destroy();
    }

    // The app on the restored data, as the first one ran (the sweep off, so both answer the same moment).
    const app = await createApp(
      envWith({ NODE_ENV: 'test', DATABASE_URL: url, RUN_MIGRATIONS: 'true', SEED_DEMO: 'false', PERSONAL_DATA_SWEEP: 'off', DASHBOARD_DIST: path.join(dir, 'none'), ...files }),
      { clock, quiet: true },
    );
    try {
      expect(fileSums(files.PHOTO_DIR)).toEqual(photosBefore);
      expect(fileSums(files.DATA_KEY_STORE_DIR)).toEqual(keysBefore);
      const after = await figures(request(app.getHttpServer()), programId, bookingId);
      expect(after.dashboard).toEqual(before.dashboard);
      expect(after.monthly).toEqual(before.monthly);
      expect(after.personal).toEqual(before.personal);
      // A second restore onto the now full database is refused.
      expect(() => execFileSync('bash', [path.join(BACKUP, 'restore.sh'), setDir], { env: backupEnv, stdio: 'pipe' })).toThrow(/restore only onto an empty database/);
    } finally {
      await app.close();
    }
    console.log(`restore drill: ${Object.keys(tablesBefore).length} tables, ${Object.values(tablesBefore).reduce((n, s) => n + s.rows, 0)} rows, ${Object.keys(photosBefore).length} photo files restored equal`);
  });
});

async function loginWith(http: ReturnType<typeof request>, email: string): Promise<string> {
  const res = await http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('od_session='))!.split(';')[0];
}

/** Row count and the server's checksum of every table. */
async function tableSums(ds: DataSource): Promise<Record<string, { rows: number; checksum: string }>> {
  const tables = (await ds.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name')) as { name: string }[];
  const out: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables) {
    const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM \`${name}\``)) as { n: number | string }[];
    const [{ Checksum }] = (await ds.query(`CHECKSUM TABLE \`${name}\``)) as { Checksum: number | string }[];
    out[name] = { rows: Number(n), checksum: String(Checksum) };
  }
  return out;
}

function fileSums(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

function cells(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().map((row) => (Array.isArray(row) ? row.map((v) => (v instanceof Date ? v.toISOString() : v)) : []))]));
}

async function wipeDatabase(databaseUrl: string): Promise<void> {
  const target = parseDatabaseUrl(databaseUrl, '');
  const ds = new DataSource(dataSourceOptions(target));
  await ds.initialize();
  await ds.query(`DROP DATABASE \`${target.database}\``);
  await ds.query(`CREATE DATABASE \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await ds.destroy();
}
