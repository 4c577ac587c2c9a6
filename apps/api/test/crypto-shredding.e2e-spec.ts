import { execFileSync } from 'node:child_process';
import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FieldCipher } from '../src/common/crypto/field-cipher';
import { RecordCipher } from '../src/common/crypto/record-cipher';
import { ENV } from '../src/config/config.module';
import { type Env, envWith } from '../src/config/env';
import { BookingPersonalEntity } from '../src/modules/booking-personal/booking-personal.entity';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { BookingPersonalService } from '../src/modules/booking-personal/booking-personal.service';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** A fictional resident whose every detail is unique to this test, so finding any of it anywhere is a leak. */
const CANARY = { name: '架空 金糸雀', kana: 'カクウ カナリア', phone: '0134-77-1357', address: '北海道小樽市金糸雀町7丁目7番' };
const NEEDLES = Object.values(CANARY);

/**
 * ADR 0008 as an auditor would try it: after a record's personal data is deleted, nothing on this machine gives
 * it back — not the database files (SQLite file and WAL) or a MariaDB dump, read raw and decrypted with every key
 * the system holds, and not a dump taken before the deletion.
 */
describe('deleted personal data cannot be restored (crypto-shredding)', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z'));
  let t: TestApp;
  let env: Env;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    env = t.app.get<Env>(ENV);
  });
  afterAll(() => t.close());

  /** The raw bytes an attacker with a copy of the data folder or a backup would have. */
  function rawDatabase(): Buffer {
    if (!env.DATABASE_URL) {
      const files = [env.SQLITE_PATH, `${env.SQLITE_PATH}-wal`, `${env.SQLITE_PATH}-journal`].filter((f) => fs.existsSync(f));
      return Buffer.concat(files.map((f) => fs.readFileSync(f)));
    }
    const url = new URL(env.DATABASE_URL);
    const tool = ['/usr/bin/mariadb-dump', '/usr/bin/mysqldump'].find((f) => fs.existsSync(f));
    if (!tool) throw new Error('mariadb-dump or mysqldump is needed to test what a MariaDB backup keeps');
    const args = ['-h', url.hostname, '-P', url.port || '3306', '-u', decodeURIComponent(url.username), '--single-transaction', '--hex-blob', url.pathname.slice(1)];
    return execFileSync(tool, args, { env: { ...process.env, MYSQL_PWD: decodeURIComponent(url.password) }, maxBuffer: 256 * 1024 * 1024 });
  }

  /** Every key the system holds: the master key(s) and every data key left in the key store, unwrapped. */
  function everyKey(): { master: FieldCipher; dataKeys: Array<{ recordId: string; key: Buffer }> } {
    const master = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: env.DATA_ENCRYPTION_KEYS, DATA_KEY_FILE: env.DATA_KEY_FILE }));
    const dataKeys = fs
      .readdirSync(env.DATA_KEY_STORE_DIR)
      .filter((f) => f.endsWith('.key'))
      .map((f) => ({ recordId: f.slice(0, -4), key: Buffer.from(master.decrypt(fs.readFileSync(path.join(env.DATA_KEY_STORE_DIR, f), 'utf8').trim()), 'base64') }));
    return { master, dataKeys };
  }

  /** Finds every ciphertext in the bytes and decrypts what any key can: the plain texts recovered. */
  function recover(bytes: Buffer): string[] {
    const text = bytes.toString('latin1');
    const { master, dataKeys } = everyKey();
    const out: string[] = [];
    for (const [token] of text.matchAll(/v1\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+/g)) {
      try {
        out.push(master.decrypt(token));
      } catch {
        // not readable with the master key
      }
    }
    for (const [token] of text.matchAll(/r1\.([\w-]+)\.([\w-]+)\.([\w-]+)/g)) {
      const [, iv, tag, data] = token.split('.');
      for (const { recordId, key } of dataKeys) {
        try {
          const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
          d.setAAD(Buffer.from(recordId, 'utf8'));
          d.setAuthTag(Buffer.from(tag, 'base64url'));
          out.push(Buffer.concat([d.update(Buffer.from(data, 'base64url')), d.final()]).toString('utf8'));
        } catch {
          // another record's key
        }
      }
    }
    return out;
  }

  const leaks = (plain: string[] | Buffer) => {
    const haystack = Buffer.isBuffer(plain) ? plain.toString('utf8') : plain.join('\n');
    return NEEDLES.filter((n) => haystack.includes(n));
  };

  it(`create → share → visit → delete: the canary is found nowhere, not even in a dump taken before (${process.env.TEST_DATABASE_URL ? 'MariaDB' : 'SQLite'})`, async () => {
    const staff = await login(t, DEMO.vendorStaff);
    const manager = await login(t, DEMO.vendorManager);
    const programId = t.ids.programs.otaru;
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } })).body.offers[0];
    const booked = await t.http
      .post(`/api/programs/${programId}/bookings`)
      .set('Cookie', staff)
      .send(homeBooking(intake({}, CANARY), { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    const id: string = booked.body.id;
    const week = new Date(`${offer.date}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() - ((week.getUTCDay() + 6) % 7));
    expect((await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', manager).send({ weekStart: week.toISOString().slice(0, 10) })).status).toBe(200);
    clock.set(new Date(`${offer.date}T08:00:00Z`));
    const staffOnTheDay = await login(t, DEMO.vendorStaff);
    const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.body.sessionId });
    const held = await t.http
      .put(`/api/sessions/${session.id}`)
      .set('Cookie', staffOnTheDay)
      .send({ date: session.date, serviceKind: 'home_visit', place: session.place, method: session.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    expect(held.status).toBe(200);

    // The backup of the night before: the canary is only ciphertext there, readable while its key exists.
    const before = rawDatabase();
    expect(leaks(before)).toEqual([]);
    expect(leaks(recover(before))).toEqual(NEEDLES);

    const deleted = await t.http.post(`/api/bookings/${id}/delete-personal-data`).set('Cookie', await login(t, DEMO.vendorManager));
    expect(deleted.status).toBe(200);
    expect((await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id })).personalDataDeletedAt).not.toBeNull();

    const after = rawDatabase();
    expect(leaks(after)).toEqual([]);
    expect(leaks(recover(after))).toEqual([]);
    expect(leaks(recover(before))).toEqual([]); // the old backup yields nothing once the record's key is gone
    expect(everyKey().dataKeys.map((k) => k.recordId)).not.toContain(id);
    // The other residents' data is still readable with the same keys: the test could have found the canary.
    expect(recover(after).length).toBeGreaterThan(0);
    expect((await t.http.get(`/api/bookings/${id}/personal`).set('Cookie', await login(t, DEMO.vendorManager))).status).toBe(404);
  });

  it('re-seals values written under the master key alone, so that they too can be shredded', async () => {
    const row = await t.dataSource.getRepository(BookingPersonalEntity).findOneOrFail({ where: {} });
    const legacy = t.app.get(FieldCipher).encryptJson({ type: 'home', intake: { applicants: [{ name: CANARY.name }] } });
    await t.dataSource.getRepository(BookingPersonalEntity).update({ bookingId: row.bookingId }, { data: legacy });
    await t.app.get(BookingPersonalService).purgeDue();
    const resealed = (await t.dataSource.getRepository(BookingPersonalEntity).findOneByOrFail({ bookingId: row.bookingId })).data;
    expect(resealed.startsWith('r1.')).toBe(true);
    expect(t.app.get(RecordCipher).open(row.bookingId, resealed)).toEqual({ type: 'home', intake: { applicants: [{ name: CANARY.name }] } });
  });
});
