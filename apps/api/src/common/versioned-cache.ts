import type { Clock } from './clock';

/** Values served from a cache, computed anew, and served from a computation another request had started. */
export interface CacheStats {
  hits: number;
  misses: number;
  joined: number;
}

interface Entry {
  version: string;
  until: number;
  value: unknown;
}

/**
 * Values kept per API instance, each with the version of the data it was computed from (a number that database
 * triggers bump in every writer's transaction, read by the caller before it asks): one is served again only while
 * its version is the one the caller read and for `ttlMs` at most; the least recently used leave first beyond
 * `entries`. Two misses of one key at one version compute once (the second waits for the first's answer).
 * Used by the dashboard's summaries and the reporting rates (ADR 0014) and by the program lists (ADR 0015).
 */
export class VersionedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly computing = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: { ttlMs: number; entries: number },
  ) {}

  async keep<T>(key: string, version: string, compute: () => Promise<T>, stats: CacheStats): Promise<T> {
    const now = this.clock.now().getTime();
    const kept = this.entries.get(key);
    // A clock set back (tests move it both ways) is treated as expiry too.
    if (kept && kept.version === version && now < kept.until && now >= kept.until - this.limits.ttlMs) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      stats.hits++;
      return kept.value as T;
    }
    const running = this.computing.get(key);
    if (running && running.version === version) {
      stats.joined++;
      return running.value as Promise<T>;
    }
    stats.misses++;
    const value = compute();
    this.computing.set(key, { version, value });
    try {
      const done = await value;
      this.entries.delete(key);
      this.entries.set(key, { version, until: now + this.limits.ttlMs, value: done });
      while (this.entries.size > this.limits.entries) this.entries.delete(this.entries.keys().next().value as string);
      return done;
    } finally {
      if (this.computing.get(key)?.value === value) this.computing.delete(key);
    }
  }
}
