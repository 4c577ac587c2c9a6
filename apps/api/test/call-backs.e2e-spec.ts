import { CallBackEntity } from '../src/modules/call-backs/call-back.entity';
import { CallEntity } from '../src/modules/calls/call.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/**
 * Issue 17 item 3 and issue 21 item 4: when no slot fits or a call is logged 折り返し要, the operator keeps the
 * caller's request as a call-back — the phone sealed like every personal data, a due time, an owner — the team sees
 * it until the call back is logged (who, when), and it is on the attention list once due.
 */
describe('call-backs (折り返し)', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Record<'staff' | 'manager' | 'city', string>;
  const url = () => `/api/programs/${programId}/call-backs`;
  const request = { callerName: '見本 梅子', phone: '090-9999-0077', wanted: '1月中旬の午前、母と本人の2人', kind: 'home', dueAt: '2026-09-02T10:00:00+09:00' };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, { staff: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin }));
  });
  afterAll(() => t.close());

  it('refuses a past due time and a short phone with the fields’ messages', async () => {
    const refused = await t.http.post(url()).set('Cookie', cookies.staff).send({ ...request, phone: '12', dueAt: '2026-08-31T10:00:00+09:00' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.phone).toBeDefined();
    const past = await t.http.post(url()).set('Cookie', cookies.staff).send({ ...request, dueAt: '2026-08-31T10:00:00+09:00' });
    expect(past.status).toBe(422);
    expect(past.body.errors.dueAt).toBe('折り返しの期限は現在より後の日時にしてください');
  });

  it('keeps the request sealed, lists it for the team, puts it on the attention list when due, and deletes the caller’s data when done', async () => {
    const created = await t.http.post(url()).set('Cookie', cookies.staff).send(request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', callerName: '見本 梅子', phone: '090-9999-0077', due: false, createdByName: expect.any(String) });
    const row = await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: created.body.id });
    for (const clear of ['見本', '梅子', '9999', '1月中旬']) expect(JSON.stringify(row)).not.toContain(clear);

    const listed = (await t.http.get(url()).set('Cookie', cookies.manager)).body;
    expect(listed.map((c: { id: string }) => c.id)).toContain(created.body.id);
    expect((await t.http.get(url()).set('Cookie', cookies.city)).status).toBe(403);

    // This call-back's day only (the demo's own call-backs are due earlier).
    const attention = async () => ((await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', await login(t, DEMO.vendorStaff))).body.attention as Array<{ kind: string; resource: string; label: string; date: string }>).filter((a) => a.kind === 'call_back_due' && a.date === '2026-09-02');
    expect(await attention()).toEqual([]);
    clock.set(new Date('2026-09-02T01:30:00Z')); // 10:30 JST the next day: due
    expect(await attention()).toEqual([{ kind: 'call_back_due', resource: 'call-backs', id: '', date: '2026-09-02', label: '9/2 までの折り返しの電話が済んでいません' }]);

    const staff = await login(t, DEMO.vendorStaff);
    const calls = `${url()}/${created.body.id}/calls`;
    const done = await t.http.post(calls).set('Cookie', staff).send({ outcome: 'answered', durationMinutes: 4 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', callerName: null, phone: null, wanted: null, doneByName: expect.any(String), doneAt: '2026-09-02T01:30:00.000Z' });
    expect((await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: created.body.id })).data).toBeNull();
    expect((await t.http.post(calls).set('Cookie', staff).send({ outcome: 'answered' })).status).toBe(409);
    expect(await attention()).toEqual([]);

    const actions = (await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: created.body.id })).map((r) => r.action).sort();
    expect(actions).toEqual(['call_back.create', 'call_back.done', 'call_back.read_personal']);
  });

  it('makes a call logged 折り返し要 a task: its owner, taken over by a colleague, an unanswered attempt, then done when the call back is logged', async () => {
    clock.set(new Date('2026-09-03T01:00:00Z')); // Thu 10:00 JST
    cookies = { ...cookies, staff: await login(t, DEMO.vendorStaff), manager: await login(t, DEMO.vendorManager) }; // the day's logins
    const incoming = await t.http.post('/api/calls').set('Cookie', cookies.staff).send({ programId, category: 'booking', outcome: 'callback_needed' });
    expect(incoming.status).toBe(201);
    const answered = await t.http.post('/api/calls').set('Cookie', cookies.staff).send({ programId, category: 'booking', outcome: 'answered' });
    const notASource = await t.http.post(url()).set('Cookie', cookies.staff).send({ ...request, dueAt: '2026-09-03T15:00:00+09:00', sourceCallId: answered.body.id });
    expect(notASource.status).toBe(404);
    expect(notASource.body.errors.sourceCallId).toBe('折り返し要の電話の記録が見つかりません');

    const created = await t.http.post(url()).set('Cookie', cookies.staff).send({ ...request, dueAt: '2026-09-03T15:00:00+09:00', sourceCallId: incoming.body.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sourceCallId: incoming.body.id, ownerName: created.body.createdByName, attempts: 0 });
    const staffName = created.body.ownerName as string;
    clock.set(new Date('2026-09-03T01:05:00Z'));

    const claimed = await t.http.post(`${url()}/${created.body.id}/claim`).set('Cookie', cookies.manager).send({});
    expect(claimed.status).toBe(200);
    expect(claimed.body.ownerName).not.toBe(staffName);

    const calls = `${url()}/${created.body.id}/calls`;
    expect((await t.http.post(calls).set('Cookie', cookies.manager).send({ outcome: 'callback_needed' })).body.errors.outcome).toBe('折り返しの結果を選んでください');
    clock.set(new Date('2026-09-03T06:10:00Z')); // 15:10 JST
    const unanswered = await t.http.post(calls).set('Cookie', cookies.manager).send({ outcome: 'no_answer' });
    expect(unanswered.status).toBe(200);
    expect(unanswered.body).toMatchObject({ status: 'open', attempts: 1, lastAttemptAt: '2026-09-03T06:10:00.000Z', callerName: '見本 梅子' });
    clock.set(new Date('2026-09-03T07:00:00Z')); // 16:00 JST: called again, answered
    const done = await t.http.post(calls).set('Cookie', cookies.manager).send({ outcome: 'booked', durationMinutes: 6, note: '1/14 午前で予約' });
    expect(done.body).toMatchObject({ status: 'done', attempts: 1, callerName: null });

    // Both call backs are in the call log as outgoing calls, where the weekly report counts them.
    const outgoing = await t.dataSource.getRepository(CallEntity).find({ where: { programId, direction: 'out', date: '2026-09-03' }, order: { receivedAt: 'ASC' } });
    expect(outgoing.map((c) => [c.outcome, c.category, c.durationMinutes])).toEqual([['no_answer', 'booking', null], ['booked', 'booking', 6]]);
    expect((await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: created.body.id })).doneCallId).toBe(outgoing[1].id);

    const actions = (await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceId: created.body.id }, order: { occurredAt: 'ASC' } })).map((r) => r.action);
    expect(actions).toEqual(['call_back.create', 'call_back.claim', 'call_back.attempt', 'call_back.done']);
  });

  it('lets go of its calls when they are deleted from the call log as wrong entries: the call-back stays, unlinked', async () => {
    const incoming = await t.http.post('/api/calls').set('Cookie', cookies.staff).send({ programId, category: 'booking', outcome: 'callback_needed' });
    const created = await t.http.post(url()).set('Cookie', cookies.staff).send({ ...request, dueAt: '2026-09-04T10:00:00+09:00', sourceCallId: incoming.body.id });
    expect(created.body.sourceCallId).toBe(incoming.body.id);
    const done = await t.http.post(`${url()}/${created.body.id}/calls`).set('Cookie', cookies.staff).send({ outcome: 'booked' });
    expect(done.body.status).toBe('done');
    const doneCallId = (await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: created.body.id })).doneCallId!;

    for (const callId of [incoming.body.id as string, doneCallId]) expect((await t.http.delete(`/api/calls/${callId}`).set('Cookie', cookies.staff)).status).toBe(200);
    const kept = await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: created.body.id });
    expect(kept).toMatchObject({ status: 'done', sourceCallId: null, doneCallId: null });
    const listed = await t.http.get(url()).set('Cookie', cookies.staff);
    expect(listed.body.find((c: { id: string }) => c.id === created.body.id)).toMatchObject({ status: 'done', sourceCallId: null });
  });
});
