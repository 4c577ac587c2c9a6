import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { parseDatabaseUrl } from '../src/database/database-url';
import { MIGRATIONS } from '../src/database/migrations';
import { AddProgramPeriods1764004000000 } from '../src/database/migrations/1764004000000-AddProgramPeriods';
import { CreateReportDownloads1764004100000 } from '../src/database/migrations/1764004100000-CreateReportDownloads';
import { TargetServiceKinds1764006100000 } from '../src/database/migrations/1764006100000-TargetServiceKinds';
import { resetDatabase, testDatabase } from './support/test-app';

describe('migrations', () => {
  const db = testDatabase();
  let ds: DataSource;

  beforeAll(async () => {
    await resetDatabase(db);
    ds = new DataSource(dataSourceOptions(parseDatabaseUrl(db.url, db.sqlitePath)));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  async function pendingSchemaChanges(): Promise<string[]> {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  }

  it(`run up, all the way down and up again, and leave the schema exactly as the entities declare it (${process.env.TEST_DATABASE_URL ? 'MySQL/MariaDB' : 'SQLite'})`, async () => {
    const up = await ds.runMigrations({ transaction: 'each' });
    expect(up.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(await pendingSchemaChanges()).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const runner = ds.createQueryRunner();
    const left = [];
    for (const entity of ds.entityMetadatas) if (await runner.hasTable(entity.tableName)) left.push(entity.tableName);
    await runner.release();
    expect(left).toEqual([]);

    const again = await ds.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  it('gives a program saved with one period its call-center and visit periods, and a contract reaching its report deadline', async () => {
    const q = ds.createQueryRunner();
    const migration = new AddProgramPeriods1764004000000();
    await migration.down(q);
    await q.query("INSERT INTO municipality (id, code, name, prefecture) VALUES ('00000000-0000-4000-8000-000000000001', '999991', '移行市', '検証県')");
    const insert = (id: string, end: string, deadline: string) =>
      q.query(
        'INSERT INTO program (id, municipality_id, title, fiscal_year, period_start, period_end, report_deadline, service_kinds, methods, era_style, working_hours, booking_rules, require_totp, week_starts_on, call_week_report_due_weekday, daily_report_due) VALUES (?, ?, ?, 2026, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 2, ?)',
        [id, '00000000-0000-4000-8000-000000000001', '移行前の事業', '2026-06-01', end, deadline, '["home_visit"]', '{"home_visit":"on_site_acceptance"}', 'wareki', '{}', '{}', false, '{"workingDaysAfter":1,"time":"12:00"}'],
      );
    await insert('00000000-0000-4000-8000-0000000000a1', '2026-12-24', '2027-01-08');
    await insert('00000000-0000-4000-8000-0000000000a2', '2026-12-24', '2026-12-24');
    await migration.up(q);
    const rows: Array<{ id: string; period_end: string; periods: string }> = await q.query("SELECT id, period_end, periods FROM program WHERE title = '移行前の事業' ORDER BY id");
    const worked = { start: '2026-06-01', end: '2026-12-24' };
    expect(rows.map((r) => [r.period_end, JSON.parse(r.periods)])).toEqual([
      ['2027-01-08', { callCenter: worked, visits: worked, monthlyReportDay: null }],
      ['2026-12-24', { callCenter: worked, visits: worked, monthlyReportDay: null }],
    ]);
    await q.query("DELETE FROM program WHERE title = '移行前の事業'");
    await q.query("DELETE FROM municipality WHERE code = '999991'");
    await q.release();
  });

  it('copies the report downloads recorded as JSON in the handling record into their own columns, and puts them back on the way down', async () => {
    const q = ds.createQueryRunner();
    const migration = new CreateReportDownloads1764004100000();
    await migration.down(q);
    const insert = (reason: string | null) =>
      q.query("INSERT INTO handling_record (occurred_at, action, resource_type, program_id, reason) VALUES ('2026-10-01 01:00:00.000', 'report.download', 'monthly', NULL, ?)", [reason]);
    await insert(JSON.stringify({ month: '2026-09', jobId: 'a1b2c3', filename: '小樽市_月次報告書_2026年9月.xlsx' }));
    await insert('{"month":"2026-1'); // cut at 500 characters once: kept as a download with no parameters
    const ids: Array<{ id: number }> = await q.query("SELECT id FROM handling_record WHERE action = 'report.download' ORDER BY id");
    await migration.up(q);
    const rows: Array<{ handling_record_id: number; kind: string; filename: string | null; params: string; job_id: string | null }> = await q.query(
      'SELECT handling_record_id, kind, filename, params, job_id FROM report_download ORDER BY handling_record_id',
    );
    expect(rows.map((r) => [Number(r.handling_record_id), r.kind, r.filename, JSON.parse(r.params), r.job_id])).toEqual([
      [Number(ids[0].id), 'monthly', '小樽市_月次報告書_2026年9月.xlsx', { month: '2026-09' }, 'a1b2c3'],
      [Number(ids[1].id), 'monthly', null, {}, null],
    ]);
    await q.query("DELETE FROM report_download");
    await q.query("DELETE FROM handling_record WHERE action = 'report.download'");
    await q.release();
  });
  it("turns a target's one service kind into a list (none: the empty list, every kind), and back where one kind is listed", async () => {
    const q = ds.createQueryRunner();
    const migration = new TargetServiceKinds1764006100000();
    await q.query("INSERT INTO municipality (id, code, name, prefecture) VALUES ('00000000-0000-4000-8000-000000000002', '999992', '移行市', '検証県')");
    await q.query(
      'INSERT INTO program (id, municipality_id, title, fiscal_year, period_start, period_end, report_deadline, service_kinds, methods, era_style, working_hours, booking_rules, require_totp, week_starts_on, call_week_report_due_weekday, daily_report_due, periods) VALUES (?, ?, ?, 2026, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 2, ?, ?)',
      ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000002', '移行前の目標', '2026-06-01', '2027-01-08', '2027-01-08', '["home_visit","facility_visit"]', '{}', 'wareki', '{}', '{}', false, '{"workingDaysAfter":1,"time":"12:00"}', '{}'],
    );
    await q.query("INSERT INTO target_group (id, program_id, name, logic, sort_order) VALUES ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', '契約目標', 'all', 0)");
    await migration.down(q);
    const target = (id: string, kind: string | null, order: number) =>
      q.query("INSERT INTO target (id, group_id, metric, goal, service_kind, label, sort_order) VALUES (?, '00000000-0000-4000-8000-0000000000c1', 'sessions', 10, ?, NULL, ?)", [id, kind, order]);
    await target('00000000-0000-4000-8000-0000000000d1', 'home_visit', 0);
    await target('00000000-0000-4000-8000-0000000000d2', null, 1);
    await migration.up(q);
    const up: Array<{ service_kinds: string }> = await q.query("SELECT service_kinds FROM target WHERE group_id = '00000000-0000-4000-8000-0000000000c1' ORDER BY sort_order");
    expect(up.map((r) => JSON.parse(r.service_kinds))).toEqual([['home_visit'], []]);

    await q.query("UPDATE target SET service_kinds = '[\"home_visit\",\"facility_visit\"]' WHERE id = '00000000-0000-4000-8000-0000000000d2'");
    await migration.down(q);
    const down: Array<{ service_kind: string | null }> = await q.query("SELECT service_kind FROM target WHERE group_id = '00000000-0000-4000-8000-0000000000c1' ORDER BY sort_order");
    expect(down.map((r) => r.service_kind)).toEqual(['home_visit', null]);
    await migration.up(q);
    await q.query("DELETE FROM program WHERE id = '00000000-0000-4000-8000-0000000000b1'");
    await q.query("DELETE FROM municipality WHERE code = '999992'");
    expect(await pendingSchemaChanges()).toEqual([]);
    await q.release();
  });
});
