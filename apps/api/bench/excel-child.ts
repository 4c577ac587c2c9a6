import fs from 'node:fs';
import os from 'node:os';
import { finished } from 'node:stream/promises';
import type { CellValue } from '@outreach/domain/reports';
import type { FullDataCell, FullDataSheet } from '@outreach/domain/reports';
import { MB, round, RssSampler, summarize, type Timing } from './stats';

/**
 * What the Excel benchmark's child processes share: the task they get, the result they send back, and how they
 * measure. Each case runs in a fresh process (excel-case.ts for the product, excel-floor.ts for the floor) so
 * that its peak RSS is its own. Light imports only: the floor's process must not load the app.
 */
export type ExcelCaseKind = 'completion' | 'completion-floor' | 'vendor-export' | 'vendor-export-floor';

export interface ExcelTask {
  kind: ExcelCaseKind;
  envOverrides: Record<string, string>;
  programId: string;
  vendorOrganizationId: string;
  email: string;
  password: string;
  /** Where the workbook goes (overwritten by each repetition). */
  outFile: string;
  /** Cells handed from the product case to its floor (JSON). */
  dataFile: string;
  /** Timed repetitions (small workbooks, after one untimed warm-up); large ones run once. */
  repeat: number;
}

export interface ExcelCaseResult {
  kind: ExcelCaseKind;
  time: Timing;
  /** CPU time (user + system) of this process per timed run, median: less sensitive to a busy machine than wall time, but without the database server's share. */
  cpuMs: number;
  /** Peak RSS sampled every 50 ms during the timed runs. */
  peakRssMb: number;
  /** The kernel's lifetime maximum RSS of the process (includes booting the app). */
  maxRssMb: number;
  /** RSS just before the first timed run (the app booted, for the product cases). */
  baselineRssMb: number;
  /** Where the memory was at the RSS peak (MB): V8 heap used / reserved, and Buffers outside the heap. */
  atPeakMb: { heapUsed: number; heapTotal: number; external: number };
  /** 1-minute load average when the case started (the machine is shared). */
  loadAtStart: number;
  rows: number;
  cells: number;
  bytes: number;
  bootMs: number | null;
  /** Product cases: where the time goes. */
  parts?: Record<string, number>;
}

/** The completion report's cells as the domain laid them out (values only), for its floor. */
export interface CompletionCells {
  sheets: Array<{ name: string; widths: number[]; rows: Array<{ index: number; values: CellValue[] }> }>;
}

/** Each sheet of the vendor's 全件データ: its headings, its first rows and its total, for its floor. */
export interface VendorSample {
  sheets: Array<Pick<FullDataSheet, 'key' | 'name' | 'columns'> & { total: number; sample: FullDataCell[][] }>;
}

export interface Measured {
  time: Timing;
  cpuMs: number;
  baselineRssMb: number;
  peakRssMb: number;
  atPeakMb: ExcelCaseResult['atPeakMb'];
  loadAtStart: number;
}

/** Runs `once` `repeat` times (after one untimed warm-up when repeat > 1), sampling RSS every 50 ms. */
export async function measure(repeat: number, once: () => Promise<void>): Promise<Measured> {
  const loadAtStart = round(os.loadavg()[0]);
  if (repeat > 1) await once();
  const baseline = process.memoryUsage.rss();
  const sampler = new RssSampler().start(50);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await once();
    samples.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const peak = sampler.stop();
  const at = sampler.atPeak!;
  return {
    time: summarize(samples),
    cpuMs: summarize(cpu).median,
    baselineRssMb: round(baseline / MB, 1),
    peakRssMb: round(peak / MB, 1),
    atPeakMb: { heapUsed: round(at.heapUsed / MB, 1), heapTotal: round(at.heapTotal / MB, 1), external: round(at.external / MB, 1) },
    loadAtStart,
  };
}

/** Writes a workbook to a file and waits until every byte is on disk. */
export async function toFile(outFile: string, write: (stream: fs.WriteStream) => Promise<unknown>): Promise<void> {
  const stream = fs.createWriteStream(outFile);
  await write(stream);
  if (!stream.writableFinished) await finished(stream);
}

export function caseResult(task: ExcelTask, m: Measured, rest: Pick<ExcelCaseResult, 'rows' | 'cells' | 'bootMs' | 'parts'>): ExcelCaseResult {
  return { kind: task.kind, ...m, maxRssMb: round((process.resourceUsage().maxRSS * 1024) / MB, 1), bytes: fs.statSync(task.outFile).size, ...rest };
}

export function countCells(cells: CompletionCells): { rows: number; cells: number } {
  return {
    rows: cells.sheets.reduce((n, s) => n + s.rows.length, 0),
    cells: cells.sheets.reduce((n, s) => n + s.rows.reduce((k, r) => k + r.values.filter((v) => v !== null && v !== '').length, 0), 0),
  };
}

/** The child's main: one task in over IPC, one result (or error) out, then exit. */
export function serve(run: (task: ExcelTask) => Promise<ExcelCaseResult>): void {
  process.once('message', (task: ExcelTask) => {
    run(task).then(
      (r) => process.send!(r, () => process.exit(0)),
      (e: Error) => process.send!({ error: e.stack ?? String(e) }, () => process.exit(1)),
    );
  });
}
