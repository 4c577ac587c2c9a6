import { CallEntity, CallWeekEntity } from '../src/modules/calls/call.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { type Cookies, DEMO, FixedClock, handlingTargets, login, loginAll, openDemo, type TestApp } from './support/test-app';

/** The vendor's staff who log the calls and the city's admin who accepts the weeks. */
const CAST = { staff: DEMO.vendorStaff, city: DEMO.otaruAdmin };

/** Weeks run Monday–Sunday. 2026-06-22 (Mon) … 06-28 (Sun); due Tuesday 06-30. */
describe('call log and weekly call volumes', () => {
  const clock = new FixedClock(new Date('2026-06-24T01:00:00Z')); // Wed 10:00 JST
  let t: TestApp;
  let cookies: Cookies<typeof CAST>;
  let programId: string;

  const week = (start: string) => t.http.get(`/api/programs/${programId}/calls/weekly`).query({ from: start, to: start }).set('Cookie', cookies.city);
  const log = (body: object) => t.http.post('/api/calls').set('Cookie', cookies.staff).send({ programId, ...body });

  beforeAll(async () => {
    // The real 2026 calendar in its call center's first weeks (demoWeeks: 0), whatever the day's placement would be.
    ({ t, programId, cookies } = await openDemo({ clock, demoWeeks: 0 }, CAST));
  });
  afterAll(() => t.close());

  it('logs a call in one request with the time defaulting to now, and flags calls outside the hours', async () => {
    const before = (await week('2026-06-22')).body[0];
    const res = await log({ category: 'booking', outcome: 'booked' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'single', date: '2026-06-24', receivedAt: '2026-06-24T01:00:00.000Z', outsideHours: false, late: false });
    const evening = await log({ category: 'question_program', outcome: 'answered', receivedAt: '2026-06-24T18:30:00+09:00' });
    expect(evening.body.outsideHours).toBe(true);
    const after = (await week('2026-06-22')).body[0];
    expect(after.total).toBe(before.total + 2);
    expect(after.byCategory.booking).toBe(before.byCategory.booking + 1);
    expect(after.outsideHours).toBe(before.outsideHours + 1);
  });

  it('refuses 予約成立 where the program books no visits — logged, corrected or from paper — and takes the other outcomes', async () => {
    const current = (await t.http.get(`/api/programs/${programId}`).set('Cookie', cookies.city)).body;
    expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send({ ...current, takesBookings: false })).status).toBe(200);
    const message = 'この事業では訪問の予約を受け付けていないため「予約成立」は選べません';
    try {
      const before = await t.dataSource.getRepository(CallEntity).count({ where: { programId } });
      const booked = await log({ category: 'booking', outcome: 'booked' });
      expect(booked.status).toBe(422);
      expect(booked.body.errors).toEqual({ outcome: message });
      const paper = await t.http.post('/api/calls/bulk').set('Cookie', cookies.staff).send({ programId, date: '2026-06-02', counts: [{ category: 'other', count: 1 }, { category: 'booking', outcome: 'booked', count: 3 }] });
      expect(paper.status).toBe(422);
      expect(paper.body.errors).toEqual({ 'counts.1.outcome': message });
      expect(await t.dataSource.getRepository(CallEntity).count({ where: { programId } })).toBe(before);

      const referred = await log({ category: 'booking', outcome: 'referred_to_city', receivedAt: '2026-06-24T09:30:00+09:00' });
      expect(referred.status).toBe(201);
      const corrected = await t.http.put(`/api/calls/${referred.body.id}`).set('Cookie', cookies.staff).send({ receivedAt: referred.body.receivedAt, category: 'booking', outcome: 'booked' });
      expect(corrected.status).toBe(422);
      expect(corrected.body.errors.outcome).toBe(message);
      expect((await t.dataSource.getRepository(CallEntity).findOneByOrFail({ id: referred.body.id })).outcome).toBe('referred_to_city');
    } finally {
      expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send(current)).status).toBe(200);
    }
  });

  it('refuses a note that looks like personal data', async () => {
    const res = await log({ category: 'other', outcome: 'answered', note: '折り返し 090-1234-5678' });
    expect(res.status).toBe(400);
    expect(res.body.errors.note).toBeDefined();
  });

  it('stores paper counts for a day apart from single calls, and re-entering replaces instead of adding', async () => {
    const first = await t.http.post('/api/calls/bulk').set('Cookie', cookies.staff).send({ programId, date: '2026-06-03', counts: [{ category: 'booking', count: 4 }, { category: 'question_card_general', count: 3 }] });
    expect(first.status).toBe(201);
    expect(first.body.every((r: { kind: string }) => r.kind === 'bulk')).toBe(true);
    const again = await t.http.post('/api/calls/bulk').set('Cookie', cookies.staff).send({ programId, date: '2026-06-03', counts: [{ category: 'booking', count: 5 }] });
    expect(again.status).toBe(201);
    const rows = await t.dataSource.getRepository(CallEntity).find({ where: { programId, date: '2026-06-03', kind: 'bulk' } });
    expect(rows.map((r) => r.count)).toEqual([5]);
    const day = (await week('2026-06-01')).body[0].days.find((d: { date: string }) => d.date === '2026-06-03');
    const singles = await t.dataSource.getRepository(CallEntity).count({ where: { programId, date: '2026-06-03', kind: 'single' } });
    expect(day.total).toBe(5 + singles);
  });

  it('refuses paper counts for a day that has single calls (it would count them twice)', async () => {
    const res = await t.http.post('/api/calls/bulk').set('Cookie', cookies.staff).send({ programId, date: '2026-06-24', counts: [{ category: 'booking', count: 2 }] });
    expect(res.status).toBe(409);
    expect(res.body.errors.date).toBeDefined();
  });

  it('freezes a week on submission; later calls are late entries; the city accepts or returns', async () => {
    const id = `${programId}_2026-06-22`;
    expect((await t.http.post(`/api/call-weeks/${id}/submit`).set('Cookie', cookies.staff)).status).toBe(422); // the week is not over
    clock.set(new Date('2026-06-30T01:00:00Z'));
    cookies = await loginAll(t, CAST); // sessions last 12 hours
    const submitted = await t.http.post(`/api/call-weeks/${id}/submit`).set('Cookie', cookies.staff);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.frozenCounts.total).toBe(submitted.body.total);
    expect(submitted.body.dueDate).toBe('2026-06-30');
    expect(await handlingTargets(t, cookies.city, 'call_week', id)).toEqual(['令和8年6月22日からの週の受電件数報告']);

    const late = await log({ category: 'other', outcome: 'answered', receivedAt: '2026-06-26T11:00:00+09:00' });
    expect(late.body.late).toBe(true);
    const view = (await t.http.get(`/api/call-weeks/${id}`).set('Cookie', cookies.city)).body;
    expect(view.lateEntries).toBe(1);
    expect(view.changedSinceSubmitted).toBe(true);
    expect(view.frozenCounts.total).toBe(submitted.body.total);

    const frozenEdit = await t.http.delete(`/api/calls/${late.body.id}`).set('Cookie', cookies.staff);
    expect(frozenEdit.status).toBe(409);
    expect((await t.http.post(`/api/call-weeks/${id}/accept`).set('Cookie', cookies.staff)).status).toBe(403);
    const noReason = await t.http.post(`/api/call-weeks/${id}/return`).set('Cookie', cookies.city).send({});
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors.reason).toBe('理由を入力してください');
    const returned = await t.http.post(`/api/call-weeks/${id}/return`).set('Cookie', cookies.city).send({ reason: '金曜日の件数を確認してください' });
    expect(returned.body).toMatchObject({ status: 'returned', reason: '金曜日の件数を確認してください' });
    // Its author's dashboard says so at once, with a link to the week.
    const attention = async () => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookies.staff)).body.attention as Array<{ kind: string; resource: string; id: string; label: string }>;
    expect(await attention()).toContainEqual({ kind: 'report_returned', resource: 'call-weeks', id, date: '2026-06-22', label: '6/22〜6/28 の受電件数報告が差し戻されています' });
    expect((await t.http.post(`/api/call-weeks/${id}/submit`).set('Cookie', cookies.staff)).body.status).toBe('submitted');
    expect((await attention()).filter((a) => a.resource === 'call-weeks' && a.id === id)).toEqual([]);
    expect((await t.http.post(`/api/call-weeks/${id}/accept`).set('Cookie', cookies.city)).body.status).toBe('accepted');
  });

  it('lists every week of the period so far, with zeros for quiet weeks, newest first', async () => {
    const res = await t.http.get('/api/call-weeks').query({ filter: JSON.stringify({ programId }), range: '[0,99]' }).set('Cookie', cookies.city);
    expect(res.status).toBe(200);
    expect(res.body[0].weekStart).toBe('2026-06-29');
    expect(res.body.map((w: { weekStart: string }) => w.weekStart).at(-1)).toBe('2026-06-01');
    expect(Number(res.headers['x-total-count'])).toBe(5);
    const june22 = res.body.find((w: { weekStart: string }) => w.weekStart === '2026-06-22');
    expect(june22.status).toBe('accepted');
  });

  it('gives the weekly series as the sum of the stored rows, computed independently', async () => {
    const series = (await t.http.get(`/api/programs/${programId}/calls/weekly`).query({ from: '2026-06-01', to: '2026-06-28' }).set('Cookie', cookies.city)).body;
    expect(series.map((w: { weekStart: string }) => w.weekStart)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22']);
    const rows = await t.dataSource.getRepository(CallEntity).find({ where: { programId } });
    for (const w of series) {
      const expected = rows.filter((r) => r.direction === 'in' && r.weekStart === w.weekStart).reduce((s, r) => s + r.count, 0);
      expect(w.total).toBe(expected);
    }
    expect(series[0].total).toBeGreaterThan(0); // the demo's opening week, logged on paper
  });

  it('filters the call list and never shows another city’s calls', async () => {
    const list = await t.http.get('/api/calls').query({ filter: JSON.stringify({ programId, kind: 'bulk' }) }).set('Cookie', cookies.city);
    expect(list.status).toBe(200);
    expect(list.body.every((c: { kind: string }) => c.kind === 'bulk')).toBe(true);
    const foreign = await t.http.get('/api/calls').query({ filter: JSON.stringify({ programId }) }).set('Cookie', await login(t, DEMO.shimonosekiAdmin));
    expect(foreign.body).toEqual([]);
  });

  it('files a week once when ten submits race, and decides it once when ten accepts race', async () => {
    clock.set(new Date('2026-07-07T01:00:00Z')); // the week of 06-29 is over and was never filed
    cookies = await loginAll(t, CAST);
    const id = `${programId}_2026-06-29`;
    const submits = await Promise.all(Array.from({ length: 10 }, () => t.http.post(`/api/call-weeks/${id}/submit`).set('Cookie', cookies.staff)));
    // One wins; the others lost the race in the database (409) or read the week already filed (422) — never a 200.
    expect(submits.filter((r) => r.status === 200)).toHaveLength(1);
    expect(submits.filter((r) => r.status !== 200).every((r) => [409, 422].includes(r.status) && /他の操作で週報告の状態が変わりました|提出済み/.test(r.body.message))).toBe(true);
    const accepts = await Promise.all(Array.from({ length: 10 }, () => t.http.post(`/api/call-weeks/${id}/accept`).set('Cookie', cookies.city)));
    expect(accepts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(accepts.filter((r) => r.status !== 200).every((r) => [409, 422].includes(r.status))).toBe(true);
    expect(await t.dataSource.getRepository(CallWeekEntity).findBy({ programId, weekStart: '2026-06-29' })).toEqual([expect.objectContaining({ status: 'accepted' })]);
    const records = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: id });
    expect(records.map((r) => r.action).sort()).toEqual(['call_week.accept', 'call_week.submit']);
  });
});
