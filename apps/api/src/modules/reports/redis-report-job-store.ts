import type { Redis } from 'ioredis';
import { loadRedis } from '../../common/heavy-modules';
import { type ReportJobPatch, type ReportJobRecord, ReportJobStore } from './report-job-store';

/**
 * The report-job registry in Redis, shared by every API instance: one JSON value per job with an expiry
 * (Redis forgets it by itself), and a set of job ids per owner for the running-jobs limit.
 */
export class RedisReportJobStore extends ReportJobStore {
  private constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super();
  }

  /** Connects to the Redis at `url` (ioredis is loaded here, so an instance without REDIS_URL never loads it). */
  static async connect(url: string, prefix: string): Promise<RedisReportJobStore> {
    const Redis = await loadRedis();
    // Fail a command quickly while Redis is away instead of queueing it for ever.
    const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
    redis.on('error', () => undefined); // reconnects by itself; commands in flight reject and are reported there
    return new RedisReportJobStore(redis, prefix);
  }

  private key(id: string): string {
    return `${this.prefix}report-job:${id}`;
  }

  private ownerKey(userId: string): string {
    return `${this.prefix}report-jobs-of:${userId}`;
  }

  async create(job: ReportJobRecord, ttlMs: number): Promise<void> {
    await this.redis.multi().set(this.key(job.id), JSON.stringify(job), 'PX', ttlMs).sadd(this.ownerKey(job.ownerUserId), job.id).pexpire(this.ownerKey(job.ownerUserId), ttlMs).exec();
  }

  async get(id: string): Promise<ReportJobRecord | undefined> {
    const raw = await this.redis.get(this.key(id));
    return raw ? (JSON.parse(raw) as ReportJobRecord) : undefined;
  }

  async update(id: string, patch: ReportJobPatch, ttlMs: number): Promise<void> {
    const job = await this.get(id);
    if (!job) return;
    await this.redis.set(this.key(id), JSON.stringify({ ...job, ...patch }), 'PX', ttlMs);
  }

  async runningCount(ownerUserId: string): Promise<number> {
    const ids = await this.redis.smembers(this.ownerKey(ownerUserId));
    if (ids.length === 0) return 0;
    const values = await this.redis.mget(ids.map((id) => this.key(id)));
    const gone = ids.filter((_, i) => values[i] === null);
    if (gone.length) await this.redis.srem(this.ownerKey(ownerUserId), ...gone);
    return values.filter((v) => v && (JSON.parse(v) as ReportJobRecord).status === 'running').length;
  }

  /** Redis expires the records itself. */
  async removeExpired(): Promise<void> {}

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
