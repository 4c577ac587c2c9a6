import { addDays, daysBetween, isWorkingDay, jstDateKey } from '@outreach/domain/common';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

interface Booking { id: string; receptionNumber: number; kind: string; status: string; receivedAt: string; receivedDate: string; visitDate: string | null; plannedApplications: number; sessionId: string | null; visitFinishedDate: string | null; sharedWithCityAt: string | null; personalDataDeletedAt: string | null; personalDataDeletionRule: string | null }
interface Session { id: string; date: string; serviceKind: string; status: string; bookingId: string | null; unbookedReason: string | null }
interface Target { target: { metric: string; serviceKinds: string[] }; actual: number; status: string }

/**
 * The demo tells a true story (issue 22 items 2 and 3, the booking side), whatever day it is started on: every held
 * home and facility visit came from a booking received with the lead time before it, the figures keep near the
 * targets' pace with one target visibly at risk, and the operator finds something to do today — free home slots
 * beyond the lead time, confirmation calls and a call back due.
 */
describe.each(['2026-10-15T00:30:00Z', '2027-01-20T00:30:00Z', '2027-12-30T00:30:00Z'])('the demo started on %s', (at) => {
  const clock = new FixedClock(new Date(at));
  const today = jstDateKey(clock.now());
  let t: TestApp;
  let programId: string;
  let staff: string;
  let viewer: string;
  let city: string;
  let manager: string;
  let rules: { leadDaysHome: number; leadDaysLargeFacility: number; smallFacilityMax: number };
  let workingHours: object;
  let bookings: Booking[];
  let held: Session[];

  beforeAll(async () => {
    ({ t, programId, cookies: { staff, viewer, city, manager } } = await openDemo({ clock }, { staff: DEMO.vendorStaff, viewer: DEMO.otaruViewer, city: DEMO.otaruAdmin, manager: DEMO.vendorManager }));
    ({ bookingRules: rules, workingHours } = (await t.http.get(`/api/programs/${programId}`).set('Cookie', staff)).body);
    const list = async <T>(path: string, filter: object) => (await t.http.get(path).query({ filter: JSON.stringify(filter), range: JSON.stringify([0, 499]) }).set('Cookie', staff)).body as T[];
    bookings = await list<Booking>('/api/bookings', { programId });
    held = (await list<Session>('/api/sessions', { programId, status: 'held' })).filter((s) => s.serviceKind !== 'venue_event');
  });
  afterAll(() => t.close());

  it('holds every home and facility visit as the session of a booking received with the lead time before it, visited', () => {
    const byId = new Map(bookings.map((b) => [b.id, b]));
    const booked = held.filter((s) => s.bookingId !== null);
    expect(booked.length).toBeGreaterThan(40);
    for (const s of booked) {
      const b = byId.get(s.bookingId!)!;
      const lead = b.kind === 'home' || b.plannedApplications <= rules.smallFacilityMax ? rules.leadDaysHome : rules.leadDaysLargeFacility;
      expect({ session: s.id, days: daysBetween(b.receivedDate, s.date) >= lead }).toEqual({ session: s.id, days: true });
      expect(b).toMatchObject({ status: 'visited', sessionId: s.id, visitDate: s.date, visitFinishedDate: s.date });
      // Its purpose served (the home slip shared with the city, or the facility visited): the sweep deleted its personal data.
      expect(b.personalDataDeletedAt).not.toBeNull();
      expect(b.personalDataDeletionRule).toBe(b.kind === 'home' ? 'visited_shared' : 'facility_visited');
    }
    // A few households were added on the day, without a booking, with their reason.
    const unbooked = held.filter((s) => s.bookingId === null);
    expect(unbooked.every((s) => s.unbookedReason === 'same_day_addition')).toBe(true);
    expect(unbooked.length).toBeLessThanOrEqual(Math.ceil(held.length / 10));
  });

  it('numbers the reservations in the order they were received, each on a working day before today', () => {
    const sorted = [...bookings].sort((a, b) => a.receptionNumber - b.receptionNumber);
    expect(sorted.map((b) => b.receptionNumber)).toEqual(sorted.map((_, i) => i + 1));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].receivedAt >= sorted[i - 1].receivedAt).toBe(true);
    expect(bookings.every((b) => b.receivedDate < today)).toBe(true);
    // The desk takes calls on the days it works: no request received on a weekend, a holiday or the year-end closure.
    expect(bookings.filter((b) => !isWorkingDay(b.receivedDate, workingHours)).map((b) => `${b.kind} ${b.receivedDate}`)).toEqual([]);
    // Every booking ahead keeps its planned visit; none is left on a past day without having been visited or closed
    // as a no-show (nobody at home).
    expect(bookings.filter((b) => b.visitDate !== null && b.visitDate < today && !['visited', 'no_show'].includes(b.status))).toEqual([]);
  });

  it('closes a few past home visits as no-shows: the reason given, the visit cancelled, the personal data kept for the retention days then deleted', async () => {
    const noShows = bookings.filter((b) => b.status === 'no_show');
    const pastHome = bookings.filter((b) => b.kind === 'home' && b.visitDate !== null && b.visitDate < today);
    expect(noShows.length).toBeGreaterThan(0);
    expect(noShows.length).toBeLessThanOrEqual(Math.ceil(pastHome.length / 20));
    const cancelled = (await t.http.get('/api/sessions').query({ filter: JSON.stringify({ programId, status: 'cancelled' }), range: JSON.stringify([0, 499]) }).set('Cookie', staff)).body as Array<Session & { cancelReason: string | null }>;
    for (const b of noShows) {
      expect(b).toMatchObject({ kind: 'home', visitFinishedDate: null });
      expect(b.visitDate! < today).toBe(true);
      expect(held.some((s) => s.bookingId === b.id)).toBe(false);
      const visit = cancelled.find((s) => s.id === b.sessionId);
      expect(visit).toMatchObject({ bookingId: b.id, date: b.visitDate, cancelReason: expect.stringContaining('不在') });
      const view = (await t.http.get(`/api/bookings/${b.id}`).set('Cookie', staff)).body as { cancelReason: string | null };
      expect(view.cancelReason).toContain('不在');
      // Kept while questions about it may still come in (CANCELLED_RETENTION_DAYS = 30), then deleted by the sweep on its rule.
      const retained = daysBetween(b.visitDate!, today) < 30;
      expect({ id: b.id, deleted: b.personalDataDeletedAt !== null, rule: b.personalDataDeletionRule }).toEqual({ id: b.id, deleted: !retained, rule: retained ? null : 'closed_retention' });
    }
    // The newest is recent enough that the operator still finds the household in the list.
    expect(noShows.some((b) => b.personalDataDeletedAt === null)).toBe(true);
    // The dashboard's funnel counts them.
    const funnel = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', viewer)).body.funnel;
    expect(funnel.noShows).toBe(noShows.length);
  });

  it('keeps near the targets\' pace, home applications between one and two per reservation, the facility applications at risk', async () => {
    const progress = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', viewer)).body.progress;
    const targets: Target[] = progress.groups[0].targets;
    const find = (metric: string, kind: string) => targets.find((x) => x.target.metric === metric && x.target.serviceKinds.join() === kind)!;
    const reservations = find('reservations', 'home_visit');
    const homeApplications = find('applications', 'home_visit');
    expect(homeApplications.actual / reservations.actual).toBeGreaterThan(1);
    expect(homeApplications.actual / reservations.actual).toBeLessThan(2);
    // Near the pace: on track, or at risk — a first start just after the year-end closure (2027-01-20) finds the home
    // applications a little behind as well.
    expect(['on_track']).toContain(reservations.status);
    expect(['on_track', 'at_risk']).toContain(homeApplications.status);
    expect(['on_track', 'met']).toContain(find('facilities_visited', 'facility_visit').status);
    expect(['at_risk', 'behind']).toContain(find('applications', 'facility_visit').status);
  });

  it('leaves the operator free home slots beyond the lead time, and the next visit day\'s confirmation calls to make', async () => {
    const search = await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } });
    expect(search.status).toBe(200);
    expect(search.body.offers.length).toBeGreaterThan(0);
    expect(search.body.offers[0].date >= addDays(today, rules.leadDaysHome)).toBe(true);

    const calls = (await t.http.get(`/api/programs/${programId}/confirmation-calls`).set('Cookie', staff)).body;
    expect(calls.date > today).toBe(true);
    expect(calls.rows.length).toBeGreaterThan(0);
    expect(calls.rows.every((r: { state: string; phone: string | null }) => r.state === 'pending' && r.phone !== null)).toBe(true);

    // A caller waits for a call back that is due, and the team's attention list says so.
    const callBacks = (await t.http.get(`/api/programs/${programId}/call-backs`).set('Cookie', staff)).body as Array<{ status: string; due: boolean; callerName: string | null }>;
    expect(callBacks.filter((c) => c.status === 'open' && c.due && c.callerName !== null).length).toBeGreaterThan(0);
    const attention = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', staff)).body.attention as Array<{ kind: string }>;
    expect(attention.map((a) => a.kind)).toContain('call_back_due');
  });

  it('keeps the handling record of that history: each reservation received, shared, closed and its personal data deleted, each application entered', async () => {
    type Row = { id: number; occurredAt: string; action: string; resourceId: string | null; role: string | null; reason: string | null };
    const records = async (cookie: string, filter: object) => {
      const all: Row[] = [];
      for (let from = 0; ; from += 500) {
        const page = (await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ programId, ...filter }), range: JSON.stringify([from, from + 499]), sort: JSON.stringify(['id', 'ASC']) }).set('Cookie', cookie)).body as Row[];
        all.push(...page);
        if (page.length < 500) return all;
      }
    };
    const seen = await records(city, {});
    // Written as it happened: in time order.
    expect(seen.map((r) => r.occurredAt)).toEqual([...seen.map((r) => r.occurredAt)].sort());
    const of = (action: string) => new Map(seen.filter((r) => r.action === action).map((r) => [r.resourceId, r]));
    const created = of('booking.create');
    const shared = of('booking.share');
    const deleted = of('booking.personal_delete');
    for (const b of bookings) {
      expect({ id: b.id, at: created.get(b.id)?.occurredAt, by: created.get(b.id)?.role }).toEqual({ id: b.id, at: b.receivedAt, by: 'vendor_staff' });
      expect({ id: b.id, shared: shared.get(b.id)?.occurredAt ?? null }).toEqual({ id: b.id, shared: b.sharedWithCityAt });
      // The deletion ledger and the handling record agree: every deletion recorded once, at its moment, on its rule.
      const d = deleted.get(b.id);
      expect({ id: b.id, at: d?.occurredAt ?? null }).toEqual({ id: b.id, at: b.personalDataDeletedAt });
      if (d) expect(d.reason).toContain(b.personalDataDeletionRule === 'closed_retention' ? 'キャンセル・不在から' : b.kind === 'home' ? '受付票の市への共有後' : '施設訪問の完了後');
    }
    expect(seen.filter((r) => r.action === 'booking.personal_delete').length).toBe(bookings.filter((b) => b.personalDataDeletedAt !== null).length);
    const noShows = of('booking.no_show');
    expect([...noShows.keys()].sort()).toEqual(bookings.filter((b) => b.status === 'no_show').map((b) => b.id).sort());
    expect([...noShows.values()].every((r) => r.reason?.includes('不在'))).toBe(true);
    // Each application of the register entered by the staff; each hand-over made by the manager.
    const register = ((await t.http.get('/api/sessions').query({ filter: JSON.stringify({ programId, status: 'held' }), range: JSON.stringify([0, 499]) }).set('Cookie', staff)).body as Session[]).filter((s) => s.date < today);
    const entered: Array<{ id: string; personalDataDeletedAt: string | null }> = [];
    for (const s of register) entered.push(...((await t.http.get(`/api/programs/${programId}/sessions/${s.id}/register`).set('Cookie', staff)).body as { applications: typeof entered }).applications);
    expect(seen.filter((r) => r.action === 'application.create' && r.role === 'vendor_staff').map((r) => r.resourceId).sort()).toEqual(entered.map((a) => a.id).sort());
    const handOvers = (await t.http.get(`/api/programs/${programId}/hand-overs`).set('Cookie', staff)).body as unknown[];
    expect(seen.filter((r) => r.action === 'hand_over.create' && r.role === 'vendor_manager').length).toBe(handOvers.length);
    // Each application whose personal fields the sweep deleted (its hand-over's follow-up over): recorded once, at that moment.
    const purged = of('application.delete_personal');
    for (const a of entered) expect({ id: a.id, at: purged.get(a.id)?.occurredAt ?? null }).toEqual({ id: a.id, at: a.personalDataDeletedAt });
    expect([...purged.values()].every((r) => r.role === null && /^利用目的の終了による自動削除（市への引渡し後の削除（特記事項第10）・第\d+回引渡しから90日経過）$/.test(r.reason ?? ''))).toBe(true);
    // The vendor manager sees the vendor's own acts, not the sweep's (no organization).
    expect((await records(manager, {})).filter((r) => r.action === 'booking.personal_delete')).toEqual([]);
  });

  it('keeps each facility booking\'s applicant list as its visit left it: the visited ones in, shared and deleted by the sweep with the request, recorded; the one at 名簿受領 in and still to share', async () => {
    type List = { state: string; rowCount: number; committedAt: string | null; sharedAt: string | null; deletedAt: string | null; deletionRuleLabel: string | null; rows: Array<{ name: string; kana: string }> | null };
    const facilityBookings = bookings.filter((b) => b.kind === 'facility');
    const visited = facilityBookings.filter((b) => b.status === 'visited');
    expect(visited.length).toBeGreaterThan(0);
    const records: Array<{ occurredAt: string; action: string; resourceId: string; role: string | null; reason: string | null }> = [];
    for (let from = 0; ; from += 500) {
      const page = (await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ programId }), range: JSON.stringify([from, from + 499]), sort: JSON.stringify(['id', 'ASC']) }).set('Cookie', city)).body as typeof records;
      records.push(...page);
      if (page.length < 500) break;
    }
    const acts = (b: Booking) => records.filter((r) => r.resourceId === b.id && r.action.startsWith('applicant_list.')).map((r) => [r.action, r.occurredAt, r.role, r.reason]);
    for (const b of visited) {
      const list = (await t.http.get(`/api/bookings/${b.id}/applicant-list`).set('Cookie', staff)).body as List;
      const session = held.find((s) => s.id === b.sessionId) as unknown as { date: string; applicationsTotal: number };
      expect({ booking: b.id, state: list.state, deletedAt: list.deletedAt, rule: list.deletionRuleLabel }).toEqual({ booking: b.id, state: 'deleted', deletedAt: b.personalDataDeletedAt, rule: '施設訪問の完了後（名簿の利用目的の終了）' });
      expect(list.rows).toBeNull();
      expect(list.committedAt! < list.sharedAt! && jstDateKey(new Date(list.sharedAt!)) < session.date).toBe(true);
      // Its coordination: every step done, the list's share and the visit itself on their days (none 「期限超過」).
      const timeline = ((await t.http.get(`/api/bookings/${b.id}/coordination`).set('Cookie', staff)).body as { timeline: Array<{ step: string; state: string; doneOn: string | null }> }).timeline;
      expect(timeline.map((x) => [x.step, x.state])).toEqual([['notice', 'done'], ['pre_meeting', 'done'], ['applicant_list', 'done'], ['visit', 'done']]);
      expect(timeline.filter((x) => x.step === 'applicant_list' || x.step === 'visit').map((x) => x.doneOn)).toEqual([jstDateKey(new Date(list.sharedAt!)), session.date]);
      // It had as many rows as the visit took applications (the register's applicant_list entries point into them).
      const n = `${session.applicationsTotal}人`;
      expect(acts(b)).toEqual([
        ['applicant_list.commit', list.committedAt, 'vendor_staff', n],
        ['applicant_list.share', list.sharedAt, 'vendor_staff', n],
        ['applicant_list.delete', list.deletedAt, null, `${n} 利用目的の終了による自動削除（施設訪問の完了後（名簿の利用目的の終了））`],
      ]);
    }
    // 名簿受領: the list is in, its rows readable by the vendor (kana as the import stores it), not yet shared.
    const received: Array<{ booking: Booking; list: List }> = [];
    for (const b of facilityBookings.filter((x) => x.status === 'confirmed')) {
      const list = (await t.http.get(`/api/bookings/${b.id}/applicant-list`).set('Cookie', staff)).body as List;
      if (list.state !== 'none') received.push({ booking: b, list });
    }
    expect(received.map(({ list }) => list.state)).toEqual(['committed']);
    const [{ booking, list }] = received;
    expect(list.rows!.length).toBe(list.rowCount);
    expect(list.rows!.every((r) => /^[ァ-ヶー]+\u3000[ァ-ヶー]+$/u.test(r.kana))).toBe(true);
    expect(acts(booking)).toEqual([['applicant_list.commit', list.committedAt, 'vendor_staff', `${list.rowCount}人`]]);
  });

  it('keeps the register of every session held before today equal to its counts — booked, listed or taken on the day — in both cities, the weeks before this one handed over', async () => {
    const cities = [
      { program: programId, cookie: staff },
      { program: t.ids.programs.shimonoseki, cookie: await login(t, DEMO.vendorBManager) },
    ];
    const sources = new Set<string>();
    for (const { program, cookie } of cities) {
      const sessions = ((await t.http.get('/api/sessions').query({ filter: JSON.stringify({ programId: program, status: 'held' }), range: JSON.stringify([0, 499]) }).set('Cookie', cookie)).body as Array<Session & Record<string, number> & { applicationsTotal: number }>).filter(
        (s) => s.date < today && s.applicationsTotal > 0,
      );
      expect(sessions.length).toBeGreaterThan(10);
      const purged: string[] = [];
      for (const s of sessions) {
        const register = (await t.http.get(`/api/programs/${program}/sessions/${s.id}/register`).set('Cookie', cookie)).body as { applications: Array<{ source: string; personalDataDeletedAt: string | null; personal: { dateOfBirth: string } | null }>; counts: Record<string, number> };
        const source = s.bookingId === null ? 'walk_in' : s.serviceKind === 'home_visit' ? 'booking' : 'applicant_list';
        expect({ session: s.id, sources: [...new Set(register.applications.map((a) => a.source))] }).toEqual({ session: s.id, sources: [source] });
        sources.add(source);
        for (const [field, n] of Object.entries(register.counts)) expect({ session: s.id, field, n }).toEqual({ session: s.id, field, n: s[field] });
        for (const a of register.applications) if (a.personalDataDeletedAt !== null) purged.push(a.personalDataDeletedAt);
        // The people's dates of birth are real days (the fictional ones are drawn for any number of applicants).
        for (const a of register.applications) if (a.personal) expect({ session: s.id, dob: a.personal.dateOfBirth, real: new Date(`${a.personal.dateOfBirth}T00:00:00Z`).toISOString().startsWith(a.personal.dateOfBirth) }).toMatchObject({ real: true });
      }
      const batches = (await t.http.get(`/api/programs/${program}/hand-overs`).set('Cookie', cookie)).body as Array<{ number: number; handedOverDate: string; applicationCount: number; personalDataDeletedAt: string | null }>;
      expect(batches.length).toBeGreaterThan(0);
      expect(batches.every((b) => b.handedOverDate < today && b.applicationCount > 0)).toBe(true);
      // A batch handed over more than its follow-up period (90 days) ago had its personal fields deleted the night
      // after the period ended; the later ones keep theirs.
      for (const b of batches) {
        const ended = addDays(b.handedOverDate, 90) < today;
        expect({ batch: b.number, deleted: b.personalDataDeletedAt !== null }).toEqual({ batch: b.number, deleted: ended });
        if (ended) expect(jstDateKey(new Date(b.personalDataDeletedAt!))).toBe(addDays(b.handedOverDate, 91));
      }
      expect(purged.length).toBe(batches.filter((b) => b.personalDataDeletedAt !== null).reduce((n, b) => n + b.applicationCount, 0));
    }
    // Otaru's booked homes and listed facilities, and the households added on the day and Shimonoseki's visits and venues.
    expect([...sources].sort()).toEqual(['applicant_list', 'booking', 'walk_in']);
  });
});
