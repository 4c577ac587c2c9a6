import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * Twenty operators book the same slot at the same moment, fifty times over: exactly one succeeds each time and
 * the others get 409 with alternatives; reception numbers stay gap-free. On SQLite and on MariaDB (CI runs both).
 */
describe('booking the last slot concurrently', () => {
  const ROUNDS = 50;
  const PARALLEL = 20;
  let t: TestApp;

  beforeAll(async () => {
    // The real 2026 calendar on its first day (demoWeeks: 0), whatever the day's placement would be.
    t = await createTestApp({ clock: new FixedClock(new Date('2026-06-01T01:00:00Z')), demoWeeks: 0 });
  });
  afterAll(() => t.close());

  it(`gives exactly one success in each of ${ROUNDS} rounds of ${PARALLEL} parallel bookings`, async () => {
    const programId = t.ids.programs.otaru;
    const cookies = await Promise.all([DEMO.vendorStaff, DEMO.vendorManager].map((e) => login(t, e)));
    const startNumber = (await t.dataSource.getRepository(BookingEntity).count({ where: { programId } })) + 1;
    const outcomes: number[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const search = await t.http
        .post(`/api/programs/${programId}/slots/search`)
        .set('Cookie', cookies[0])
        .send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } });
      const offer = search.body.offers[0];
      expect(offer).toBeDefined();
      const choice = { date: offer.date, half: offer.half, positions: offer.positions };
      const results = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          t.http
            .post(`/api/programs/${programId}/bookings`)
            .set('Cookie', cookies[i % 2])
            .send(homeBooking(intake({ wishes: {} }), choice)),
        ),
      );
      const statuses = results.map((r) => r.status);
      outcomes.push(statuses);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL - 1);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.message).toBe('この枠は直前に予約されました');
    }
    const numbers = (await t.dataSource.getRepository(BookingEntity).find({ where: { programId }, order: { receptionNumber: 'ASC' } })).map((b) => b.receptionNumber);
    expect(numbers).toEqual(Array.from({ length: startNumber - 1 + ROUNDS }, (_, i) => i + 1));
    console.log(`concurrent booking: ${ROUNDS} rounds × ${PARALLEL} requests → ${outcomes.filter((o) => o.filter((s) => s === 201).length === 1).length} rounds with exactly one success`);
  }, 600_000);
});
