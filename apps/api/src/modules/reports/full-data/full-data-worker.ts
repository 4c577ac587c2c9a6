import { parentPort, workerData } from 'node:worker_threads';
import type { FullDataCell, FullDataFormat, FullDataSheetKey } from '@outreach/domain/reports';
import type { DatabaseTarget } from '../../../database/database-url';
import { openReadConnection } from '../../../database/export-connection';
import { ahead, fullDataBatches, fullDataTotal, type FullDataScopeProgram } from './full-data-reader';
import { openSink } from './full-data-sink';

/**
 * The export's worker thread (full-data-thread.ts starts it): reads the rows on a connection of its own
 * (full-data-reader.ts: each table's owner's SQL, keyset batches, shaped by the domain) and writes the file, so
 * neither the rows nor zipping them ever touch the API thread's heap or event loop; its heap is bounded on its own.
 * The next batch is read while the current one is written; the sink applies backpressure (full-data-sink.ts).
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

async function run(job: FullDataJob, report: (m: WorkerReply) => void): Promise<FullDataResult> {
  const db = await openReadConnection(job.database);
  const sink = openSink(job.format, job.file, new Date(job.created));
  try {
    const total = Math.max(1, await fullDataTotal(db.query, job.programs.map((p) => p.id)));
    const result: FullDataResult = { rows: 0, sheets: { sessions: 0, calls: 0, bookings: 0, 'daily-reports': 0, 'photo-stats': 0 }, bytes: 0, samples: {} };
    const batches = ahead(fullDataBatches(db.query, job.programs, job.batch));
    for (;;) {
      const t = performance.now();
      const next = await batches.next();
      if (next.done) break;
      const { sheet, rows, readMs } = next.value;
      const waitMs = performance.now() - t;
      if (!rows.length) {
        await sink.begin(sheet);
        continue;
      }
      await sink.rows(rows);
      result.rows += rows.length;
      result.sheets[sheet.key] += rows.length;
      if (job.sampleRows) {
        const sample = (result.samples[sheet.key] ??= []);
        if (sample.length < job.sampleRows) sample.push(...rows.slice(0, job.sampleRows - sample.length));
      }
      report({ type: 'batch', sheet: sheet.key, rows: rows.length, readMs, waitMs, fraction: Math.min(1, result.rows / total) });
    }
    result.bytes = await sink.finish();
    return result;
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    await db.close().catch(() => undefined);
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as FullDataJob, (m) => port.postMessage(m)).then(
    (result) => port.postMessage({ type: 'done', result } satisfies WorkerReply),
    (e: Error) => port.postMessage({ type: 'error', message: e.stack ?? String(e) } satisfies WorkerReply),
  );
}
