import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { type Cookies, DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/** The vendor's manager who reports an incident, the city's admin who instructs, its viewer, and the vendor's staff (who may not report one). */
const CAST = { manager: DEMO.vendorManager, cityAdmin: DEMO.otaruAdmin, cityViewer: DEMO.otaruViewer, staff: DEMO.vendorStaff };

/**
 * Issue 14 item 5: a personal-data incident (特記事項 §12) is recorded by the vendor's manager, shows on the city's
 * attention list at once, is updated as it is handled, and every step is in the handling record the city reads.
 */
describe('personal-data incidents', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z')); // Fri 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof CAST>;

  const report = {
    kind: 'loss',
    occurredAt: '2026-11-19T15:00:00+09:00',
    discoveredAt: '2026-11-20T09:00:00+09:00',
    residentsAffected: 2,
    summary: '訪問から戻った後、受付票2枚（受付番号12・13）が見当たらない',
  };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, CAST));
  });
  afterAll(() => t.close());

  const attention = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; id: string; label: string; resource: string }>;

  it('is reported by the vendor’s manager and is first on the city’s attention list at once', async () => {
    const created = await t.http.post('/api/incidents').set('Cookie', cookies.manager).send({ programId, ...report });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ programId, kind: 'loss', residentsAffected: 2, status: 'reported', open: true, reportedBy: t.ids.users[DEMO.vendorManager], resolvedAt: null });
    expect(created.body.reportedByName).toEqual(expect.any(String));

    for (const cookie of [cookies.cityViewer, cookies.cityAdmin, cookies.manager, cookies.staff]) {
      const [first] = await attention(cookie);
      expect(first).toEqual(expect.objectContaining({ kind: 'incident_open', resource: 'incidents', id: created.body.id, label: '11/20 発覚の個人情報の事故（紛失・滅失・2人）が対応中です' }));
    }
    expect((await t.http.get('/api/incidents').query({ filter: JSON.stringify({ programId }) }).set('Cookie', cookies.cityViewer)).body.map((i: { id: string }) => i.id)).toContain(created.body.id);
    // Another city sees nothing of it.
    const shimonoseki = await login(t, DEMO.shimonosekiAdmin);
    expect((await t.http.get(`/api/incidents/${created.body.id}`).set('Cookie', shimonoseki)).status).toBe(404);
  });

  it('refuses personal data in its texts, times in the future and staff or viewers writing it', async () => {
    const phone = await t.http.post('/api/incidents').set('Cookie', cookies.manager).send({ programId, ...report, summary: '架空 太郎様（090-1234-5678）の受付票を紛失' });
    expect(phone.status).toBe(400);
    expect(phone.body.errors.summary).toMatch(/^電話番号のような記載があります。/);
    const future = await t.http.post('/api/incidents').set('Cookie', cookies.manager).send({ programId, ...report, discoveredAt: '2026-11-21T09:00:00+09:00' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual({ discoveredAt: '発覚日時に未来の日時は入力できません' });
    expect((await t.http.post('/api/incidents').set('Cookie', cookies.staff).send({ programId, ...report })).status).toBe(403);
    expect((await t.http.post('/api/incidents').set('Cookie', cookies.cityViewer).send({ programId, ...report })).status).toBe(403);
  });

  it('takes the city’s instructions and the actions taken, stamps the resolution and leaves the attention list', async () => {
    const [open] = (await t.http.get('/api/incidents').query({ filter: JSON.stringify({ programId, status: 'reported' }) }).set('Cookie', cookies.manager)).body;
    const instructed = await t.http.put(`/api/incidents/${open.id}`).set('Cookie', cookies.cityAdmin).send({ ...report, status: 'investigating', cityInstructions: '該当の2名に連絡し、経緯を書面で報告すること' });
    expect(instructed.status).toBe(200);
    expect(instructed.body).toMatchObject({ status: 'investigating', cityInstructions: '該当の2名に連絡し、経緯を書面で報告すること', reportedBy: t.ids.users[DEMO.vendorManager] });

    const notYet = await t.http.put(`/api/incidents/${open.id}`).set('Cookie', cookies.manager).send({ ...report, status: 'resolved' });
    expect(notYet.status).toBe(400);
    expect(Object.keys(notYet.body.errors)).toEqual(['actionsTaken']);

    clock.advance(86400_000);
    cookies.manager = await login(t, DEMO.vendorManager);
    const resolved = await t.http.put(`/api/incidents/${open.id}`).set('Cookie', cookies.manager).send({ ...report, status: 'resolved', actionsTaken: '事務所内で2枚とも発見。該当の2名に連絡し謝罪、市に書面で報告した', cityInstructions: instructed.body.cityInstructions });
    expect(resolved.body).toMatchObject({ status: 'resolved', open: false, resolvedAt: '2026-11-21T01:00:00.000Z' });
    cookies.cityViewer = await login(t, DEMO.otaruViewer);
    expect((await attention(cookies.cityViewer)).filter((a) => a.kind === 'incident_open')).toEqual([]);

    const rows = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceType: 'incident', resourceId: open.id }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.action, r.userId, r.municipalityId])).toEqual([
      ['incident.create', t.ids.users[DEMO.vendorManager], t.ids.municipalities.otaru],
      ['incident.update', t.ids.users[DEMO.otaruAdmin], t.ids.municipalities.otaru],
      ['incident.update', t.ids.users[DEMO.vendorManager], t.ids.municipalities.otaru],
    ]);
  });
});
