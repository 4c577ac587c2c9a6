import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The API serves the built dashboard at `/` (app.factory.ts, serveDashboard): index.html for the screens' paths, never
 * cached; the hashed assets cached for a year; other files for an hour. The API's paths are the API's alone: a file
 * the build happens to hold under `api/` never answers in a route's place, and an unknown API path is the API's 404,
 * not the dashboard's page.
 */
describe('the dashboard served beside the API', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.mkdirSync(path.join(dist, 'api'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Outreach Desk</title>');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.info(1);');
    fs.writeFileSync(path.join(dist, 'api', 'health'), 'a stray file');
    fs.writeFileSync(path.join(dist, 'api', 'nothing-here'), 'a stray file');
    t = await createTestApp({ env: { DASHBOARD_DIST: dist } });
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('gives index.html, never cached, at / and at a screen’s deep link', async () => {
    for (const url of ['/', '/bookings/create', '/programs/abc/show']) {
      const res = await t.http.get(url);
      expect([url, res.status, res.headers['cache-control']]).toEqual([url, 200, 'no-cache']);
      expect(res.text).toContain('<title>Outreach Desk</title>');
    }
  });

  it('caches the hashed assets for a year and the other files for an hour', async () => {
    const asset = await t.http.get('/assets/index-abc123.js');
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    const icon = await t.http.get('/favicon.svg');
    expect([icon.status, icon.headers['cache-control']]).toEqual([200, 'public, max-age=3600']);
  });

  it('answers /api paths from the API only: a file under dist/api answers nothing, an unknown route is the API’s 404', async () => {
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toMatch(/application\/json/);
    expect(health.text).not.toContain('a stray file');
    const unknown = await t.http.get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/application\/json/);
    expect(unknown.text).not.toContain('a stray file');
    expect(unknown.text).not.toContain('<title>');
  });
});
