import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FullDataBatchReport, FullDataJob, FullDataResult, WorkerReply } from './full-data-worker';

/**
 * The worker's heap (old space): reading a batch, shaping it and the streaming writer need a few tens of MB; the
 * bound makes V8 collect in time instead of growing toward a limit sized from the machine's memory
 * (docs/performance.md, "Excel reports"). At 48 MB, V8 collected so often near its limit that garbage collection
 * took 6 of the worker's 27 s of CPU at scale 100; 64 MB ran the export 30 % faster with the same peak RSS. The
 * API's own thread is capped apart, by the production start's NODE_OPTIONS (docs/operations.md, "Memory").
 */
export const WORKER_HEAP_MB = 64;

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

/**
 * The API thread's end of a 全件データ export: starts the worker thread (full-data-worker.ts), which reads and
 * writes everything, hears each batch written (`onBatch`: the job's progress) and resolves with the result once the
 * file is complete. A failure of the worker (an error, its heap exhausted, an exit) rejects once the thread has
 * stopped, so the caller can delete the file.
 */
export function runFullDataWorker(job: FullDataJob, onBatch: (b: FullDataBatchReport) => void, heapMb = WORKER_HEAP_MB): Promise<FullDataResult> {
  const ext = path.extname(__filename);
  const entry = path.join(__dirname, `full-data-worker${ext}`);
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 8 };
  const worker = ext === '.ts' ? new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...job, entry }, resourceLimits }) : new Worker(entry, { workerData: job, resourceLimits });
  return new Promise<FullDataResult>((resolve, reject) => {
    let outcome: { result: FullDataResult } | { error: Error } | null = null;
    const settle = (o: { result: FullDataResult } | { error: Error }) => {
      outcome ??= o;
      // Settled once the thread has stopped: nothing writes to the file any more.
      void worker.terminate().then(() => ('result' in outcome! ? resolve(outcome.result) : reject(outcome!.error)));
    };
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'batch') onBatch(m);
      else if (m.type === 'done') settle({ result: m.result });
      else settle({ error: new Error(`full-data export: ${m.message}`) });
    });
    worker.on('error', (e) => settle({ error: e }));
    worker.on('exit', (code) => settle({ error: new Error(`full-data export: worker stopped (exit code ${code})`) }));
  });
}
