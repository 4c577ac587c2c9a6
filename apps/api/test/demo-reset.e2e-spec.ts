import { nonDemoData } from '../src/database/seed/demo-data';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** `pnpm demo:reset` recreates the demo only where nothing but the demo lives (issue 22 item 5). */
describe('what the demo reset would lose', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-09-01T01:00:00Z')) });
  });
  afterAll(() => t.close());

  it('finds nothing but the demo in a freshly seeded database', async () => {
    expect(await nonDemoData(t.dataSource)).toEqual([]);
  });

  it('names an account someone made, and a program renamed from the demo’s, as data the reset would lose', async () => {
    const admin = await login(t, DEMO.otaruAdmin);
    const created = await t.http.post('/api/users').set('Cookie', admin).send({ name: '新規 職員', email: 'new-staff@otaru.example.jp', role: 'city_viewer', password: 'long enough passphrase' });
    expect(created.status).toBe(201);
    expect(await nonDemoData(t.dataSource)).toEqual(['デモ以外の利用者 1 人']);
    await t.dataSource.getRepository(ProgramEntity).update({ id: t.ids.programs.shimonoseki }, { title: '下関市 本番の事業' });
    expect(await nonDemoData(t.dataSource)).toEqual(['デモ以外の利用者 1 人', 'デモ以外の事業 1 件']);
  });
});
