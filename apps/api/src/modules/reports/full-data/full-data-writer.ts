import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FullDataCell, FullDataSheet } from '@outreach/domain/reports';
import type { WorkerReply, WriterData, WriterMessage } from './full-data-worker';

/**
 * The worker's heap (old space): the streaming writer needs a few tens of MB; the bound makes V8 collect in time
 * instead of growing toward a limit sized from the machine's memory (docs/performance.md, "Excel reports"). The
 * API's own process keeps Node's default flags.
 */
export const WRITER_HEAP_MB = 48;
/** Batches sent and not yet written: one being written while the next is read from the database. */
const IN_FLIGHT = 2;

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
 * The API thread's end of the export's writer: starts the worker thread (full-data-worker.ts) and sends it sheets
 * and batches of rows; `room()` resolves while fewer than IN_FLIGHT batches wait, so a fast database never queues
 * more than two batches in memory. A failure of the worker (an error, or its heap exhausted) rejects the next call.
 */
export class FullDataWriter {
  private readonly worker: Worker;
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private finished: { resolve: (bytes: number) => void; reject: (e: Error) => void } | null = null;

  constructor(data: WriterData) {
    const ext = path.extname(__filename);
    const entry = path.join(__dirname, `full-data-worker${ext}`);
    const resourceLimits = { maxOldGenerationSizeMb: WRITER_HEAP_MB, maxYoungGenerationSizeMb: 8 };
    this.worker = ext === '.ts' ? new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...data, entry }, resourceLimits }) : new Worker(entry, { workerData: data, resourceLimits });
    this.worker.on('message', (m: WorkerReply) => {
      if (m.type === 'ack') this.inFlight--;
      else if (m.type === 'done') this.finished?.resolve(m.bytes);
      else this.fail(new Error(`full-data writer: ${m.message}`));
      this.wake?.();
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => {
      if (code !== 0 || !this.finished) this.fail(new Error(`full-data writer stopped (exit code ${code})`));
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.finished?.reject(this.failure);
    this.wake?.();
  }

  /** Hands a message to the worker (copied at once: the caller may drop its rows). */
  private post(m: WriterMessage): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(m);
    this.inFlight++;
  }

  /** Resolves once fewer than IN_FLIGHT messages wait for the worker. */
  async room(): Promise<void> {
    while (this.inFlight >= IN_FLIGHT && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    if (this.failure) throw this.failure;
  }

  sheet(sheet: FullDataSheet): Promise<void> {
    this.post({ type: 'sheet', sheet });
    return this.room();
  }

  /** Sends a batch; then `await room()` before reading the next one. */
  rows(rows: FullDataCell[][]): void {
    this.post({ type: 'rows', rows });
  }

  /** Closes the file; resolves with its size once it is complete on disk, and stops the worker. */
  async finish(): Promise<number> {
    if (this.failure) throw this.failure;
    const done = new Promise<number>((resolve, reject) => (this.finished = { resolve, reject }));
    this.worker.postMessage({ type: 'finish' } satisfies WriterMessage);
    try {
      return await done;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Stops the worker (the caller deletes the file). */
  async abort(): Promise<void> {
    this.finished ??= { resolve: () => undefined, reject: () => undefined };
    await this.worker.terminate();
  }
}
