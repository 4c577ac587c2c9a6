import { performance } from 'node:perf_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

export interface LoggedQuery {
  sql: string;
  params: unknown[];
  /** From the call to the driver until the rows are back (includes waiting behind parallel queries). */
  ms: number;
}

/**
 * Records every SQL statement the application sends while `record` runs, with its time (from the call to the
 * driver until rows are back; on MariaDB queries run in parallel, so times overlap). For diagnosis only: the
 * timed runs never have it on.
 */
export class QueryLog {
  private recording: LoggedQuery[] | null = null;

  constructor(ds: DataSource) {
    const driver = ds.driver as unknown as { createQueryRunner(mode: string): QueryRunner };
    const create = driver.createQueryRunner.bind(driver);
    const wrapped = new WeakSet<QueryRunner>();
    driver.createQueryRunner = (mode: string) => {
      const runner = create(mode);
      if (!wrapped.has(runner)) {
        wrapped.add(runner);
        const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
        (runner as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
          const log = this.recording;
          if (!log) return query(...args);
          const t = performance.now();
          try {
            return await query(...args);
          } finally {
            log.push({ sql: String(args[0]), params: (args[1] as unknown[] | undefined) ?? [], ms: performance.now() - t });
          }
        };
      }
      return runner;
    };
  }

  /** Counts the statements `fn` sends (keeping only a counter, for long runs). */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; count: number }> {
    let count = 0;
    const counter = { push: () => count++ } as unknown as LoggedQuery[];
    this.recording = counter;
    try {
      return { result: await fn(), count };
    } finally {
      this.recording = null;
    }
  }

  async record(fn: () => Promise<unknown>): Promise<LoggedQuery[]> {
    const log: LoggedQuery[] = [];
    this.recording = log;
    try {
      await fn();
    } finally {
      this.recording = null;
    }
    return log;
  }
}
