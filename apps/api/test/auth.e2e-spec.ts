import { IsNull } from 'typeorm';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { totp } from '../src/modules/auth/totp';
import { UserEntity } from '../src/modules/users/user.entity';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

describe('authentication', () => {
  const clock = new FixedClock(new Date('2026-06-17T00:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    // Behind a proxy, so each test can come from its own address (X-Forwarded-For).
    t = await createTestApp({ clock, env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  it('opens an httpOnly, SameSite=Lax session and tells who is signed in; logout ends it', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'City-Admin@Otaru.example.jp', password: 'demo-pass-2026' });
    expect(res.status).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/od_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];

    const me = await t.http.get('/api/auth/me').set('Cookie', cookie);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: DEMO.otaruAdmin, role: 'city_admin', municipality: { code: '012033', name: '小樽市' }, organization: { kind: 'city' } });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['report.accept', 'handling_record.read']));
    expect(me.body.permissions).not.toContain('municipality.manage');

    expect((await t.http.post('/api/auth/logout').set('Cookie', cookie)).status).toBe(204);
    expect((await t.http.get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('answers the session probe with 200 whether or not someone is signed in, and only for a valid login', async () => {
    const anonymous = await t.http.get('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ user: null });
    expect((await t.http.get('/api/auth/session').set('Cookie', 'od_session=forged-token')).body).toEqual({ user: null });

    const cookie = await login(t, DEMO.otaruViewer);
    const signedIn = await t.http.get('/api/auth/session').set('Cookie', cookie);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toEqual((await t.http.get('/api/auth/me').set('Cookie', cookie)).body);

    await t.http.post('/api/auth/logout').set('Cookie', cookie);
    expect((await t.http.get('/api/auth/session').set('Cookie', cookie)).body).toEqual({ user: null });
  });

  it('ends a login at its expiry, and refuses one whose account was made inactive behind the API’s back', async () => {
    const started = clock.now();
    try {
      const res = await t.http.post('/api/auth/login').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      const setCookie = String(res.headers['set-cookie']);
      const cookie = setCookie.split(';')[0];
      // The login lasts as long as the cookie says.
      const expiresAt = started.getTime() + Number(/Max-Age=(\d+)/i.exec(setCookie)![1]) * 1000;
      clock.set(new Date(expiresAt - 1));
      const me = await t.http.get('/api/auth/me').set('Cookie', cookie);
      expect([me.status, me.body.email, me.body.role, me.body.organization?.kind, me.body.municipality?.code]).toEqual([200, DEMO.otaruViewer, 'city_viewer', 'city', '012033']);
      clock.set(new Date(expiresAt));
      expect((await t.http.get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);

      clock.set(started);
      const again = await login(t, DEMO.otaruViewer);
      const id = t.ids.users[DEMO.otaruViewer];
      // A script or another instance's write: the login row stays, the account is not active.
      await t.dataSource.getRepository(UserEntity).update({ id }, { active: false });
      try {
        expect((await t.http.get('/api/auth/me').set('Cookie', again)).status).toBe(401);
      } finally {
        await t.dataSource.getRepository(UserEntity).update({ id }, { active: true });
      }
      expect((await t.http.get('/api/auth/me').set('Cookie', again)).status).toBe(200);
    } finally {
      clock.set(started);
    }
  });

  it('remembers the program a user works on, for them only, and refuses one they do not see with a 404', async () => {
    const programs = await t.dataSource.getRepository(ProgramEntity).find({ order: { periodStart: 'ASC' } });
    const [otaru, shimonoseki] = [programs.find((p) => p.title.startsWith('小樽'))!, programs.find((p) => p.title.startsWith('下関'))!];
    const admin = await login(t, DEMO.otaruAdmin);
    expect((await t.http.get('/api/auth/me').set('Cookie', admin)).body.currentProgramId).toBeNull();

    const foreign = await t.http.put('/api/auth/me/program').set('Cookie', admin).send({ programId: shimonoseki.id });
    expect(foreign.status).toBe(404);
    const invalid = await t.http.put('/api/auth/me/program').set('Cookie', admin).send({ programId: 'otaru' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.programId).toBe('事業を選択してください');

    expect((await t.http.put('/api/auth/me/program').set('Cookie', admin).send({ programId: otaru.id })).status).toBe(204);
    // Remembered on the server: a new login (another browser) finds it; another user seeing the same program does not.
    expect((await t.http.get('/api/auth/me').set('Cookie', await login(t, DEMO.otaruAdmin))).body.currentProgramId).toBe(otaru.id);
    expect((await t.http.get('/api/auth/me').set('Cookie', await login(t, DEMO.otaruViewer))).body.currentProgramId).toBeNull();
  });

  it('answers a remembered program only while the person still sees it, and who they are with their city', async () => {
    const programs = await t.dataSource.getRepository(ProgramEntity).find({ order: { periodStart: 'ASC' } });
    const [otaru, shimonoseki] = [programs.find((p) => p.title.startsWith('小樽'))!, programs.find((p) => p.title.startsWith('下関'))!];
    const me = async (cookie: string) => (await t.http.get('/api/auth/me').set('Cookie', cookie)).body as { currentProgramId: string | null; organization: { name: string; kind: string }; municipality: { name: string; code: string } | null };
    const sql = (text: string, params: unknown[]) => t.dataSource.query(text, params);
    // A vendor taken off the program it had chosen: no longer its current program; put back, it is again.
    const manager = await login(t, DEMO.vendorManager);
    expect((await t.http.put('/api/auth/me/program').set('Cookie', manager).send({ programId: otaru.id })).status).toBe(204);
    const vendor = ((await sql('SELECT organization_id AS o FROM app_user WHERE email = ?', [DEMO.vendorManager])) as Array<{ o: string }>)[0].o;
    await sql('DELETE FROM program_vendor WHERE program_id = ? AND organization_id = ?', [otaru.id, vendor]);
    try {
      expect((await me(manager)).currentProgramId).toBeNull();
    } finally {
      await sql('INSERT INTO program_vendor (program_id, organization_id) VALUES (?, ?)', [otaru.id, vendor]);
    }
    const back = await me(manager);
    expect(back).toMatchObject({ currentProgramId: otaru.id, organization: { kind: 'vendor' }, municipality: null });
    // A city user whose remembered program is another city's (written past the API): none.
    const admin = await login(t, DEMO.otaruAdmin);
    await sql('UPDATE app_user SET current_program_id = ? WHERE email = ?', [shimonoseki.id, DEMO.otaruAdmin]);
    const city = await me(admin);
    expect(city.currentProgramId).toBeNull();
    expect(city.organization.kind).toBe('city');
    expect(city.municipality?.name).toMatch(/小樽/);
    expect(city.municipality?.code).toMatch(/^\d{6}$/);
  });

  it('gives the same generic message for a wrong password and an unknown e-mail', async () => {
    const wrong = await t.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.1').send({ email: DEMO.otaruViewer, password: 'not-the-password' });
    const unknown = await t.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.1').send({ email: 'nobody@example.jp', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ message: 'メールアドレスまたはパスワードが正しくありません', errors: {} });
    expect(unknown.body).toEqual(wrong.body);
  });

  it("answers a user creation alike for another tenant's address and an unknown one; each account opens with its own password", async () => {
    // Vendor B's manager adds a user whose address exists at Otaru's city and one nobody uses: both are 201, alike.
    const manager = await login(t, DEMO.vendorBManager);
    const create = (email: string) =>
      t.http.post('/api/users').set('Cookie', manager).send({ name: '架空 次郎', email, role: 'vendor_staff', password: 'another-long-pass-2026' });
    const taken = await create(DEMO.otaruViewer);
    const fresh = await create('someone-new@vendor-b.example.jp');
    expect([taken.status, fresh.status]).toEqual([201, 201]);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    // Within the manager's own organization the address is known to them anyway: that one is a 409 on the field.
    const again = await create('someone-new@vendor-b.example.jp');
    expect(again.status).toBe(409);
    expect(again.body.errors.email).toContain('すでに登録');
    // Both holders of the address sign in to their own account, chosen by the password.
    const city = await t.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.40').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
    const vendor = await t.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.40').send({ email: DEMO.otaruViewer, password: 'another-long-pass-2026' });
    expect(city.body.user.role).toBe('city_viewer');
    expect(vendor.body.user.role).toBe('vendor_staff');
    const wrong = await t.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.41').send({ email: DEMO.otaruViewer, password: 'neither-of-them' });
    expect(wrong.status).toBe(401);
  });

  it('slows repeated failures with a growing delay, and lets the real user in once it passes', async () => {
    const email = DEMO.vendorStaff;
    const attempt = (password: string) => t.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.7').send({ email, password });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password-x')).status).toBe(401);
    const blocked = await attempt('demo-pass-2026');
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/\d+秒後に再度お試しください/);
    expect(blocked.body.retryAfterSeconds).toBe(1);

    clock.advance(1_500);
    expect((await attempt('wrong-password-x')).status).toBe(401); // 6th failure: 2 s
    expect((await attempt('demo-pass-2026')).body.retryAfterSeconds).toBe(2);
    clock.advance(2_500);
    expect((await attempt('demo-pass-2026')).status).toBe(200); // success clears the counters
    expect((await attempt('wrong-password-x')).status).toBe(401);
  });

  it('never blocks an account for more than a minute, however many failures', async () => {
    const email = DEMO.vendorBManager;
    // Each attempt from another address, as a distributed attacker would.
    for (let i = 0; i < 20; i++) {
      await t.http.post('/api/auth/login').set('X-Forwarded-For', `203.0.113.${i}`).send({ email, password: 'wrong-password-x' });
      clock.advance(61_000);
    }
    const res = await t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.100').send({ email, password: 'wrong-password-x' });
    expect(res.status).toBe(401);
    const blocked = await t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.101').send({ email, password: 'demo-pass-2026' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    clock.advance(61_000);
  });

  it('ends every session of a user at once when an administrator deactivates them', async () => {
    const staffCookie = await login(t, DEMO.vendorStaff);
    const managerCookie = await login(t, DEMO.vendorManager);
    expect((await t.http.get('/api/auth/me').set('Cookie', staffCookie)).status).toBe(200);
    const staffId = t.ids.users[DEMO.vendorStaff];
    const res = await t.http.put(`/api/users/${staffId}`).set('Cookie', managerCookie).send({ active: false });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await t.http.get('/api/auth/me').set('Cookie', staffCookie)).status).toBe(401);
    expect((await t.http.post('/api/auth/login').send({ email: DEMO.vendorStaff, password: 'demo-pass-2026' })).status).toBe(401);
    await t.http.put(`/api/users/${staffId}`).set('Cookie', managerCookie).send({ active: true });
  });

  it('changes a password only with the current one and only to an acceptable one', async () => {
    const cookie = await login(t, DEMO.otaruViewer);
    const wrongCurrent = await t.http.post('/api/auth/password').set('Cookie', cookie).send({ currentPassword: 'nope-nope-nope', newPassword: 'a brand new passphrase' });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body.errors.currentPassword).toBe('現在のパスワードが正しくありません');
    const short = await t.http.post('/api/auth/password').set('Cookie', cookie).send({ currentPassword: 'demo-pass-2026', newPassword: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.errors.newPassword).toContain('12文字以上');
    const own = await t.http.post('/api/auth/password').set('Cookie', cookie).send({ currentPassword: 'demo-pass-2026', newPassword: 'city-viewer-secret' });
    expect(own.body.errors.newPassword).toContain('氏名やメールアドレス');
    expect((await t.http.post('/api/auth/password').set('Cookie', cookie).send({ currentPassword: 'demo-pass-2026', newPassword: 'a brand new passphrase' })).status).toBe(204);
    expect((await t.http.post('/api/auth/login').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' })).status).toBe(401);
    await login(t, DEMO.otaruViewer, 'a brand new passphrase');
  });

  it('enrolls a TOTP second factor and then asks for it at login (fixed clock)', async () => {
    const cookie = await login(t, DEMO.vendorManager);
    const setup = await t.http.post('/api/auth/totp/setup').set('Cookie', cookie);
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toContain(`secret=${setup.body.secret}`);
    const wrong = await t.http.post('/api/auth/totp/enable').set('Cookie', cookie).send({ code: '000000' });
    expect(wrong.status).toBe(totp(setup.body.secret, clock.now()) === '000000' ? 204 : 422);
    expect((await t.http.post('/api/auth/totp/enable').set('Cookie', cookie).send({ code: totp(setup.body.secret, clock.now()) })).status).toBe(204);
    expect((await t.http.get('/api/auth/me').set('Cookie', cookie)).body.totpEnabled).toBe(true);

    const noCode = await t.http.post('/api/auth/login').send({ email: DEMO.vendorManager, password: 'demo-pass-2026' });
    expect(noCode.status).toBe(401);
    expect(noCode.body.totpRequired).toBe(true);
    expect(noCode.body.errors.totp).toBeDefined();
    clock.advance(60_000);
    const withCode = await t.http.post('/api/auth/login').send({ email: DEMO.vendorManager, password: 'demo-pass-2026', totp: totp(setup.body.secret, clock.now()) });
    expect(withCode.status).toBe(200);

    const off = await t.http.post('/api/auth/totp/disable').set('Cookie', cookie).send({ password: 'demo-pass-2026' });
    expect(off.status).toBe(204);
    await login(t, DEMO.vendorManager);
  });

  it('withholds personal data in a program that requires a second factor, until the user enrolls', async () => {
    const enrollmentRequired = async (email: string) => (await t.http.get('/api/auth/me').set('Cookie', await login(t, email))).body.totpEnrollmentRequired;
    expect(await enrollmentRequired(DEMO.vendorStaff)).toBe(false); // no program of theirs asks it yet
    await t.dataSource.getRepository(ProgramEntity).update({ id: t.ids.programs.otaru }, { requireTotp: true });
    // Asked of the people of Otaru's program only: its city and its vendor, not another city or a vendor serving elsewhere.
    expect(await enrollmentRequired(DEMO.otaruAdmin)).toBe(true);
    expect(await enrollmentRequired(DEMO.shimonosekiAdmin)).toBe(false);
    expect(await enrollmentRequired(DEMO.vendorBManager)).toBe(false);
    const booking = await t.dataSource.getRepository(BookingEntity).findOneOrFail({ where: { programId: t.ids.programs.otaru, personalDataDeletedAt: IsNull() } });
    const staff = await login(t, DEMO.vendorStaff);
    const me = await t.http.get('/api/auth/me').set('Cookie', staff);
    expect(me.body.totpEnrollmentRequired).toBe(true);
    const refused = await t.http.get(`/api/bookings/${booking.id}/personal`).set('Cookie', staff);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('二要素認証');
    const viewer = await t.http.get('/api/auth/me').set('Cookie', await login(t, DEMO.otaruViewer, 'a brand new passphrase'));
    expect(viewer.body.totpEnrollmentRequired).toBe(false); // a viewer sees no personal data

    const setup = await t.http.post('/api/auth/totp/setup').set('Cookie', staff);
    await t.http.post('/api/auth/totp/enable').set('Cookie', staff).send({ code: totp(setup.body.secret, clock.now()) });
    expect((await t.http.get(`/api/bookings/${booking.id}/personal`).set('Cookie', staff)).status).toBe(200);
    await t.dataSource.getRepository(ProgramEntity).update({ id: t.ids.programs.otaru }, { requireTotp: false });
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: DEMO.admin });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
  });
});

describe('address throttling', () => {
  it('slows one address that fails on many accounts, without locking the same people out elsewhere', async () => {
    const clock = new FixedClock(new Date('2026-06-17T00:00:00Z'));
    const t = await createTestApp({ clock, env: { TRUST_PROXY: '1' } });
    try {
      const from = (email: string, password = 'wrong-password-x') => t.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.200').send({ email, password });
      for (let i = 0; i < 22; i++) await from(`guess${i}@example.jp`);
      const blocked = await from(DEMO.admin, 'demo-pass-2026');
      expect(blocked.status).toBe(429);
      expect(blocked.body.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // The same person from another address is not affected.
      expect((await t.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.201').send({ email: DEMO.admin, password: 'demo-pass-2026' })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
