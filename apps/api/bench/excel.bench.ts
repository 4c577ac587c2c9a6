import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchDb } from './cli';
import type { BenchDatabase } from './databases';
import type { ExcelCaseKind, ExcelCaseResult, ExcelTask } from './excel-child';
import { BENCH_PASSWORD, BENCH_VENDOR_MANAGER_EMAIL, BENCH_VIEWER_EMAIL, type BenchWorld } from './generate';
import { ratio, round } from './stats';

export type ExcelReport = 'completion' | 'vendor-export';

export interface ExcelCase {
  db: BenchDb;
  dbVersion: string;
  scale: number;
  report: ExcelReport;
  /** How the product's process ran: as `pnpm start` runs it, or with V8's old space capped (NODE_OPTIONS). */
  node: 'default' | 'heap cap';
  execArgv: string[];
  product: ExcelCaseResult;
  floor: ExcelCaseResult;
  /** product median time ÷ floor median time. */
  timeRatio: number | null;
  /** The same for CPU time of the process (the database server's CPU not included). */
  cpuRatio: number | null;
  loadAverage: number[];
}

/** Peak RSS goal of the large export, in MB. */
export const RSS_GOAL_MB = 300;
/**
 * The large export runs a second time with V8's old space capped: Node sizes its heap from the machine's memory
 * (24 GB here) and collects lazily, so RSS carries garbage that a cap makes it collect (see docs/performance.md).
 */
export const HEAP_CAP_ARGS = ['--max-old-space-size=256'];

function runChild(task: ExcelTask, execArgv: string[] = []): Promise<ExcelCaseResult> {
  return new Promise((resolve, reject) => {
    const entry = task.kind.endsWith('-floor') ? 'excel-floor.js' : 'excel-case.js';
    const child = fork(path.join(__dirname, entry), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
    let settled = false;
    child.once('message', (m: ExcelCaseResult | { error: string }) => {
      settled = true;
      if ('error' in m) reject(new Error(`${task.kind}: ${m.error}`));
      else resolve(m);
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`${task.kind}: child exited with ${code} before reporting`));
    });
    child.once('error', reject);
    child.send(task);
  });
}

/**
 * One Excel report on one database at one scale: the product path, then its floor (exceljs's streaming writer
 * alone, writing the product's cells), each in a fresh child process.
 */
export async function benchExcel(target: BenchDatabase, world: BenchWorld, info: { scale: number; dbVersion: string }, report: ExcelReport): Promise<ExcelCase[]> {
  const work = fs.mkdtempSync(path.join(target.dir, `excel-${report}-`));
  const base: Omit<ExcelTask, 'kind' | 'email' | 'repeat'> = {
    envOverrides: target.envOverrides,
    programId: world.measuredProgramId,
    vendorOrganizationId: world.vendorOrganizationId,
    password: BENCH_PASSWORD,
    outFile: path.join(work, `${report}.xlsx`),
    dataFile: path.join(work, `${report}.cells.json`),
  };
  const small = report === 'completion';
  const kinds: [ExcelCaseKind, ExcelCaseKind] = small ? ['completion', 'completion-floor'] : ['vendor-export', 'vendor-export-floor'];
  const email = small ? BENCH_VIEWER_EMAIL : BENCH_VENDOR_MANAGER_EMAIL;
  try {
    const product = await runChild({ ...base, kind: kinds[0], email, repeat: small ? 5 : 1 });
    const floor = await runChild({ ...base, kind: kinds[1], email, repeat: small ? 5 : 1, outFile: path.join(work, `${report}-floor.xlsx`) });
    const variants: Array<[ExcelCase['node'], string[], ExcelCaseResult]> = [['default', [], product]];
    if (!small) variants.push(['heap cap', HEAP_CAP_ARGS, await runChild({ ...base, kind: kinds[0], email, repeat: 1 }, HEAP_CAP_ARGS)]);
    return variants.map(([node, execArgv, p]) => ({
      db: target.db,
      dbVersion: info.dbVersion,
      scale: info.scale,
      report,
      node,
      execArgv,
      product: p,
      floor,
      timeRatio: ratio(p.time.median, floor.time.median),
      cpuRatio: ratio(p.cpuMs, floor.cpuMs),
      loadAverage: os.loadavg().map((x) => round(x)),
    }));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
