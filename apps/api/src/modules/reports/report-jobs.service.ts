import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { conflict, DomainError, notFound } from '@outreach/domain/common';
import type { FullDataParams, ProgramReportKind, ReportJobKind, ReportJobView, ReportParams } from '@outreach/domain/reports';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { WorkQueue } from '../../common/work-queue';
import type { ProgramEntity } from '../programs/program.entity';
import { type ReportJobDownload, type ReportJobPatch, type ReportJobRecord, ReportJobStore } from './report-job-store';
import { FullDataService } from './full-data/full-data.service';
import { FETCH_WEIGHT, ReportsService } from './reports.service';
import { writeWorkbook } from './xlsx-writer';

/** What a job's producer tells its poller, and asks of it. */
interface Progress {
  /** How far the file is (0…1). */
  percent(fraction: number): void;
  /** Whether the job waits for its turn (the percent stays 0 meanwhile). */
  waiting(on: boolean): void;
  /** The instance is stopping: a job that has not started its work yet should not. */
  readonly stopped: boolean;
}

/** Writes a job's file at `file`, reporting progress; returns what its download records. */
type Produce = (file: string, progress: Progress) => Promise<ReportJobDownload>;

/** A finished file is kept this long, then deleted. */
export const REPORT_JOB_TTL_MS = 15 * 60 * 1000;
/** Jobs one person may have running at once. */
export const MAX_RUNNING_JOBS_PER_USER = 3;
/**
 * 全件データ exports made at once by one API instance; the others wait their turn in the order they came (their job
 * says `waiting` meanwhile, and the 帳票 page 順番待ち). Each export's threads (a reader and a writer) take the machine's cores and ≈ 90 MB beside the
 * API's heap: three at once (then one thread each, ≈ 70 MB) took one
 * instance to 410 MB in the morning rush bench (docs/performance.md), and two at once only halve each one's speed.
 */
export const FULL_DATA_EXPORTS_PER_INSTANCE = 1;
/** How long the registry keeps a job nobody finished (an instance stopped mid-job). */
const RUNNING_TTL_MS = 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 60 * 1000;

/**
 * Report jobs: a report generated in the background while the dashboard shows its progress, then downloaded
 * once by its owner. The job runs on the instance that accepted it; its record is in the `ReportJobStore`
 * (this process's memory, or Redis with REDIS_URL) and its file in the job directory (a temporary directory
 * of this process, or REPORT_JOB_DIR shared by every instance), so any instance answers the poll and the
 * download (ADR 0007).
 */
@Injectable()
export class ReportJobsService implements OnModuleDestroy {
  private readonly log = new Logger(ReportJobsService.name);
  /** Jobs running in this process, each with its chain of writes to the store (one after another). */
  private readonly local = new Map<string, { writes: Promise<void>; stopped: boolean }>();
  private dir: string | null = null;
  private readonly sweeper: NodeJS.Timeout;
  /** The turns of this instance's 全件データ exports (FULL_DATA_EXPORTS_PER_INSTANCE at once). */
  readonly exports = new WorkQueue(FULL_DATA_EXPORTS_PER_INSTANCE);

  constructor(
    private readonly reports: ReportsService,
    private readonly fullData: FullDataService,
    private readonly store: ReportJobStore,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.sweeper = setInterval(() => void this.sweep().catch((e: Error) => this.log.warn(`sweep failed: ${e.message}`)), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    // Let running jobs notice, and tell the pollers they failed.
    for (const [id, job] of this.local) {
      job.stopped = true;
      this.write(id, { status: 'failed', error: '帳票の作成が中断されました。もう一度作成してください', expiresAt: this.expiry() });
    }
    await Promise.all([...this.local.values()].map((j) => j.writes));
    await this.store.close();
    // A temporary directory is this process's own; a shared one is swept by age.
    if (this.dir && !this.env.REPORT_JOB_DIR) await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  private async directory(): Promise<string> {
    if (!this.dir) {
      if (this.env.REPORT_JOB_DIR) await fs.promises.mkdir(this.env.REPORT_JOB_DIR, { recursive: true });
      this.dir = this.env.REPORT_JOB_DIR ?? (await fs.promises.mkdtemp(path.join(os.tmpdir(), 'outreach-report-jobs-')));
    }
    return this.dir;
  }

  private expiry(): string {
    return new Date(this.clock.now().getTime() + REPORT_JOB_TTL_MS).toISOString();
  }

  /** Queues a write to the store after this job's earlier ones, so a late percent never overwrites 'done'. */
  private write(id: string, patch: ReportJobPatch): void {
    const job = this.local.get(id);
    if (!job) return;
    const ttl = patch.expiresAt ? REPORT_JOB_TTL_MS * 2 : RUNNING_TTL_MS;
    job.writes = job.writes.then(() => this.store.update(id, patch, ttl)).catch((e: Error) => this.log.warn(`report job ${id}: store write failed: ${e.message}`));
  }

  /** Starts a program report whose parameters were validated; answers at once with status 'running'. */
  start<K extends ProgramReportKind>(actor: Actor, program: ProgramEntity, kind: K, params: ReportParams<K>): Promise<ReportJobView> {
    return this.launch(actor, kind, program.id, 'xlsx', async (file, progress) => {
      const setPercent = (f: number) => progress.percent(f);
      const report = await this.reports.build(actor, program, kind, params, setPercent);
      const out = fs.createWriteStream(file);
      const closed = closedPromise(out);
      try {
        await writeWorkbook(out, report.spec, { images: report.images, created: this.clock.now(), onProgress: (f) => setPercent(FETCH_WEIGHT + f * (1 - FETCH_WEIGHT)) });
      } catch (e) {
        out.destroy();
        throw e;
      }
      await closed;
      return { kind: report.kind, programId: report.programId, municipalityId: report.municipalityId, params: report.params, filename: report.filename };
    });
  }

  /**
   * Starts a 全件データ export of one program, or (`program` null) of every program the person serves; answers at
   * once with status 'running'. Its rows are written by a worker thread (FullDataService), not this one.
   */
  async startFullData(actor: Actor, program: ProgramEntity | null, params: FullDataParams): Promise<ReportJobView> {
    const { programs, filename } = await this.fullData.scope(actor, program, params.format);
    return this.launch(actor, 'full-data', program?.id ?? null, params.format === 'csv' ? 'zip' : 'xlsx', async (file, progress) => {
      await this.exports.run(
        () => {
          if (progress.stopped) throw new Stopped();
          progress.waiting(false);
          return this.fullData.write(programs, params.format, file, (f) => progress.percent(f));
        },
        () => progress.waiting(true),
      );
      return { kind: 'full-data', programId: program?.id ?? null, municipalityId: program?.municipalityId ?? actor.municipalityId, params: { ...params, programs: programs.length }, filename };
    });
  }

  private async launch(actor: Actor, kind: ReportJobKind, programId: string | null, ext: 'xlsx' | 'zip', produce: Produce): Promise<ReportJobView> {
    const running = await this.store.runningCount(actor.userId);
    if (running >= MAX_RUNNING_JOBS_PER_USER) throw conflict(`作成中の帳票が${running}件あります。終わってから次を作成してください`);
    const job: ReportJobRecord = {
      id: randomUUID(),
      ownerUserId: actor.userId,
      kind,
      programId,
      status: 'running',
      percent: 0,
      waiting: false,
      filename: null,
      file: null,
      download: null,
      createdAt: this.clock.now().toISOString(),
      expiresAt: null,
    };
    await this.store.create(job, RUNNING_TTL_MS);
    this.local.set(job.id, { writes: Promise.resolve(), stopped: false });
    void this.run(job, ext, produce);
    return this.view(job);
  }

  private async run(job: ReportJobRecord, ext: 'xlsx' | 'zip', produce: Produce): Promise<void> {
    const local = this.local.get(job.id)!;
    let percent = 0;
    let waiting = false;
    const progress: Progress = {
      percent: (fraction) => {
        const next = Math.max(percent, Math.min(99, Math.floor(fraction * 100)));
        if (next === percent) return;
        percent = next;
        this.write(job.id, { percent });
      },
      waiting: (on) => {
        if (on === waiting) return;
        waiting = on;
        this.write(job.id, { waiting });
      },
      get stopped() {
        return local.stopped;
      },
    };
    const name = `${job.id}.${ext}`;
    let file: string | null = null;
    try {
      file = path.join(await this.directory(), name);
      const download = await produce(file, progress);
      if (local.stopped) {
        await fs.promises.rm(file, { force: true });
        return;
      }
      this.write(job.id, { status: 'done', percent: 100, filename: download.filename, file: name, download, expiresAt: this.expiry() });
    } catch (e) {
      if (file) await fs.promises.rm(file, { force: true });
      // Stopped while waiting its turn: onModuleDestroy has already told the poller.
      if (e instanceof Stopped) return;
      const error = e instanceof DomainError ? e.message : '帳票の作成に失敗しました。時間をおいてもう一度お試しください';
      if (!(e instanceof DomainError)) this.log.error(`report job ${job.id} (${job.kind}) failed: ${e instanceof Error ? e.stack : String(e)}`);
      this.write(job.id, { status: 'failed', error, expiresAt: this.expiry() });
    } finally {
      await local.writes;
      this.local.delete(job.id);
    }
  }

  /** The job, for its owner only: anyone else gets a 404, as if it did not exist. */
  private async find(actor: Actor, id: string): Promise<ReportJobRecord> {
    const job = await this.store.get(id);
    if (!job || job.ownerUserId !== actor.userId || this.expired(job)) throw notFound('帳票の作成ジョブが見つかりません（15分で削除されます）');
    return job;
  }

  async get(actor: Actor, id: string): Promise<ReportJobView> {
    return this.view(await this.find(actor, id));
  }

  /** The finished file and what the handling record needs; a job still running is a 409. */
  async finished(actor: Actor, id: string): Promise<{ file: string; report: ReportJobDownload; jobId: string }> {
    const job = await this.find(actor, id);
    if (job.status === 'failed') throw conflict(job.error ?? '帳票の作成に失敗しました');
    if (job.status !== 'done' || !job.file || !job.download) throw conflict(`帳票を作成中です（${job.percent}%）。完了してからダウンロードしてください`);
    return { file: path.join(await this.directory(), job.file), report: job.download, jobId: job.id };
  }

  private expired(job: ReportJobRecord): boolean {
    return job.expiresAt !== null && Date.parse(job.expiresAt) <= this.clock.now().getTime();
  }

  /**
   * Forgets expired jobs and deletes the files whose job is expired or forgotten (in a shared directory, any
   * instance's: a file of a job still running or still kept has its record in the store).
   */
  async sweep(): Promise<void> {
    await this.store.removeExpired(this.clock.now());
    if (!this.dir) return;
    for (const name of await fs.promises.readdir(this.dir)) {
      const id = /^([0-9a-f-]{36})\.(?:xlsx|zip)$/.exec(name)?.[1];
      if (!id) continue;
      const job = await this.store.get(id);
      if (!job || this.expired(job)) await fs.promises.rm(path.join(this.dir, name), { force: true }).catch(() => undefined);
    }
  }

  private view(job: ReportJobRecord): ReportJobView {
    return {
      id: job.id,
      kind: job.kind,
      programId: job.programId,
      status: job.status,
      percent: job.percent,
      waiting: job.status === 'running' && job.waiting === true,
      filename: job.filename,
      ...(job.error ? { error: job.error } : {}),
      createdAt: job.createdAt,
      expiresAt: job.expiresAt,
    };
  }
}

/** A job whose turn came after its instance began to stop. */
class Stopped extends Error {}

/** Resolves when the file stream has flushed and closed, rejects on a write error (observed either way). */
function closedPromise(out: fs.WriteStream): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', () => resolve());
    out.on('error', reject);
  });
  closed.catch(() => undefined);
  return closed;
}
