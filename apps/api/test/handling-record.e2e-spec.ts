import { MoreThan } from 'typeorm';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { DEMO_LOGINS } from '../src/database/seed/demo-seed';
import { binary } from './support/binary';
import { createTestApp, DEMO, login, type TestApp } from './support/test-app';


describe('handling record (取扱記録)', () => {
  let t: TestApp;
  /** The last row of the demo's own history (its reservations, register and deletions): the tests' acts come after it. */
  let seeded: number;
  beforeAll(async () => {
    t = await createTestApp();
    seeded = (await t.dataSource.getRepository(HandlingRecordEntity).maximum('id')) ?? 0;
  });
  afterAll(() => t.close());

  const actions = async () => (await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { id: MoreThan(seeded) }, order: { id: 'ASC' } })).map((r) => r.action);

  it('gets a row for each login, failure, logout, change, permission change and export', async () => {
    await t.http.post('/api/auth/login').send({ email: DEMO.otaruAdmin, password: 'wrong-password-x' });
    const admin = await login(t, DEMO.otaruAdmin);
    const created = await t.http.post('/api/users').set('Cookie', admin).send({ name: '新規 職員', email: 'new-staff@otaru.example.jp', role: 'city_viewer', password: 'long enough passphrase' });
    expect(created.status).toBe(201);
    await t.http.put(`/api/users/${created.body.id}`).set('Cookie', admin).send({ role: 'city_admin' });
    await t.http.put(`/api/users/${created.body.id}`).set('Cookie', admin).send({ active: false });
    await t.http.post(`/api/users/${created.body.id}/reset-password`).set('Cookie', admin);
    const xlsx = await t.http.get('/api/handling-records/export.xlsx').set('Cookie', admin).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    await t.http.post('/api/auth/logout').set('Cookie', admin);

    expect(await actions()).toEqual([
      'auth.login_failed',
      'auth.login',
      'user.create',
      'user.role_change',
      'user.deactivate',
      'user.password_reset',
      'handling_record.export',
      'auth.logout',
    ]);
    const rows = await t.dataSource.getRepository(HandlingRecordEntity).find();
    const roleChange = rows.find((r) => r.action === 'user.role_change')!;
    expect(roleChange).toMatchObject({ resourceType: 'user', resourceId: created.body.id, municipalityId: t.ids.municipalities.otaru, reason: 'city_viewer → city_admin' });
  });

  it('is shown to the city admin for their municipality only, and cannot be edited or deleted', async () => {
    const otaru = await login(t, DEMO.otaruAdmin);
    const list = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'user.create' }) }).set('Cookie', otaru);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ action: 'user.create', userName: '小樽 担当' });

    const shimonoseki = await login(t, DEMO.shimonosekiAdmin);
    const foreign = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'user.create' }) }).set('Cookie', shimonoseki);
    expect(foreign.body).toEqual([]);

    expect((await t.http.delete(`/api/handling-records/${list.body[0].id}`).set('Cookie', otaru)).status).toBe(404);
    expect((await t.http.put(`/api/handling-records/${list.body[0].id}`).set('Cookie', otaru).send({ action: 'x' })).status).toBe(404);
  });

  it('opens one row in words for its record page: who, the target, the program and the reason; another tenant\'s or a bad id is a 404', async () => {
    const city = await login(t, DEMO.otaruAdmin);
    const [noShow] = (await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'booking.no_show' }) }).set('Cookie', city)).body as Array<{ id: number }>;
    expect(noShow).toBeDefined();
    const one = await t.http.get(`/api/handling-records/${noShow.id}`).set('Cookie', city);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: noShow.id, action: 'booking.no_show', userName: '受託 スタッフ', organizationName: expect.stringContaining('（デモ）'), resourceType: 'booking' });
    expect(one.body.target).toMatch(/^受付番号\d+（令和\d+年\d+月\d+日訪問）$/);
    expect(one.body.programTitle).toMatch(/^小樽市/);
    expect(one.body.reasonText).toContain('不在');
    // The sweep's row names no person (the screen says 自動削除（定期処理）).
    const [swept] = (await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'booking.personal_delete' }) }).set('Cookie', city)).body as Array<{ id: number }>;
    expect((await t.http.get(`/api/handling-records/${swept.id}`).set('Cookie', city)).body).toMatchObject({ userId: null, userName: null, ip: null, reasonText: expect.stringContaining('利用目的の終了による自動削除') });
    // 下関市's admin and vendor B's manager see neither; nor does anyone an id that is not a row.
    for (const other of [DEMO.shimonosekiAdmin, DEMO.vendorBManager]) expect((await t.http.get(`/api/handling-records/${noShow.id}`).set('Cookie', await login(t, other))).status).toBe(404);
    for (const bad of ['0', 'abc', '99999999', '1e3', String(Number.MAX_SAFE_INTEGER + 2)]) expect((await t.http.get(`/api/handling-records/${bad}`).set('Cookie', city)).status).toBe(404);
    // The vendor's own manager sees its staff's row.
    expect((await t.http.get(`/api/handling-records/${noShow.id}`).set('Cookie', await login(t, DEMO.vendorManager))).status).toBe(200);
  });

  it('holds no personal data: the demo people’s names and e-mail addresses appear nowhere in it', async () => {
    const rows = await t.dataSource.query('SELECT * FROM handling_record');
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(5);
    for (const person of DEMO_LOGINS) {
      expect(dump).not.toContain(person.name);
      expect(dump).not.toContain(person.email);
    }
    // Nor the demo's fictional residents (架空 一郎 …, 0134-00-0000), whose reservations its history records.
    expect(dump).toContain('booking.create');
    expect(dump).not.toMatch(/架空|0134-00/);
    expect(dump).not.toContain('新規 職員');
    expect(dump).not.toContain('new-staff@otaru.example.jp');
  });
});
