import { DEMO_LOGINS } from '../src/database/seed/demo-seed';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ROUTE_ALLOW } from '../src/common/auth/decorators';
import { createTestApp, DEMO, FixedClock, handlingTargets, login, type TestApp } from './support/test-app';

describe('API conventions', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t, DEMO.admin);
  });
  afterAll(() => t.close());

  it('reports health with the database kind', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? process.env.TEST_DATABASE_URL.split(':')[0] : 'sqlite' });
  });

  it('publishes an OpenAPI document built from the same zod schemas the routes validate with', async () => {
    const doc = await t.http.get('/api/docs-json');
    expect(doc.status).toBe(200);
    const body = doc.body.paths['/api/municipalities'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['code', 'name', 'prefecture']));
    expect(body.properties.code.pattern).toBe('^\\d{6}$');
    const ui = await t.http.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.(com|net|org|io)\/[^"']*\.(js|css)/i);
  });

  it('documents every 2xx response body in /api/docs from the domain\'s view schemas', async () => {
    const doc = (await t.http.get('/api/docs-json')).body as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>> };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        if (!success.length) missing.push(route);
        for (const [status, response] of success) {
          // 204 No Content has no body to describe.
          if (status === '204') continue;
          const schemas = Object.values(response.content ?? {}).map((c) => c.schema);
          if (!schemas.length || schemas.some((s) => !s || !Object.keys(s).length)) missing.push(route);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every route say who may call it (the guard answers a route that does not with 403)', () => {
    const routes: string[] = [];
    const undeclared: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const controller of module.controllers.values()) {
        const prototype = (controller.metatype as { prototype: object }).prototype;
        for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
          for (const name of Object.getOwnPropertyNames(p)) {
            const handler = (p as Record<string, unknown>)[name];
            if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
            routes.push(`${controller.name}.${name}`);
            if (Reflect.getMetadata(ROUTE_ALLOW, handler) === undefined) undeclared.push(`${controller.name}.${name}`);
          }
        }
      }
    }
    expect(routes.length).toBeGreaterThan(150);
    expect(undeclared).toEqual([]);
  });

  it('speaks react-admin simple-rest: a bare array, X-Total-Count, sort, range and getMany', async () => {
    const res = await t.http.get('/api/users').query({ sort: '["email","DESC"]', range: '[0,2]' }).set('Cookie', admin);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(3);
    expect(Number(res.headers['x-total-count'])).toBe(DEMO_LOGINS.length); // every demo login, in the system admin's list
    const emails = res.body.map((u: { email: string }) => u.email);
    expect(emails).toEqual([...emails].sort().reverse());
    expect(res.body[0]).not.toHaveProperty('passwordHash');

    const ids = res.body.slice(0, 2).map((u: { id: string }) => u.id);
    const many = await t.http.get('/api/users').query({ filter: JSON.stringify({ id: ids }) }).set('Cookie', admin);
    expect(many.body.map((u: { id: string }) => u.id).sort()).toEqual([...ids].sort());
  });

  it('refuses sorting or filtering on fields the resource does not offer, naming the field', async () => {
    const sort = await t.http.get('/api/users').query({ sort: '["passwordHash","ASC"]' }).set('Cookie', admin);
    expect(sort.status).toBe(400);
    expect(sort.body.message).toContain('passwordHash');
    expect(sort.body.errors.sort).toBeDefined();
    const filter = await t.http.get('/api/users').query({ filter: '{"passwordHash":"x"}' }).set('Cookie', admin);
    expect(filter.status).toBe(400);
    expect(filter.body.errors.passwordHash).toBeDefined();
  });

  it('answers bad input with the field and a Japanese message, and duplicates with a 409', async () => {
    const bad = await t.http.post('/api/municipalities').set('Cookie', admin).send({ code: '12345', name: '', prefecture: '北海道' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.code).toBe('全国地方公共団体コード（6桁の数字）を入力してください');
    expect(bad.body.errors.name).toBe('入力してください');

    const checkDigit = await t.http.post('/api/municipalities').set('Cookie', admin).send({ code: '012034', name: '架空市', prefecture: '北海道' });
    expect(checkDigit.body.errors.code).toBe('検査数字が一致しません');

    const dup = await t.http.post('/api/municipalities').set('Cookie', admin).send({ code: '012033', name: '小樽市', prefecture: '北海道' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors.code).toContain('すでに登録');

    const created = await t.http.post('/api/municipalities').set('Cookie', admin).send({ code: '011002', name: '札幌市', prefecture: '北海道' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '011002', name: '札幌市' });
    // The city reads the system administrator's change of its own record by its name (the handling record's words).
    const otaru = t.ids.municipalities.otaru;
    expect((await t.http.put(`/api/municipalities/${otaru}`).set('Cookie', admin).send({ code: '012033', name: '小樽市', prefecture: '北海道' })).status).toBe(200);
    expect(await handlingTargets(t, await login(t, DEMO.otaruAdmin), 'municipality', otaru)).toEqual(['小樽市']);
  });

  it('keeps unknown routes, broken JSON and oversize bodies in the same error shape', async () => {
    const missing = await t.http.get('/api/no-such-thing').set('Cookie', admin);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: '対象のデータが見つかりません', errors: {} });

    const broken = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('リクエストの形式が正しくありません');

    const huge = await t.http.post('/api/auth/login').send({ email: 'a@example.jp', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('データが大きすぎます');
  });

  it('sends security headers and no framework banner', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the API’s clock on every answer', () => {
  it('sends its own now (not the machine’s) as X-Server-Time, also on a refusal, so the dashboard’s today is the API’s', async () => {
    const t = await createTestApp({ clock: new FixedClock(new Date('2026-11-19T00:30:00.000Z')) });
    try {
      const answers = [await t.http.get('/api/health'), await t.http.get('/api/programs'), await t.http.get('/api/no-such-thing')];
      expect(answers.map((r) => r.status)).toEqual([200, 401, 404]);
      expect(answers.map((r) => r.headers['x-server-time'])).toEqual(Array(3).fill('2026-11-19T00:30:00.000Z'));
    } finally {
      await t.close();
    }
  });
});

describe('health when the database is gone', () => {
  it('answers 503 with the database kind', async () => {
    const t = await createTestApp();
    await t.app.get(DataSource).destroy();
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('unavailable');
    await t.app.close().catch(() => undefined);
  });
});
