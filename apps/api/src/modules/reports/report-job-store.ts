import type { ReportJobKind } from '@outreach/domain/reports';
import type { BuiltReport } from './reports.service';

export type ReportJobStatus = 'running' | 'done' | 'failed';

/** What the handling record needs when a finished file is downloaded (the built rows are not kept). */
export type ReportJobDownload = Pick<BuiltReport, 'kind' | 'programId' | 'municipalityId' | 'params' | 'filename'>;

/** One report job as the registry keeps it: plain JSON, so any instance can read what another wrote. */
export interface ReportJobRecord {
  id: string;
  ownerUserId: string;
  kind: ReportJobKind;
  /** null: a 全件データ of every program its owner serves. */
  programId: string | null;
  status: ReportJobStatus;
  percent: number;
  /** Running but waiting for its instance's earlier 全件データ export to finish (absent in records of older versions). */
  waiting?: boolean;
  filename: string | null;
  error?: string;
  createdAt: string;
  /** When the finished (or failed) job is forgotten and its file deleted. */
  expiresAt: string | null;
  /** The finished file's name inside the job directory. */
  file: string | null;
  download: ReportJobDownload | null;
}

export type ReportJobPatch = Partial<Pick<ReportJobRecord, 'status' | 'percent' | 'waiting' | 'filename' | 'error' | 'expiresAt' | 'file' | 'download'>>;

/**
 * Where report jobs are registered. One instance: in memory (the default). Several instances behind a proxy:
 * Redis (REDIS_URL), so a job started through one instance is polled and downloaded through another. Only the
 * instance running a job writes to it, one write after another.
 */
export abstract class ReportJobStore {
  /** `ttlMs`: how long the store may keep the record without being told (a safety net for a crashed instance). */
  abstract create(job: ReportJobRecord, ttlMs: number): Promise<void>;
  abstract get(id: string): Promise<ReportJobRecord | undefined>;
  abstract update(id: string, patch: ReportJobPatch, ttlMs: number): Promise<void>;
  /** Jobs of this person still running (on any instance). */
  abstract runningCount(ownerUserId: string): Promise<number>;
  /** Forgets the jobs expired at `now`. */
  abstract removeExpired(now: Date): Promise<void>;
  abstract close(): Promise<void>;
}

/** The registry of one process. */
export class MemoryReportJobStore extends ReportJobStore {
  private readonly jobs = new Map<string, ReportJobRecord>();

  async create(job: ReportJobRecord): Promise<void> {
    this.jobs.set(job.id, { ...job });
  }

  async get(id: string): Promise<ReportJobRecord | undefined> {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  async update(id: string, patch: ReportJobPatch): Promise<void> {
    const job = this.jobs.get(id);
    if (job) Object.assign(job, patch);
  }

  async runningCount(ownerUserId: string): Promise<number> {
    return [...this.jobs.values()].filter((j) => j.ownerUserId === ownerUserId && j.status === 'running').length;
  }

  async removeExpired(now: Date): Promise<void> {
    for (const job of [...this.jobs.values()]) if (job.expiresAt && Date.parse(job.expiresAt) <= now.getTime()) this.jobs.delete(job.id);
  }

  async close(): Promise<void> {
    this.jobs.clear();
  }
}
