#!/usr/bin/env node
// A small, dependency-free load generator for the sizing figures in docs/operations.md: logs in once, then
// keeps `--concurrency` requests in flight for `--seconds` and prints requests per second and latencies.
//
//   node infra/sizing/load.mjs --base http://127.0.0.1:3000 --email viewer@… --password … \
//     --path /api/programs/<id>/dashboard [--method PUT --body '{"sessions":[…]}'] [--seconds 20] [--concurrency 8]
//
// Through nginx with a self-signed certificate: NODE_EXTRA_CA_CERTS=/path/to/cert.pem.
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    base: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    path: { type: 'string' },
    method: { type: 'string', default: 'GET' },
    body: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '3' },
  },
});
for (const k of ['base', 'email', 'password', 'path']) if (!o[k]) throw new Error(`--${k} is required`);

const login = await fetch(`${o.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: o.base }, body: JSON.stringify({ email: o.email, password: o.password }) });
if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('od_session=')).split(';')[0];
const headers = { cookie, origin: o.base, ...(o.body ? { 'content-type': 'application/json' } : {}) };

async function once() {
  const started = performance.now();
  const res = await fetch(`${o.base}${o.path}`, { method: o.method, headers, body: o.body });
  await res.arrayBuffer();
  return { ms: performance.now() - started, ok: res.ok, status: res.status };
}

async function run(seconds) {
  const until = performance.now() + seconds * 1000;
  const results = [];
  await Promise.all(
    Array.from({ length: Number(o.concurrency) }, async () => {
      while (performance.now() < until) results.push(await once());
    }),
  );
  return results;
}

await run(Number(o.warmup));
const started = performance.now();
const results = await run(Number(o.seconds));
const elapsed = (performance.now() - started) / 1000;
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))].toFixed(1);
const failed = results.filter((r) => !r.ok);
console.log(
  JSON.stringify({
    path: o.path,
    method: o.method,
    concurrency: Number(o.concurrency),
    seconds: Number(elapsed.toFixed(1)),
    requests: results.length,
    rps: Number((results.length / elapsed).toFixed(1)),
    p50: Number(pct(50)),
    p95: Number(pct(95)),
    failed: failed.length,
    ...(failed.length ? { statuses: [...new Set(failed.map((f) => f.status))] } : {}),
  }),
);
