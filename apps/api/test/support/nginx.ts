import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/env';

/**
 * nginx in front of API processes, as infra/nginx deploys it, for the multi-instance test and the morning-rush
 * bench (apps/api/bench/rush.bench.ts).
 */
export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * What every instance of one deployment shares (operations.md, "Several instances"): the database, Redis under one
 * key prefix, the report-job, photo and key-store directories (here under `dir`), one data key, one proxy hop.
 */
export function sharedInstanceEnv(dir: string, databaseUrl: string, redisUrl: string, redisKeyPrefix: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    REPORT_JOB_DIR: path.join(dir, 'report-jobs'),
    PHOTO_DIR: path.join(dir, 'photos'),
    DATA_KEY_STORE_DIR: path.join(dir, 'keys'),
    DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    TRUST_PROXY: '1',
  };
}

export interface NginxPorts {
  /** The API instances, in upstream.conf's order (one or two). */
  upstreams: number[];
  https: number;
  http: number;
}

/**
 * Runs infra/nginx/outreach-desk.conf as it is, with only its listen ports, certificate directory and upstream
 * file replaced (upstream.conf's second server line removed for a single instance, as its comment says), under
 * its own prefix in `dir` (the system's nginx is not touched), with a self-signed certificate in
 * `dir/tls/outreach-desk.crt`. The access log (`dir/access.log`) says "METHOD URI STATUS UPSTREAM END UPSTREAM-SECONDS" per request (END: epoch seconds).
 * Returns the master's pid.
 */
export async function startNginx(dir: string, ports: NginxPorts): Promise<number> {
  if (!NGINX) throw new Error('nginx is not installed');
  if (ports.upstreams.length < 1 || ports.upstreams.length > 2) throw new Error('upstream.conf lists one or two instances');
  fs.mkdirSync(path.join(dir, 'tls'));
  const tls = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'tls/outreach-desk.key'), '-out', path.join(dir, 'tls/outreach-desk.crt')]);
  if (tls.status !== 0) throw new Error(`openssl: ${tls.stderr.toString()}`);
  let site = fs.readFileSync(path.join(REPO_ROOT, 'infra/nginx/outreach-desk.conf'), 'utf8');
  const replace = (from: string, to: string) => {
    if (!site.includes(from)) throw new Error(`infra/nginx/outreach-desk.conf no longer contains "${from}"`);
    site = site.split(from).join(to);
  };
  replace('include /etc/nginx/outreach-desk/upstream.conf;', `include ${dir}/upstream.conf;`);
  replace('listen 80;', `listen 127.0.0.1:${ports.http};`);
  replace('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`);
  replace('/etc/nginx/tls/', `${dir}/tls/`);
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const [a, b] = ports.upstreams;
  let upstream = fs.readFileSync(path.join(REPO_ROOT, 'infra/nginx/upstream.conf'), 'utf8').replace('127.0.0.1:3001', `127.0.0.1:${a}`);
  upstream = b === undefined ? upstream.replace(/^.*127\.0\.0\.1:3002.*\n/m, '') : upstream.replace('127.0.0.1:3002', `127.0.0.1:${b}`);
  fs.writeFileSync(path.join(dir, 'upstream.conf'), upstream);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n  ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  ${temp}
  log_format upstreams '$request_method $uri $status $upstream_addr $msec $upstream_response_time';
  access_log ${dir}/access.log upstreams;
  include ${dir}/site.conf;
}
`,
  );
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const started = spawnSync(NGINX, args, { encoding: 'utf8' }); // daemonizes; the master's pid is in nginx.pid
  if (started.status !== 0) throw new Error(`nginx: ${started.stderr}`);
  for (let i = 0; i < 50 && !fs.existsSync(path.join(dir, 'nginx.pid')); i++) await new Promise((r) => setTimeout(r, 100));
  return Number(fs.readFileSync(path.join(dir, 'nginx.pid'), 'utf8').trim());
}
