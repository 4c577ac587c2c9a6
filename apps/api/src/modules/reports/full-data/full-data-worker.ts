import { parentPort, workerData } from 'node:worker_threads';
import type { FullDataCell, FullDataFormat, FullDataSheet } from '@outreach/domain/reports';
import { openSink } from './full-data-sink';

/**
 * The export's worker thread (full-data-writer.ts starts it): writes the file from the batches the API's thread
 * sends, so zipping half a million rows never blocks the API's event loop, and its heap is bounded on its own.
 * Each batch is acknowledged once written and drained — the sender waits for that (backpressure across threads).
 */
export type WriterMessage = { type: 'sheet'; sheet: FullDataSheet } | { type: 'rows'; rows: FullDataCell[][] } | { type: 'finish' };
export type WorkerReply = { type: 'ack' } | { type: 'done'; bytes: number } | { type: 'error'; message: string };
export interface WriterData {
  format: FullDataFormat;
  file: string;
  created: string;
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as WriterData;
  const sink = openSink(data.format, data.file, new Date(data.created));
  // Messages are handled one after another, in order.
  let chain = Promise.resolve();
  port.on('message', (m: WriterMessage) => {
    chain = chain.then(async () => {
      if (m.type === 'sheet') await sink.begin(m.sheet);
      else if (m.type === 'rows') await sink.rows(m.rows);
      if (m.type === 'finish') port.postMessage({ type: 'done', bytes: await sink.finish() } satisfies WorkerReply);
      else port.postMessage({ type: 'ack' } satisfies WorkerReply);
    }).catch((e: Error) => {
      sink.abort();
      port.postMessage({ type: 'error', message: e.stack ?? String(e) } satisfies WorkerReply);
      chain = new Promise(() => undefined); // nothing after an error
    });
  });
}
