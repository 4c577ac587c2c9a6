import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { DEMO_PENDING_SITE } from '../src/database/seed/demo-sites';
import { type Cookies, DEMO, FixedClock, handlingTargets, openShimonoseki, SHIMONOSEKI_DESK, type TestApp } from './support/test-app';

/**
 * Issue 16 item 4 (004 §7(3)): Shimonoseki requires the city's approval of every site. The vendor proposes a site,
 * the city admin approves or rejects it (with a reason), a waiting proposal is on the city's attention list, and a
 * session at a place without an approved site of its kind is refused on `place`.
 */
describe('site approvals', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z')); // Fri 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof SHIMONOSEKI_DESK>;

  const base = () => `/api/programs/${programId}/site-approvals`;
  const session = (place: string, serviceKind = 'venue_event') => ({
    programId,
    date: '2026-11-28',
    serviceKind,
    place,
    method: serviceKind === 'venue_event' ? 'application_support' : 'on_site_acceptance',
    startTime: '10:00',
    endTime: '15:00',
    cityStaffPresent: false,
    status: 'planned',
  });
  const attention = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; id: string; label: string; resource: string }>;

  beforeAll(async () => {
    ({ t, programId, cookies } = await openShimonoseki({ clock }));
  });
  afterAll(() => t.close());

  it('has the demo’s session places approved and one venue waiting, on the city admin’s attention list only', async () => {
    const list = await t.http.get(base()).set('Cookie', cookies.vendor);
    expect(list.status).toBe(200);
    const pending = list.body.filter((s: { status: string }) => s.status === 'proposed');
    expect(pending).toEqual([expect.objectContaining({ name: DEMO_PENDING_SITE.name, serviceKind: 'venue_event', proposedByName: expect.any(String), decidedAt: null })]);
    expect(list.body.filter((s: { status: string }) => s.status === 'approved').length).toBe(9);
    expect((await attention(cookies.city)).filter((i) => i.kind === 'site_approval_pending')).toEqual([
      { kind: 'site_approval_pending', resource: 'site-approvals', id: pending[0].id, date: '2026-11-19', label: `11/19 申請の実施場所「${DEMO_PENDING_SITE.name}」が承認を待っています` },
    ]);
    expect((await attention(cookies.vendor)).some((i) => i.kind === 'site_approval_pending')).toBe(false);
  });

  it('refuses a session at a place not approved, until the vendor proposes it and the city approves it', async () => {
    const place = 'イベントホール みらい（架空）';
    const refused = await t.http.post('/api/sessions').set('Cookie', cookies.vendor).send(session(place));
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ place: 'この場所は市の承認を受けていません（実施場所の承認を申請し、承認後に登録してください）' });

    const proposed = await t.http.post(base()).set('Cookie', cookies.vendor).send({ serviceKind: 'venue_event', name: place, address: '下関市（架空）' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ programId, name: place, status: 'proposed', proposedBy: t.ids.users[DEMO.vendorBManager], decidedBy: null });
    expect((await t.http.post('/api/sessions').set('Cookie', cookies.vendor).send(session(place))).status).toBe(422);
    const twice = await t.http.post(base()).set('Cookie', cookies.vendor).send({ serviceKind: 'venue_event', name: ` ${place}` });
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toEqual({ name: 'この場所はすでに申請中です（市の承認を待っています）' });

    const approved = await t.http.post(`${base()}/${proposed.body.id}/approve`).set('Cookie', cookies.city);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: t.ids.users[DEMO.shimonosekiAdmin], decidedAt: clock.now().toISOString() });
    expect((await t.http.post(`${base()}/${proposed.body.id}/approve`).set('Cookie', cookies.city)).status).toBe(409);

    const created = await t.http.post('/api/sessions').set('Cookie', cookies.vendor).send(session(place));
    expect(created.status).toBe(201);
    // Approved as a venue, not as a facility; and a session cannot move to a place without approval.
    expect((await t.http.post('/api/sessions').set('Cookie', cookies.vendor).send(session(place, 'facility_visit'))).status).toBe(422);
    const moved = await t.http.put(`/api/sessions/${created.body.id}`).set('Cookie', cookies.vendor).send({ ...session('どこかの広場（架空）'), programId: undefined });
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.body.errors)).toEqual(['place']);

    const actions = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceType: 'site_approval', resourceId: proposed.body.id }, order: { id: 'ASC' } });
    expect(actions.map((a) => a.action)).toEqual(['site_approval.propose', 'site_approval.approve']);
    expect(await handlingTargets(t, cookies.city, 'site_approval', proposed.body.id)).toEqual([proposed.body.name]);
  });

  it('takes a rejection only with a reason, and a rejected site proposed again', async () => {
    const proposed = await t.http.post(base()).set('Cookie', cookies.vendor).send({ serviceKind: 'facility_visit', name: '有料老人ホーム なぎさ（架空）' });
    expect(proposed.status).toBe(201);
    const noReason = await t.http.post(`${base()}/${proposed.body.id}/reject`).set('Cookie', cookies.city).send({ reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ reason: '却下の理由を入力してください' });
    const rejected = await t.http.post(`${base()}/${proposed.body.id}/reject`).set('Cookie', cookies.city).send({ reason: '施設の了承が確認できないため' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '施設の了承が確認できないため' });
    expect((await t.http.post(`${base()}/${proposed.body.id}/approve`).set('Cookie', cookies.city)).status).toBe(409);
    const again = await t.http.post(base()).set('Cookie', cookies.vendor).send({ serviceKind: 'facility_visit', name: '有料老人ホーム なぎさ（架空）' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: proposed.body.id, status: 'proposed', rejectionReason: null, decidedAt: null });
  });

  it('lets only the vendor propose and only the city admin decide; another city’s sites are not found', async () => {
    const [pending] = (await t.http.get(base()).set('Cookie', cookies.city)).body.filter((s: { status: string }) => s.status === 'proposed');
    expect((await t.http.post(base()).set('Cookie', cookies.city).send({ serviceKind: 'venue_event', name: '市民会館（架空）' })).status).toBe(403);
    expect((await t.http.post(`${base()}/${pending.id}/approve`).set('Cookie', cookies.vendor)).status).toBe(403);
    expect((await t.http.get(base()).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await t.http.post(`${base()}/${pending.id}/approve`).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await t.http.post(base()).set('Cookie', cookies.otaruVendor).send({ serviceKind: 'venue_event', name: '市民会館（架空）' })).status).toBe(404);
    // The id of Shimonoseki's site through Otaru's program: not found either.
    expect((await t.http.post(`/api/programs/${t.ids.programs.otaru}/site-approvals/${pending.id}/approve`).set('Cookie', cookies.otaruCity)).status).toBe(404);
  });
});
