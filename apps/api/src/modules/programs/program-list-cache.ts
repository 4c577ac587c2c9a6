import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ListQuery } from '@outreach/domain/common';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { type CacheStats, VersionedCache } from '../../common/versioned-cache';
import { ProgramListVersionEntity } from './program-list-version.entity';

/** A kept list is served for this long at most (nothing in it changes with time alone; a bound all the same). */
export const PROGRAM_LIST_CACHE_TTL_MS = 60_000;
/**
 * Lists kept per API instance, the least recently used out first. A list of 100 programs (a vendor serving a
 * hundred contracts, the picker's page) holds ≈ 0.3 MB of heap and, once answered, its 0.35 MB of JSON bytes; a
 * city's few, a few kB (ADR 0015).
 */
export const PROGRAM_LIST_CACHE_ENTRIES = 32;

/**
 * The program lists this instance answered (every screen's program picker asks for one), kept per list as the
 * person's organization sees it and with the query's filter, order and page, at the version of program_list_version
 * they were computed at (ADR 0015). The triggers bump it in every writer's transaction, on whichever instance.
 */
@Injectable()
export class ProgramListCache {
  private readonly cache: VersionedCache;
  /** Lists served from here, computed anew, and joined to a computation under way (for the bench and tests). */
  readonly stats: CacheStats = { hits: 0, misses: 0, joined: 0 };

  constructor(
    @InjectRepository(ProgramListVersionEntity) private readonly rows: Repository<ProgramListVersionEntity>,
    clock: Clock,
  ) {
    this.cache = new VersionedCache(clock, { ttlMs: PROGRAM_LIST_CACHE_TTL_MS, entries: PROGRAM_LIST_CACHE_ENTRIES });
  }

  /** The kept list for this organization and query, else `compute()`'s, kept. */
  async list<T>(actor: Pick<Actor, 'organizationKind' | 'organizationId' | 'municipalityId'>, query: ListQuery, compute: () => Promise<T>): Promise<T> {
    // Read before the list is: a write landing meanwhile leaves the list under an older version than the next reader sees.
    const row = await this.rows.findOne({ select: { version: true }, where: { id: 1 } });
    // Who sees which programs depends on the organization alone (ProgramScopeService.visibleProgramIds).
    const key = `${actor.organizationKind}|${actor.organizationId}|${actor.municipalityId ?? ''}|${JSON.stringify(query)}`;
    return this.cache.keep(key, String(row?.version ?? 0), compute, this.stats);
  }
}
