import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { FullDataSheetKey } from '@outreach/domain/reports';
import { openReadConnection } from '../../../database/export-connection';
import { ahead, fullDataBatches, fullDataTotal } from './full-data-reader';
import type { FullDataJob, WorkerReply } from './full-data-worker';

/**
 * The export's reading thread (full-data-thread.ts starts it beside the writing one, full-data-worker.ts): reads
 * the rows on a connection of its own (full-data-reader.ts) and posts each shaped batch to the writer through
 * `port`, at most `IN_FLIGHT` batches not yet written — so reading (better-sqlite3's synchronous statements,
 * mysql2's parsing) and shaping run on one core while exceljs and the zip run on the other.
 */
export const IN_FLIGHT = 2;

/** Reader → writer: the rows counted at the start first, then each batch (by sheet key), then the end. */
export type ReaderMessage = { type: 'total'; total: number } | { type: 'batch'; sheet: FullDataSheetKey; rows: unknown[][]; readMs: number } | { type: 'end' };

async function read(job: FullDataJob, port: MessagePort): Promise<void> {
  const db = await openReadConnection(job.database);
  let credit = IN_FLIGHT;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    credit++;
    wake?.();
  });
  try {
    port.postMessage({ type: 'total', total: await fullDataTotal(db.query, job.programs.map((p) => p.id)) } satisfies ReaderMessage);
    for await (const b of ahead(fullDataBatches(db.query, job.programs, job.batch))) {
      while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
      credit--;
      port.postMessage({ type: 'batch', sheet: b.sheet.key, rows: b.rows, readMs: b.readMs } satisfies ReaderMessage);
    }
    port.postMessage({ type: 'end' } satisfies ReaderMessage);
  } finally {
    port.close();
    await db.close().catch(() => undefined);
  }
}

if (parentPort) {
  const parent = parentPort;
  const { job, port } = workerData as { job: FullDataJob; port: MessagePort };
  read(job, port).catch((e: Error) => parent.postMessage({ type: 'error', message: e.stack ?? String(e) } satisfies WorkerReply));
}
