import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { ProgramDataVersionEntity } from './program-data-version.entity';

/** A kept summary is served for this long at most: what changes with time alone (a report passing its due hour). */
export const SUMMARY_CACHE_TTL_MS = 30_000;
/** Summaries kept per API instance (≈ 0.12 MB of heap each for a year-long program: ≈ 8 MB full); the least recently used goes first. */
export const SUMMARY_CACHE_ENTRIES = 64;

interface Entry<T> {
  version: number;
  until: number;
  value: T;
}

/**
 * The dashboard summaries this API instance computed, each kept with the program's data version it was computed at
 * (ADR 0014). The version lives in the shared database and is bumped by triggers in every writer's transaction, so a
 * summary is served again only while no write touched its program — on whichever instance the write ran. It is read
 * before the figures are, so a write landing meanwhile leaves the kept summary under an older version than the next
 * reader sees.
 */
@Injectable()
export class SummaryCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  /** Summaries being computed, by key and the version they are computed at: a second miss waits for the first's. */
  private readonly computing = new Map<string, { version: number; value: Promise<unknown> }>();
  /** Summaries served from here, computed anew, and served from a computation another request had started (for the bench and tests). */
  readonly stats = { hits: 0, misses: 0, joined: 0 };

  constructor(
    @InjectRepository(ProgramDataVersionEntity) private readonly versions: Repository<ProgramDataVersionEntity>,
    private readonly clock: Clock,
  ) {}

  /** The program's data version (0 until its first write): one primary-key lookup. */
  async version(programId: string): Promise<number> {
    const row = await this.versions.findOne({ select: { version: true }, where: { programId } });
    return row ? Number(row.version) : 0;
  }

  /** The kept value of `key` when computed at `version` and still fresh, else `compute()`'s, kept. */
  async get<T>(programId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.version(programId);
    const now = this.clock.now().getTime();
    const full = `${programId}|${key}`;
    const kept = this.entries.get(full);
    if (kept && kept.version === version && now < kept.until && now >= kept.until - SUMMARY_CACHE_TTL_MS) {
      this.entries.delete(full);
      this.entries.set(full, kept);
      this.stats.hits++;
      return kept.value as T;
    }
    // Several readers of one program and audience opening the dashboard together (the morning's first screens, a
    // write just landed) compute it once: a miss at the version another request is computing waits for its answer.
    const running = this.computing.get(full);
    if (running && running.version === version) {
      this.stats.joined++;
      return running.value as Promise<T>;
    }
    this.stats.misses++;
    const value = compute();
    this.computing.set(full, { version, value });
    try {
      const done = await value;
      this.entries.delete(full);
      this.entries.set(full, { version, until: now + SUMMARY_CACHE_TTL_MS, value: done });
      while (this.entries.size > SUMMARY_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      return done;
    } finally {
      if (this.computing.get(full)?.value === value) this.computing.delete(full);
    }
  }
}
