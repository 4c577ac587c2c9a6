/**
 * Runs at most `concurrency` jobs at a time, the rest wait in arrival order. Image decoding (sharp) holds a
 * libuv worker thread and hundreds of megabytes per 40-megapixel picture: without a bound, eight parallel
 * uploads took every worker thread (static files and fs reads waited 12 s) and ~700 MB.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
  }

  /** Jobs running or waiting (for tests and diagnostics). */
  get size(): number {
    return this.running + this.waiting.length;
  }

  /** Runs `job` when a slot is free; `onWait` is told first when the job has to wait for one. */
  async run<T>(job: () => Promise<T>, onWait?: () => void): Promise<T> {
    if (this.running >= this.concurrency) {
      onWait?.();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next job, so `running` stays counted.
      if (next) next();
      else this.running--;
    }
  }
}
