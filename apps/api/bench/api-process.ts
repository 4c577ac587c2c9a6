import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/env';
import { round } from './stats';

/**
 * The API as its own process, started the way `pnpm start` starts it (`node dist/main.js`, here the bench's own
 * compilation of the same sources), so its resident memory is measured alone.
 */
export const API_MAIN = path.join(__dirname, '..', 'src', 'main.js');

/**
 * The NODE_OPTIONS production starts the API with: those `start:prod` in apps/api/package.json puts before an
 * operator's own (`NODE_OPTIONS="… ${NODE_OPTIONS:-}"`; none if it sets none). The systemd unit and the Dockerfile
 * set the same (test/infra-files.int-spec.ts checks it).
 */
export const PRODUCTION_NODE_OPTIONS = (() => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'apps', 'api', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return /NODE_OPTIONS="([^"$]*?) *\$\{NODE_OPTIONS:-\}"/.exec(pkg.scripts['start:prod'])?.[1] ?? '';
})();

/** VmRSS and VmHWM (peak) of a process, in MB (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: round(kb('VmRSS') / 1024, 0), peak: round(kb('VmHWM') / 1024, 0) };
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (Linux; clock ticks of 10 ms). */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // gone
  }
}

/** The processes whose parent is `pid` (nginx's workers under its master). */
export function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The pids of processes named `name` (e.g. the local mariadbd). */
export function pidsNamed(name: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export async function waitFor(url: string, child: ChildProcess, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}) before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}`);
}

/**
 * Starts `node [execArgv] main.js` with `env` on top of this process's environment and production's NODE_OPTIONS
 * (BENCH_API_NODE_OPTIONS instead, when set: "" for Node's defaults); resolves once /api/health answers.
 */
export async function startApi(env: Record<string, string>, opts: { port: number; log?: string; execArgv?: string[] }): Promise<ChildProcess> {
  const out = opts.log ? fs.openSync(opts.log, 'a') : 'inherit';
  const child = spawn(process.execPath, [...(opts.execArgv ?? []), API_MAIN], {
    env: { ...process.env, NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? PRODUCTION_NODE_OPTIONS, ...env, NODE_ENV: 'production', PORT: String(opts.port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  await waitFor(`http://127.0.0.1:${opts.port}/api/health`, child);
  return child;
}

export async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r).once('error', r));
  child.kill('SIGTERM');
  await exited;
}
