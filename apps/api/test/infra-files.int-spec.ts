import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { envSchema } from '../src/config/env';

const ROOT = path.resolve(__dirname, '../../..');
const INFRA = path.join(ROOT, 'infra');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const API_VARIABLES = new Set(Object.keys(envSchema.shape));
const BACKUP_VARIABLES = ['BACKUP_DIR', 'KEY_BACKUP_DIR', 'BACKUP_RETENTION_DAYS', 'KEY_BACKUP_RETENTION_DAYS'];
/** Read by Node itself, not by the API: the production start sets them (start:prod, the unit, the image). */
const NODE_VARIABLES = ['UV_THREADPOOL_SIZE', 'NODE_OPTIONS'];
/** What `start:prod` sets them to (`NODE_OPTIONS="… ${NODE_OPTIONS:-}"`: an operator's own come after). */
const startProd = () => (JSON.parse(read('apps/api/package.json')) as { scripts: Record<string, string> }).scripts['start:prod'];
const productionStart = () => ({
  UV_THREADPOOL_SIZE: /UV_THREADPOOL_SIZE=\$\{UV_THREADPOOL_SIZE:-(\d+)\}/.exec(startProd())?.[1],
  NODE_OPTIONS: /NODE_OPTIONS="([^"$]*?) *\$\{NODE_OPTIONS:-\}"/.exec(startProd())?.[1],
});
/** Paths an operator supplies (certificates), named in docs/operations.md. */
const OPERATOR_PATHS = ['infra/container/tls'];

/**
 * What can be checked of infra/ on a machine without a container engine or systemd running: the files parse,
 * and every path and variable they name exists (docs/operations.md says what was run where).
 */
describe('infra files', () => {
  it('names in .env.example every variable the API reads', () => {
    const documented = new Set([...read('.env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    expect([...API_VARIABLES].filter((v) => !documented.has(v))).toEqual([]);
  });

  it('compose: parses, its API variables exist, its mounted files exist', () => {
    const compose = parse(read('infra/container/compose.yaml'), { merge: true }) as {
      services: Record<string, { environment?: Record<string, string>; volumes?: string[]; build?: { context: string; dockerfile: string } }>;
    };
    expect(Object.keys(compose.services).sort()).toEqual(['api1', 'api2', 'mysql', 'proxy', 'redis']);
    const dir = path.join(INFRA, 'container');
    for (const name of ['api1', 'api2']) {
      const api = compose.services[name];
      expect(Object.keys(api.environment!).filter((v) => !API_VARIABLES.has(v))).toEqual([]);
      expect(api.environment!.REDIS_URL).toBeDefined();
      expect(fs.existsSync(path.join(dir, api.build!.context, api.build!.dockerfile))).toBe(true);
    }
    const mounted = Object.values(compose.services)
      .flatMap((s) => s.volumes ?? [])
      .map((v) => v.split(':')[0])
      .filter((p) => p.startsWith('.'))
      .map((p) => path.relative(ROOT, path.join(dir, p)));
    expect(mounted.length).toBeGreaterThan(0);
    expect(mounted.filter((p) => !fs.existsSync(path.join(ROOT, p)) && !OPERATOR_PATHS.includes(p))).toEqual([]);
    // Every ${VAR} it needs is in the example .env beside it.
    const needed = new Set([...read('infra/container/compose.yaml').matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]));
    const example = new Set([...read('infra/container/env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    expect([...needed].filter((v) => !example.has(v))).toEqual([]);
  });

  it('Dockerfile: what it copies from the tree exists, its variables exist, it runs as a user with a health check', () => {
    const dockerfile = read('infra/container/Dockerfile');
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].map((m) => m[1].trim().split(/\s+/).slice(0, -1)).flat();
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.filter((p) => p !== '.' && !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
    const env = [...dockerfile.matchAll(/^\s+([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(env.filter((v) => !API_VARIABLES.has(v) && !NODE_VARIABLES.includes(v))).toEqual([]);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
    const main = (JSON.parse(read('apps/api/package.json')) as { main: string }).main;
    expect(dockerfile).toContain(`CMD ["node", "apps/api/${main}"]`);
    expect(fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')).toMatch(/node_modules/);
  });

  it('systemd: the unit starts what the API builds, with variables the API reads; systemd-analyze finds nothing', () => {
    const unit = read('infra/systemd/outreach-desk-api@.service');
    const main = (JSON.parse(read('apps/api/package.json')) as { main: string }).main;
    expect(unit).toContain(`ExecStart=/usr/bin/node apps/api/${main}`);
    for (const [, name] of unit.matchAll(/^Environment=([A-Z_]+)=/gm)) expect(API_VARIABLES.has(name) || NODE_VARIABLES.includes(name)).toBe(true);
    const envFile = [...read('infra/systemd/api.env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(envFile.filter((v) => !API_VARIABLES.has(v) && !BACKUP_VARIABLES.includes(v))).toEqual([]);
    expect(read('infra/systemd/outreach-desk-backup.service')).toContain('/opt/outreach-desk/infra/backup/backup.sh');
    const analyze = spawnSync('systemd-analyze', ['--version']);
    if (analyze.status !== 0) {
      console.log('systemd-analyze not installed: the units were only read, not verified');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-units-'));
    fs.copyFileSync(path.join(INFRA, 'systemd/outreach-desk-api@.service'), path.join(dir, 'outreach-desk-api@3001.service'));
    const verify = spawnSync('systemd-analyze', ['verify', path.join(dir, 'outreach-desk-api@3001.service')], { encoding: 'utf8' });
    expect(`${verify.stdout}${verify.stderr}`.split('\n').filter((l) => /outreach-desk/.test(l))).toEqual([]);
  });

  it('the unit and the image start Node as start:prod does (libuv pool, V8 old-space cap)', () => {
    const start = productionStart();
    expect(start.UV_THREADPOOL_SIZE).toBe('8');
    expect(start.NODE_OPTIONS).toMatch(/^--max-old-space-size=\d+$/);
    const unit = read('infra/systemd/outreach-desk-api@.service');
    const dockerfile = read('infra/container/Dockerfile');
    for (const [name, value] of Object.entries(start)) {
      expect(unit).toContain(`\nEnvironment=${name}=${value}\n`);
      expect(dockerfile).toMatch(new RegExp(`^\\s+${name}=${value} \\\\$`, 'm'));
    }
  });

  it('backup scripts: valid bash and executable', () => {
    for (const script of ['backup.sh', 'restore.sh', 'common.sh']) execFileSync('bash', ['-n', path.join(INFRA, 'backup', script)]);
    for (const script of ['backup.sh', 'restore.sh']) expect(fs.statSync(path.join(INFRA, 'backup', script)).mode & 0o111).toBeTruthy();
  });
});
