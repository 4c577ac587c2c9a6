import path from 'node:path';
import fs from 'node:fs';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { FullDataBatchReport, FullDataJob, FullDataResult, WorkerReply } from './full-data-worker';

/**
 * The worker's heap (old space): reading a batch, shaping it and the streaming writer need a few tens of MB; the
 * bound makes V8 collect in time instead of growing toward a limit sized from the machine's memory
 * (docs/performance.md, "Excel reports"). At 48 MB, V8 collected so often near its limit that garbage collection
 * took 6 of the worker's 27 s of CPU at scale 100; 64 MB ran the export 30 % faster with the same peak RSS. The
 * API's own thread is capped apart, by the production start's NODE_OPTIONS (docs/operations.md, "Memory").
 */
export const WORKER_HEAP_MB = 64;

/** The reading thread's heap (old space): it holds a few batches of 2,000 rows at a time, the rest is young garbage. */
export const READER_HEAP_MB = 32;

/**
 * The young generation of each thread: the writer's 8 MB (V8 would size it from the machine's memory); the reader's
 * 4 MB, which took ≈ 9 MB off the export's peak RSS at scale 100 (docs/performance.md, "Excel reports") with no
 * measurable wait of the writer for its batches.
 */
const YOUNG_MB = { writer: 8, reader: 4 };

/**
 * Run from the TypeScript sources (the tests), the worker compiles its files with @swc/core as it loads them,
 * as jest does for the test's own thread; built, it is plain JavaScript.
 */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { transformSync } = require(require.resolve('@swc/core', { paths: [workerData.entry] }));
require.extensions['.ts'] = (m, filename) => m._compile(transformSync(fs.readFileSync(filename, 'utf8'), { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code, filename);
require(workerData.entry);
`;

/** Starts one of the export's threads from its file (compiled from TypeScript as it loads when run from the sources). */
function startThread(name: string, data: object, heapMb: number, youngMb: number, transferList: MessagePort[]): Worker {
  const ext = path.extname(__filename);
  const entry = path.join(__dirname, `${name}${ext}`);
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngMb };
  return ext === '.ts'
    ? new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...data, entry }, resourceLimits, transferList })
    : new Worker(entry, { workerData: data, resourceLimits, transferList });
}

/**
 * The API thread's end of a 全件データ export: starts its two threads — the reader (full-data-read-worker.ts: its
 * own connection, keyset batches, shaping) and the writer (full-data-worker.ts: exceljs or the CSV zip), joined by
 * a MessageChannel of their own so that reading and writing run on two cores at once — hears each batch written
 * (`onBatch`: the job's progress) and resolves with the result once the file is complete. A failure of either
 * thread (an error, its heap exhausted, an exit) rejects once both have stopped and the file is removed.
 */
export function runFullDataWorker(
  job: FullDataJob,
  onBatch: (b: FullDataBatchReport) => void,
  heapMb: { writer: number; reader: number } = { writer: WORKER_HEAP_MB, reader: READER_HEAP_MB },
): Promise<FullDataResult> {
  const { port1, port2 } = new MessageChannel();
  const writer = startThread('full-data-worker', { job, port: port1 }, heapMb.writer, YOUNG_MB.writer, [port1]);
  const reader = startThread('full-data-read-worker', { job, port: port2 }, heapMb.reader, YOUNG_MB.reader, [port2]);
  return new Promise<FullDataResult>((resolve, reject) => {
    let outcome: { result: FullDataResult } | { error: Error } | null = null;
    const settle = (o: { result: FullDataResult } | { error: Error }) => {
      if (outcome) return;
      outcome = o;
      // Settled once both threads have stopped: nothing writes to the file any more.
      void Promise.all([writer.terminate(), reader.terminate()]).then(async () => {
        if ('result' in o) return resolve(o.result);
        await fs.promises.rm(job.file, { force: true }).catch(() => undefined);
        reject(o.error);
      });
    };
    for (const [thread, w] of [['writer', writer], ['reader', reader]] as const) {
      w.on('message', (m: WorkerReply) => {
        if (m.type === 'batch') onBatch(m);
        else if (m.type === 'done') settle({ result: m.result });
        else settle({ error: new Error(`full-data export: ${m.message}`) });
      });
      w.on('error', (e) => settle({ error: e }));
      // The reader ends first once it has sent everything; any other exit before the result is a failure.
      w.on('exit', (code) => (thread === 'reader' && code === 0 ? undefined : settle({ error: new Error(`full-data export: ${thread} stopped (exit code ${code})`) })));
    }
  });
}
