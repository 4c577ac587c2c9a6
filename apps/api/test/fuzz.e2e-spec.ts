import { type JsonSchema, malformedBodies, malformedQueries, random } from './support/fuzz';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * Every write route of the OpenAPI document × malformed bodies, and every GET route × malformed queries: no
 * answer is a 5xx, and every 4xx is { message, errors } with a Japanese message. Routes come from the document,
 * so a new route is covered without editing this file. FUZZ_SEED replays a run; the sample per route keeps it
 * well under a minute per database.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Routes whose success would end the fuzzing sessions. */
const SKIP = new Set(['POST /api/auth/logout']);

interface Operation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  parameters?: Array<{ in: string; name: string }>;
}

describe('fuzzing every route from the OpenAPI document', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const LOGINS = { vendor_manager: DEMO.vendorManager, city_admin: DEMO.otaruAdmin, system_admin: DEMO.admin } as const;
  type Who = keyof typeof LOGINS;
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-11-20T01:00:00Z')) });
    for (const [role, email] of Object.entries(LOGINS)) cookies[role] = await login(t, email);
    paths = (await t.http.get('/api/docs-json')).body.paths;
  });
  afterAll(() => t.close());

  async function send(method: string, path: string, who: Who | undefined, body?: string) {
    const go = () => {
      const req = t.http[method as 'get'](path);
      if (who) void req.set('Cookie', cookies[who]);
      return body === undefined ? req : req.set('Content-Type', 'application/json').send(body);
    };
    let res = await go();
    // A fuzzed write may change the fuzzing user itself (a role, a password reset): sign in again and repeat.
    if (res.status === 401 && who) {
      cookies[who] = await login(t, LOGINS[who]);
      res = await go();
    }
    return res;
  }

  /** The first listed id of the resource a path is about (`/api/calls/{id}` → GET /api/calls), or a random one. */
  async function fill(path: string, who: Who): Promise<string> {
    let out = path.replace('{programId}', t.ids.programs.otaru);
    if (out.includes('{id}')) {
      const list = out.slice(0, out.indexOf('/{id}'));
      const res = await send('get', list, who);
      const first = Array.isArray(res.body) ? (res.body[0] as { id?: string } | undefined)?.id : undefined;
      out = out.replace('{id}', first ?? '00000000-0000-4000-8000-000000000000');
    }
    return out;
  }

  /** The first role that gets past authentication and authorization (its answer to an empty body is not 401/403). */
  async function actor(method: string, path: string, hasBody: boolean): Promise<{ who: Who; url: string } | undefined> {
    for (const who of Object.keys(LOGINS) as Who[]) {
      const url = await fill(path, who);
      const res = await send(method, url, who, hasBody ? '{}' : undefined);
      if (res.status !== 401 && res.status !== 403) return { who, url };
    }
    return undefined;
  }

  /** Variants that no route may accept: a 2xx means garbage was stored. */
  const MUST_REFUSE = /impossible date|five-digit year|control and bidi|100k elements|huge string|deep nesting/;

  function check(failures: string[], label: string, res: { status: number; body: unknown }, body = false) {
    if (body && res.status < 300 && MUST_REFUSE.test(label)) failures.push(`${label} → ${res.status}: accepted`);
    else if (res.status >= 500) failures.push(`${label} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    else if (res.status >= 400) {
      const b = res.body as { message?: unknown; errors?: unknown };
      if (typeof b?.message !== 'string' || !JAPANESE.test(b.message) || typeof b.errors !== 'object' || b.errors === null) {
        failures.push(`${label} → ${res.status} not {message (ja), errors}: ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
  }

  it('never answers a malformed body with a 5xx, and explains every refusal in Japanese', async () => {
    const rnd = random(SEED);
    const failures: string[] = [];
    let requests = 0;
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema || SKIP.has(`${method.toUpperCase()} ${path}`)) continue;
        const target = await actor(method, path, true);
        if (!target) continue;
        for (const variant of malformedBodies(schema, t.ids.programs.otaru, rnd, 4)) {
          const res = await send(method, target.url, target.who, variant.json);
          requests++;
          check(failures, `${method.toUpperCase()} ${path} as ${target.who}: ${variant.name}`, res, true);
        }
      }
    }
    console.log(`fuzz (seed ${SEED}): ${requests} malformed bodies`);
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers a malformed query with a 5xx, and explains every refusal in Japanese', async () => {
    const rnd = random(SEED + 1);
    const failures: string[] = [];
    let requests = 0;
    for (const [path, ops] of Object.entries(paths)) {
      const op = ops.get;
      if (!op || path.startsWith('/api/docs')) continue;
      const target = await actor('get', path, false);
      if (!target) continue;
      const declared = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const q of malformedQueries(declared, rnd, 3)) {
        const res = await send('get', `${target.url}?${q.query}`, target.who);
        requests++;
        check(failures, `GET ${path}?${q.name} as ${target.who}`, res);
      }
    }
    console.log(`fuzz (seed ${SEED}): ${requests} malformed queries`);
    expect(failures).toEqual([]);
  }, 300_000);
});
