import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { type CacheStats, VersionedCache } from '../../common/versioned-cache';
import type { DataVersions } from '../programs/program-data-versions';

/** A kept summary is served for this long at most: what changes with time alone (a report passing its due hour). */
export const SUMMARY_CACHE_TTL_MS = 30_000;
/**
 * Values kept per API instance: summaries and their parts, the least recently used out first. A summary of a
 * year-long program holds ≈ 0.12 MB of heap and shares its parts' objects: ≈ 8 MB for 64 summaries with their parts,
 * ≈ 23 MB at the very most should every value left be a summary of its own; a summary answered also keeps its JSON
 * bytes (≈ 0.14 MB): ≈ 17 MB for 64, ≈ 50 MB at the very most (ADR 0014).
 */
export const SUMMARY_CACHE_ENTRIES = 192;

/**
 * The dashboard summaries this API instance computed, and their parts, each kept with the program's data version it
 * was computed at (ADR 0014). The versions live in the shared database and are bumped by triggers in every writer's
 * transaction, so a value is served again only while no write touched what it reads — on whichever instance the
 * write ran. They are read before the figures are, so a write landing meanwhile leaves the kept value under an older
 * version than the next reader sees.
 */
@Injectable()
export class SummaryCache {
  private readonly cache: VersionedCache;
  /** Summaries served from here, computed anew, and served from a computation another request had started (for the bench and tests). */
  readonly stats: CacheStats = { hits: 0, misses: 0, joined: 0 };
  /** The same for the parts a summary computed anew is made of. */
  readonly partStats: CacheStats = { hits: 0, misses: 0, joined: 0 };

  constructor(clock: Clock) {
    // Several readers of one program and audience opening the dashboard together (the morning's first screens, a
    // write just landed) compute it once.
    this.cache = new VersionedCache(clock, { ttlMs: SUMMARY_CACHE_TTL_MS, entries: SUMMARY_CACHE_ENTRIES });
  }

  /** The kept summary `key` when computed at these versions (ProgramDataVersions, read first) and still fresh, else `compute()`'s, kept. */
  summary<T>(programId: string, key: string, versions: DataVersions, compute: () => Promise<T>): Promise<T> {
    return this.cache.keep(`${programId}|summary|${key}`, `${versions.figures}.${versions.calls}`, compute, this.stats);
  }

  /** A part of a summary (its calls, its other figures), kept like a summary at the one version it depends on. */
  part<T>(programId: string, key: string, version: number, compute: () => Promise<T>): Promise<T> {
    return this.cache.keep(`${programId}|${key}`, String(version), compute, this.partStats);
  }
}
