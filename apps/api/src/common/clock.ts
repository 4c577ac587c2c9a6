import fs from 'node:fs';

/** The time source of services; tests replace it to fix the clock. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * Tests only (CLOCK_FILE, refused in production): the instant written in a file (ISO 8601), read again whenever the
 * file changes — a browser test that walks a facility from its request to its visit sets the day the API lives on.
 * With `runs` (CLOCK_RUNS) time flows on from that instant as on a wall clock, so records made one after another
 * keep their order; without it, it stands still.
 */
export class FileClock extends Clock {
  private seen: { mtimeMs: number; size: number; at: Date; readAt: number } | null = null;

  constructor(
    private readonly file: string,
    private readonly runs = false,
  ) {
    super();
    this.now();
  }

  now(): Date {
    const stat = fs.statSync(this.file);
    if (!this.seen || this.seen.mtimeMs !== stat.mtimeMs || this.seen.size !== stat.size) {
      const text = fs.readFileSync(this.file, 'utf8').trim();
      const at = new Date(text);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime())) throw new Error(`CLOCK_FILE ${this.file} holds no ISO instant`);
      this.seen = { mtimeMs: stat.mtimeMs, size: stat.size, at, readAt: Date.now() };
    }
    return new Date(this.seen.at.getTime() + (this.runs ? Date.now() - this.seen.readAt : 0));
  }
}
