import { IsNull } from 'typeorm';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** What a hostile page or a careless client tries at the HTTP level: cross-site writes, forged addresses, caches, stale sessions. */
describe('HTTP hardening', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-11-20T01:00:00Z')), env: { TRUST_PROXY: '1', CORS_ORIGINS: 'https://partner.example.lg.jp' } });
    admin = await login(t, DEMO.otaruAdmin);
  });
  afterAll(() => t.close());

  describe('cross-site writes', () => {
    const evil = 'https://evil.example';

    it('refuses a write whose browser says it comes from another site, with a Japanese message', async () => {
      const users = await t.http.get('/api/users').set('Cookie', admin);
      const viewer = users.body.find((u: { email: string }) => u.email === DEMO.otaruViewer);
      const res = await t.http.put(`/api/users/${viewer.id}`).set('Cookie', admin).set('Origin', evil).send({ role: 'city_admin' });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ message: expect.stringContaining('別のサイト'), errors: {} });
      const bySite = await t.http.put(`/api/users/${viewer.id}`).set('Cookie', admin).set('Sec-Fetch-Site', 'cross-site').send({ role: 'city_admin' });
      expect(bySite.status).toBe(403);
      const after = await t.http.get(`/api/users/${viewer.id}`).set('Cookie', admin);
      expect(after.body.role).toBe('city_viewer');
    });

    it('refuses form encodings on every write, even without an Origin (what a <form> can send without a preflight)', async () => {
      const form = await t.http.post('/api/inquiries').set('Cookie', admin).type('form').send({ summary: 'x' });
      expect(form.status).toBe(415);
      expect(form.body.message).toContain('JSON');
      const text = await t.http.post('/api/auth/logout').set('Cookie', admin).set('Content-Type', 'text/plain').send('x');
      expect(text.status).toBe(415);
      expect((await t.http.get('/api/auth/me').set('Cookie', admin)).status).toBe(200);
    });

    it('refuses logout and report jobs from another site too', async () => {
      const logout = await t.http.post('/api/auth/logout').set('Cookie', admin).set('Origin', evil).set('Sec-Fetch-Site', 'cross-site');
      expect(logout.status).toBe(403);
      expect((await t.http.get('/api/auth/me').set('Cookie', admin)).status).toBe(200);
      const job = await t.http.post(`/api/programs/${t.ids.programs.otaru}/report-jobs`).set('Cookie', admin).set('Origin', evil).send({ kind: 'completion' });
      expect(job.status).toBe(403);
    });

    it('accepts the dashboard (same origin), a configured origin, and clients that are not browsers', async () => {
      const sameHost = await t.http.post('/api/auth/login').set('Host', 'desk.example.lg.jp').set('Origin', 'https://desk.example.lg.jp').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      expect(sameHost.status).toBe(200); // a browser without Sec-Fetch-Site, on the API's own origin
      const same = await t.http.post('/api/auth/login').set('Sec-Fetch-Site', 'same-origin').set('Origin', 'http://localhost:5173').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      expect(same.status).toBe(200); // the Vite dev server's proxy: the browser calls it same-origin
      const listed = await t.http.post('/api/auth/login').set('Sec-Fetch-Site', 'cross-site').set('Origin', 'https://partner.example.lg.jp').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      expect(listed.status).toBe(200);
      const plain = await t.http.post('/api/auth/login').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      expect(plain.status).toBe(200);
    });

    it('answers CORS only for configured origins', async () => {
      const listed = await t.http.options('/api/auth/me').set('Origin', 'https://partner.example.lg.jp').set('Access-Control-Request-Method', 'GET');
      expect(listed.headers['access-control-allow-origin']).toBe('https://partner.example.lg.jp');
      const dev = await t.http.options('/api/auth/me').set('Origin', 'http://localhost:5173').set('Access-Control-Request-Method', 'GET');
      expect(dev.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('client addresses behind TRUST_PROXY=1', () => {
    const fail = (forwarded: string, i: number) => t.http.post('/api/auth/login').set('X-Forwarded-For', forwarded).send({ email: `guess${i}@example.jp`, password: 'wrong-password-x' });

    it('throttles a client that writes a new address into X-Forwarded-For on every request', async () => {
      // The proxy appends the address it saw; whatever the client wrote before it is not believed.
      for (let i = 0; i < 22; i++) await fail(`203.0.113.${i}, 198.51.100.77`, i);
      const next = await t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.250, 198.51.100.77').send({ email: DEMO.otaruViewer, password: 'demo-pass-2026' });
      expect(next.status).toBe(429);
      // The record names the address the proxy saw, not the forged one.
      const rec = await t.dataSource.getRepository(HandlingRecordEntity).findOne({ where: { action: 'auth.login_failed' }, order: { id: 'DESC' } });
      expect(rec?.ip).toBe('198.51.100.77');
    });
  });

  describe('caches', () => {
    it('sends Cache-Control: no-store on personal data and every other API response', async () => {
      const booking = await t.dataSource.getRepository(BookingEntity).findOneOrFail({ where: { programId: t.ids.programs.otaru, personalDataDeletedAt: IsNull() } });
      const staff = await login(t, DEMO.vendorStaff);
      const personal = await t.http.get(`/api/bookings/${booking.id}/personal`).set('Cookie', staff);
      expect(personal.status).toBe(200);
      expect(personal.headers['cache-control']).toBe('no-store');
      for (const path of ['/api/auth/me', '/api/bookings', `/api/bookings/${booking.id}`, '/api/users']) {
        const res = await t.http.get(path).set('Cookie', staff);
        expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
        // Nothing revalidates what is not stored: no entity tag, whose hash of every answer cost the API's thread.
        expect([path, res.headers.etag]).toEqual([path, undefined]);
      }
    });

    it('answers JSON as UTF-8 of its exact length, written in pieces or not (lists, the dashboard, an error)', async () => {
      const programId = t.ids.programs.otaru as string;
      for (const path of ['/api/programs', `/api/programs/${programId}/dashboard`, '/api/auth/me', '/api/programs/00000000-0000-4000-8000-000000000000']) {
        const res = await t.http.get(path).set('Cookie', admin).buffer(true).parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
        const bytes = res.body as Buffer;
        expect([path, res.headers['content-type']]).toEqual([path, 'application/json; charset=utf-8']);
        expect([path, Number(res.headers['content-length'])]).toEqual([path, bytes.length]);
        // Valid JSON, the same text once parsed and written again: nothing cut at a piece's edge.
        expect(JSON.stringify(JSON.parse(bytes.toString('utf8')))).toBe(bytes.toString('utf8'));
      }
    });
  });

  describe('sessions', () => {
    it('a password change ends every other session of the user and keeps the current one', async () => {
      const here = await login(t, DEMO.vendorManager);
      const elsewhere = await login(t, DEMO.vendorManager);
      const changed = await t.http.post('/api/auth/password').set('Cookie', here).send({ currentPassword: 'demo-pass-2026', newPassword: 'a-much-longer-pass-2027' });
      expect(changed.status).toBe(204);
      expect((await t.http.get('/api/auth/me').set('Cookie', here)).status).toBe(200);
      expect((await t.http.get('/api/auth/me').set('Cookie', elsewhere)).status).toBe(401);
    });

    it('a reset by the administrator and a deactivation end every session of the user', async () => {
      const viewer = await login(t, DEMO.otaruViewer);
      const users = await t.http.get('/api/users').set('Cookie', admin);
      const id = users.body.find((u: { email: string }) => u.email === DEMO.otaruViewer).id;
      expect((await t.http.post(`/api/users/${id}/reset-password`).set('Cookie', admin)).status).toBe(200);
      expect((await t.http.get('/api/auth/me').set('Cookie', viewer)).status).toBe(401);

      const staff = await login(t, DEMO.vendorStaff);
      const manager = await login(t, DEMO.vendorManager, 'a-much-longer-pass-2027');
      const staffId = (await t.http.get('/api/users').set('Cookie', manager)).body.find((u: { email: string }) => u.email === DEMO.vendorStaff).id;
      expect((await t.http.put(`/api/users/${staffId}`).set('Cookie', manager).send({ active: false })).status).toBe(200);
      expect((await t.http.get('/api/auth/me').set('Cookie', staff)).status).toBe(401);
    });
  });
});
