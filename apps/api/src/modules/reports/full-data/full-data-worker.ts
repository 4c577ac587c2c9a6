import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { FULL_DATA_SHEETS, type FullDataCell, type FullDataFormat, type FullDataSheetKey } from '@outreach/domain/reports';
import type { DatabaseTarget } from '../../../database/database-url';
import type { ReaderMessage } from './full-data-read-worker';
import type { FullDataScopeProgram } from './full-data-reader';
import { openSink } from './full-data-sink';

/**
 * The export's writing thread (full-data-thread.ts starts it): hears the shaped batches of the reading thread
 * (full-data-read-worker.ts) on `port` and writes the file, acknowledging each batch once written, so neither the
 * rows nor zipping them ever touch the API thread's heap or event loop; its heap is bounded on its own. The next
 * batches are read on the other thread while the current one is written; the sink applies backpressure
 * (full-data-sink.ts).
 */
export interface FullDataJob {
  format: FullDataFormat;
  file: string;
  created: string;
  programs: FullDataScopeProgram[];
  database: DatabaseTarget;
  /** Rows read per statement. */
  batch: number;
  /** The first rows of each sheet to send back with the result (the bench's floor); 0 in the product. */
  sampleRows: number;
}

export interface FullDataResult {
  rows: number;
  sheets: Record<FullDataSheetKey, number>;
  bytes: number;
  samples: Partial<Record<FullDataSheetKey, FullDataCell[][]>>;
}

/** A batch written: its sheet and rows, how long reading it and waiting for it took, the share of rows written (0…1). */
export interface FullDataBatchReport {
  sheet: FullDataSheetKey;
  rows: number;
  readMs: number;
  waitMs: number;
  fraction: number;
}

export type WorkerReply = ({ type: 'batch' } & FullDataBatchReport) | { type: 'done'; result: FullDataResult } | { type: 'error'; message: string };

/** The messages of `port` one at a time (the reader sends at most a few ahead). */
function inbox(port: MessagePort): () => Promise<ReaderMessage> {
  const queue: ReaderMessage[] = [];
  let wake: (() => void) | null = null;
  port.on('message', (m: ReaderMessage) => {
    queue.push(m);
    wake?.();
  });
  return async () => {
    while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
    return queue.shift()!;
  };
}

async function run(job: FullDataJob, port: MessagePort, report: (m: WorkerReply) => void): Promise<FullDataResult> {
  const next = inbox(port);
  const first = await next();
  const total = Math.max(1, first.type === 'total' ? first.total : 0);
  const sink = openSink(job.format, job.file, new Date(job.created));
  try {
    const result: FullDataResult = { rows: 0, sheets: { sessions: 0, calls: 0, bookings: 0, 'daily-reports': 0, 'photo-stats': 0 }, bytes: 0, samples: {} };
    for (;;) {
      const t = performance.now();
      const m = await next();
      if (m.type !== 'batch') break;
      const waitMs = performance.now() - t;
      const sheet = FULL_DATA_SHEETS.find((s) => s.key === m.sheet)!;
      const rows = m.rows as FullDataCell[][];
      if (!rows.length) await sink.begin(sheet);
      else await sink.rows(rows);
      port.postMessage('written');
      if (!rows.length) continue;
      result.rows += rows.length;
      result.sheets[sheet.key] += rows.length;
      if (job.sampleRows) {
        const sample = (result.samples[sheet.key] ??= []);
        if (sample.length < job.sampleRows) sample.push(...rows.slice(0, job.sampleRows - sample.length));
      }
      report({ type: 'batch', sheet: sheet.key, rows: rows.length, readMs: m.readMs, waitMs, fraction: Math.min(1, result.rows / total) });
    }
    result.bytes = await sink.finish();
    return result;
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    port.close();
  }
}

if (parentPort) {
  const parent = parentPort;
  const { job, port } = workerData as { job: FullDataJob; port: MessagePort };
  run(job, port, (m) => parent.postMessage(m)).then(
    (result) => parent.postMessage({ type: 'done', result } satisfies WorkerReply),
    (e: Error) => parent.postMessage({ type: 'error', message: e.stack ?? String(e) } satisfies WorkerReply),
  );
}
