import { QueryLog } from '../bench/query-log';
import { PROGRAM_LIST_SOURCE_TABLES } from '../src/database/migrations/1764009300000-AddProgramListVersion';
import { ProgramListCache } from '../src/modules/programs/program-list-cache';
import { DEMO, FixedClock, login, loginAll, openDemo, type TestApp } from './support/test-app';

/** Read by the access guard on every request (who is asking): the cache key has the organization. */
const GUARD_TABLES = ['app_user', 'login', 'organization'];
const VERSION_TABLE = 'program_list_version';

type Row = { id: string; title: string; municipalityName: string | null; vendorNames: string[] };

/** The picker's page and a few others the screens ask for (react-admin's list, a search, a fiscal year, getMany). */
const QUERIES: Array<Record<string, string>> = [
  { sort: '["periodStart","DESC"]', range: '[0,99]' },
  { sort: '["title","ASC"]', range: '[0,0]' },
  { sort: '["periodStart","DESC"]', range: '[0,9]', filter: '{"q":"小樽"}' },
  { sort: '["periodStart","DESC"]', range: '[0,9]', filter: '{"fiscalYear":2026}' },
];

/**
 * Program lists are kept per organization and query until a program, its vendors or a name shown changes (ADR 0015).
 * Writes here go straight to the database (a raw statement, as another module, script or API instance could), never
 * through the cache's code: what makes each visible at once is the version the triggers bump.
 */
describe('program list cache', () => {
  const clock = new FixedClock(new Date('2026-10-15T03:00:00Z'));
  let t: TestApp;
  let cookies: { viewer: string; manager: string; vendorB: string; shimonoseki: string };
  let cache: ProgramListCache;
  let otaru: string;

  beforeAll(async () => {
    let programId: string;
    ({ t, programId, cookies } = await openDemo({ clock }, { viewer: DEMO.otaruViewer, manager: DEMO.vendorManager, vendorB: DEMO.vendorBManager, shimonoseki: DEMO.shimonosekiAdmin }));
    otaru = programId;
    cache = t.app.get(ProgramListCache);
  });
  afterAll(() => t.close());

  const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
  const version = async () => Number(((await sql('SELECT version FROM program_list_version WHERE id = 1')) as Array<{ version: number }>)[0].version);
  const list = async (cookie: string, query: Record<string, string> = QUERIES[0]): Promise<Row[]> => {
    const res = await t.http.get('/api/programs').query(query).set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(Number(res.headers['x-total-count'])).toBeGreaterThanOrEqual((res.body as Row[]).length);
    return res.body as Row[];
  };
  /** The list as kept: asked twice, the second answer from the cache and the same. */
  const kept = async (cookie: string): Promise<Row[]> => {
    const first = await list(cookie);
    const hits = cache.stats.hits;
    const second = await list(cookie);
    expect(cache.stats.hits).toBe(hits + 1);
    expect(second).toEqual(first);
    return second;
  };
  const titleOf = (rows: Row[], id: string) => rows.find((r) => r.id === id)?.title;

  it('reads only tables whose writes bump the list version (besides the guard’s), for every role and query', async () => {
    const log = new QueryLog(t.dataSource);
    const read = new Set<string>();
    for (const email of Object.values(DEMO)) {
      const cookie = await login(t, email);
      for (const query of QUERIES) {
        await sql('UPDATE program_list_version SET version = version + 1 WHERE id = 1');
        const queries = await log.record(() => t.http.get('/api/programs').query(query).set('Cookie', cookie).then(() => undefined));
        for (const q of queries) for (const m of q.sql.matchAll(/\b(?:FROM|JOIN)\s+["`]?([a-z_]+)["`]?/gi)) read.add(m[1]);
      }
    }
    expect(read.has('program') && read.has('program_vendor') && read.has('municipality')).toBe(true);
    const sources = new Set<string>([...PROGRAM_LIST_SOURCE_TABLES, ...GUARD_TABLES, VERSION_TABLE]);
    expect([...read].filter((table) => !sources.has(table)).sort()).toEqual([]);
  });

  it('has a trigger for each insert, update and delete on every one of those tables, each bumping the version by row', async () => {
    const sqlite = t.dataSource.options.type === 'better-sqlite3';
    const rows = (await sql(
      sqlite ? "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_plv_%'" : "SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE 'trg_plv_%'",
    )) as Array<{ name: string }>;
    expect(rows.map((r) => r.name).sort()).toEqual(PROGRAM_LIST_SOURCE_TABLES.flatMap((table) => ['ai', 'au', 'ad'].map((op) => `trg_plv_${table}_${op}`)).sort());
    for (const table of PROGRAM_LIST_SOURCE_TABLES) {
      const count = Number(((await sql(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number }>)[0].n);
      expect(count).toBeGreaterThan(0);
      const before = await version();
      // A no-op update is a write too: the triggers do not try to tell.
      const column = table === 'program_vendor' ? 'program_id' : 'created_at';
      await sql(`UPDATE ${table} SET ${column} = ${column}`);
      expect(await version()).toBe(before + count);
    }
  });

  it('serves a kept list until a program’s own row changes, then the change at once', async () => {
    const before = await kept(cookies.viewer);
    expect(titleOf(before, otaru)).toBeDefined();
    await sql('UPDATE program SET title = ? WHERE id = ?', ['小樽市 出張申請（改題）', otaru]);
    expect(titleOf(await list(cookies.viewer), otaru)).toBe('小樽市 出張申請（改題）');
    // The vendor serving it sees the change too, though its list was kept under another key.
    expect(titleOf(await list(cookies.manager), otaru)).toBe('小樽市 出張申請（改題）');
  });

  it('shows a vendor’s and a municipality’s new name at once', async () => {
    const rows = await kept(cookies.viewer);
    const row = rows.find((r) => r.id === otaru)!;
    expect(row.vendorNames.length).toBeGreaterThan(0);
    await sql('UPDATE organization SET name = ? WHERE name = ?', ['改称後の受託者株式会社', row.vendorNames[0]]);
    expect((await list(cookies.viewer)).find((r) => r.id === otaru)!.vendorNames).toContain('改称後の受託者株式会社');
    await kept(cookies.viewer);
    await sql('UPDATE municipality SET name = ? WHERE name = ?', ['小樽市（改称）', row.municipalityName]);
    expect((await list(cookies.viewer)).find((r) => r.id === otaru)!.municipalityName).toBe('小樽市（改称）');
  });

  it('takes a program out of a vendor’s list at once when the vendor stops serving it, and back', async () => {
    const rows = await kept(cookies.manager);
    expect(titleOf(rows, otaru)).toBeDefined();
    const links = (await sql('SELECT program_id, organization_id FROM program_vendor WHERE program_id = ?', [otaru])) as Array<{ program_id: string; organization_id: string }>;
    await sql('DELETE FROM program_vendor WHERE program_id = ?', [otaru]);
    expect(titleOf(await list(cookies.manager), otaru)).toBeUndefined();
    // Nor does the program answer them any more (the guard asks the database, never the list).
    expect((await t.http.get(`/api/programs/${otaru}`).set('Cookie', cookies.manager)).status).toBe(404);
    for (const l of links) await sql('INSERT INTO program_vendor (program_id, organization_id) VALUES (?, ?)', [l.program_id, l.organization_id]);
    expect(titleOf(await list(cookies.manager), otaru)).toBeDefined();
  });

  it('still sees a write once the version’s row has been emptied away (the test harness does so between files)', async () => {
    await sql('DELETE FROM program_list_version');
    await kept(cookies.viewer);
    await sql('UPDATE program SET title = ? WHERE id = ?', ['小樽市 出張申請（空の後）', otaru]);
    expect(titleOf(await list(cookies.viewer), otaru)).toBe('小樽市 出張申請（空の後）');
  });

  it('keeps each organization’s list apart: a kept list is never another organization’s', async () => {
    // Vendor A serves Shimonoseki's program too (so no two of the four below see the same), then every list is
    // computed anew and asked again from the cache: each sees exactly what the database says it may.
    const shimonosekiProgram = t.ids.programs.shimonoseki as string;
    const vendorA = ((await sql('SELECT organization_id AS o FROM app_user WHERE email = ?', [DEMO.vendorManager])) as Array<{ o: string }>)[0].o;
    await sql('INSERT INTO program_vendor (program_id, organization_id) VALUES (?, ?)', [shimonosekiProgram, vendorA]);
    const ids = async (cookie: string) => (await kept(cookie)).map((r) => r.id).sort();
    const expectedFor = async (where: string, params: unknown[]) => ((await sql(`SELECT p.id FROM program p WHERE ${where}`, params)) as Array<{ id: string }>).map((r) => r.id).sort();
    const { viewer, manager, vendorB, shimonoseki } = await loginAll(t, { viewer: DEMO.otaruViewer, manager: DEMO.vendorManager, vendorB: DEMO.vendorBManager, shimonoseki: DEMO.shimonosekiAdmin });
    const cityOf = async (email: string) => ((await sql('SELECT o.municipality_id AS m FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.email = ?', [email])) as Array<{ m: string }>)[0].m;
    const vendorOf = async (email: string) => ((await sql('SELECT organization_id AS o FROM app_user WHERE email = ?', [email])) as Array<{ o: string }>)[0].o;
    const served = 'p.id IN (SELECT program_id FROM program_vendor WHERE organization_id = ?)';
    const cases: Array<[string, string, string[]]> = [
      ['otaru viewer', viewer, await expectedFor('p.municipality_id = ?', [await cityOf(DEMO.otaruViewer)])],
      ['shimonoseki admin', shimonoseki, await expectedFor('p.municipality_id = ?', [await cityOf(DEMO.shimonosekiAdmin)])],
      ['vendor A', manager, await expectedFor(served, [await vendorOf(DEMO.vendorManager)])],
      ['vendor B', vendorB, await expectedFor(served, [await vendorOf(DEMO.vendorBManager)])],
    ];
    const seen = new Set<string>();
    for (const [who, cookie, expected] of cases) {
      expect([who, await ids(cookie)]).toEqual([who, expected]);
      seen.add(expected.join());
    }
    // Four organizations, three different lists (a city and the vendor serving only it see the same programs): a list
    // served across organizations would show above.
    expect(seen.size).toBe(3);
    await sql('DELETE FROM program_vendor WHERE program_id = ? AND organization_id = ?', [shimonosekiProgram, vendorA]);
  });
});
