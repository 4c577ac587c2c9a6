import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ENV } from '../src/config/config.module';
import { envWith, type Env } from '../src/config/env';
import { BookingPersonalService, PURGE_PERIOD_MS } from '../src/modules/booking-personal/booking-personal.service';
import { LeaseEntity } from '../src/modules/leases/lease.entity';
import { LeaseService } from '../src/modules/leases/lease.service';
import { ScheduledJobs } from '../src/modules/leases/scheduled-jobs';
import { createTestApp, FixedClock, type TestApp } from './support/test-app';

/**
 * Scheduled work on several API instances sharing one database: each instance is a LeaseService with its own
 * holder name on the same table (the multi-instance test runs two real processes behind nginx).
 */
describe(LeaseService.name, () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z'));
  let t: TestApp;
  let instances: LeaseService[];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const repo = t.app.get<Repository<LeaseEntity>>(getRepositoryToken(LeaseEntity));
    const env = t.app.get<Env>(ENV);
    instances = [t.app.get(LeaseService), ...Array.from({ length: 4 }, () => new LeaseService(repo, clock, env))];
  });
  afterAll(() => t.close());

  it('gives a free lease to exactly one of several instances asking at once, and to another once it expired', async () => {
    const won = await Promise.all(instances.map((l) => l.acquire('nightly', 60_000)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const holder = instances[won.indexOf(true)];
    const others = instances.filter((l) => l !== holder);

    clock.advance(30_000);
    expect(await holder.acquire('nightly', 60_000)).toBe(true); // renewing one's own
    expect(await Promise.all(others.map((l) => l.acquire('nightly', 60_000)))).toEqual(others.map(() => false));

    clock.advance(60_000); // the holder stopped renewing
    const next = await Promise.all(others.map((l) => l.acquire('nightly', 60_000)));
    expect(next.filter(Boolean)).toHaveLength(1);
    expect(await holder.acquire('nightly', 60_000)).toBe(false);
  });

  it('runs the personal-data sweep once per period however many instances fire their timers', async () => {
    const personal = t.app.get(BookingPersonalService);
    const other = instances[1];
    const ran: string[] = [];
    await t.dataSource.getRepository(LeaseEntity).clear();
    // The other instance's timer fired first this hour: this instance skips (null: not run).
    expect(await other.oncePerPeriod('booking-personal-purge', PURGE_PERIOD_MS, async () => ran.push('other'))).toBe(true);
    expect(await personal.purgeScheduled()).toBeNull();
    clock.advance(PURGE_PERIOD_MS / 2);
    expect(await personal.purgeScheduled()).toBeNull();
    // The next period: whoever fires first runs it, the other skips.
    clock.advance(PURGE_PERIOD_MS / 2);
    expect(typeof (await personal.purgeScheduled())).toBe('number'); // ran
    expect(await other.oncePerPeriod('booking-personal-purge', PURGE_PERIOD_MS, async () => ran.push('other'))).toBe(false);
    expect(ran).toEqual(['other']);
  });

  it('gives its leases back on a clean stop, so a restarted instance runs the work at start', async () => {
    const [a, b] = instances.slice(1, 3);
    expect(await a.acquire('at-start', PURGE_PERIOD_MS)).toBe(true);
    expect(await b.acquire('at-start', PURGE_PERIOD_MS)).toBe(false);
    await a.onModuleDestroy();
    expect(await b.acquire('at-start', PURGE_PERIOD_MS)).toBe(true);
  });

  it('runs a registered job only once the application starts its jobs (after migrations), not at module init', async () => {
    const jobs = new ScheduledJobs(envWith({}));
    const runs: number[] = [];
    jobs.register('probe', 60_000, async () => runs.push(runs.length));
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([]); // registered at module init, before migrations: nothing runs yet
    jobs.start();
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([0]);
    jobs.onModuleDestroy();
  });

  it('registers the deletions of personal data unless PERSONAL_DATA_SWEEP is off (tests that drive them themselves)', async () => {
    const runs: string[] = [];
    for (const sweep of ['on', 'off']) {
      const jobs = new ScheduledJobs(envWith({ PERSONAL_DATA_SWEEP: sweep }));
      jobs.registerPersonalDataDeletion(`sweep ${sweep}`, 60_000, async () => runs.push(sweep));
      jobs.start();
      await new Promise((r) => setImmediate(r));
      jobs.onModuleDestroy();
    }
    expect(runs).toEqual(['on']);
  });
});
