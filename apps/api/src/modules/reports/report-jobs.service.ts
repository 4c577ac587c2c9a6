import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { conflict, DomainError, notFound, type ProgramReportKind, type ReportParams } from '@outreach/domain';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import type { ProgramEntity } from '../programs/program.entity';
import { type BuiltReport, FETCH_WEIGHT, ReportsService } from './reports.service';
import { writeWorkbook } from './xlsx-writer';

export type ReportJobStatus = 'running' | 'done' | 'failed';

export interface ReportJobView {
  id: string;
  kind: ProgramReportKind;
  programId: string;
  status: ReportJobStatus;
  percent: number;
  filename: string | null;
  error?: string;
  createdAt: string;
  /** When the finished file is deleted. */
  expiresAt: string | null;
}

interface Job {
  id: string;
  ownerUserId: string;
  kind: ProgramReportKind;
  programId: string;
  status: ReportJobStatus;
  percent: number;
  filename: string | null;
  error?: string;
  file: string | null;
  report: BuiltReport | null;
  createdAt: Date;
  expiresAt: Date | null;
}

/** A finished file is kept this long, then deleted. */
export const REPORT_JOB_TTL_MS = 15 * 60 * 1000;
/** Jobs one person may have running at once. */
export const MAX_RUNNING_JOBS_PER_USER = 3;
const SWEEP_INTERVAL_MS = 60 * 1000;

/**
 * Report jobs: a report generated in the background while the dashboard shows its progress, then downloaded
 * once by its owner. The registry is in memory and the files are in a temporary directory of this process:
 * a deployment with several API instances needs a shared store (the database or Redis for the registry, a
 * shared volume or object storage for the files) or sticky sessions, or a poll may reach an instance that
 * does not know the job (404).
 */
@Injectable()
export class ReportJobsService implements OnModuleDestroy {
  private readonly log = new Logger(ReportJobsService.name);
  private readonly jobs = new Map<string, Job>();
  private dir: string | null = null;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    // Let running jobs notice, then remove every file.
    for (const job of this.jobs.values()) if (job.status === 'running') job.status = 'failed';
    if (this.dir) await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  private async directory(): Promise<string> {
    this.dir ??= await fs.promises.mkdtemp(path.join(os.tmpdir(), 'outreach-report-jobs-'));
    return this.dir;
  }

  /** Starts a job whose parameters were validated; answers at once with status 'running'. */
  start<K extends ProgramReportKind>(actor: Actor, program: ProgramEntity, kind: K, params: ReportParams<K>): ReportJobView {
    const running = [...this.jobs.values()].filter((j) => j.ownerUserId === actor.userId && j.status === 'running').length;
    if (running >= MAX_RUNNING_JOBS_PER_USER) throw conflict(`作成中の帳票が${running}件あります。終わってから次を作成してください`);
    const job: Job = {
      id: randomUUID(),
      ownerUserId: actor.userId,
      kind,
      programId: program.id,
      status: 'running',
      percent: 0,
      filename: null,
      file: null,
      report: null,
      createdAt: this.clock.now(),
      expiresAt: null,
    };
    this.jobs.set(job.id, job);
    void this.run(job, actor, program, params);
    return this.view(job);
  }

  private async run<K extends ProgramReportKind>(job: Job, actor: Actor, program: ProgramEntity, params: ReportParams<K>): Promise<void> {
    const setPercent = (fraction: number) => {
      job.percent = Math.max(job.percent, Math.min(99, Math.floor(fraction * 100)));
    };
    try {
      const report = await this.reports.build(actor, program, job.kind as K, params, setPercent);
      job.filename = report.filename;
      const file = path.join(await this.directory(), `${job.id}.xlsx`);
      const out = fs.createWriteStream(file);
      const closed = closedPromise(out);
      try {
        await writeWorkbook(out, report.spec, { images: report.images, created: this.clock.now(), onProgress: (f) => setPercent(FETCH_WEIGHT + f * (1 - FETCH_WEIGHT)) });
      } catch (e) {
        out.destroy();
        await fs.promises.rm(file, { force: true });
        throw e;
      }
      await closed;
      if (job.status !== 'running') {
        await fs.promises.rm(file, { force: true });
        return;
      }
      Object.assign(job, { status: 'done', percent: 100, file, report, expiresAt: new Date(this.clock.now().getTime() + REPORT_JOB_TTL_MS) });
    } catch (e) {
      job.status = 'failed';
      job.error = e instanceof DomainError ? e.message : '帳票の作成に失敗しました。時間をおいてもう一度お試しください';
      if (!(e instanceof DomainError)) this.log.error(`report job ${job.id} (${job.kind}) failed: ${e instanceof Error ? e.stack : String(e)}`);
      job.expiresAt = new Date(this.clock.now().getTime() + REPORT_JOB_TTL_MS);
    }
  }

  /** The job, for its owner only: anyone else gets a 404, as if it did not exist. */
  private find(actor: Actor, id: string): Job {
    const job = this.jobs.get(id);
    if (!job || job.ownerUserId !== actor.userId || this.expired(job)) throw notFound('帳票の作成ジョブが見つかりません（15分で削除されます）');
    return job;
  }

  get(actor: Actor, id: string): ReportJobView {
    return this.view(this.find(actor, id));
  }

  /** The finished file and what the handling record needs; a job still running is a 409. */
  finished(actor: Actor, id: string): { file: string; report: BuiltReport; jobId: string } {
    const job = this.find(actor, id);
    if (job.status === 'failed') throw conflict(job.error ?? '帳票の作成に失敗しました');
    if (job.status !== 'done' || !job.file || !job.report) throw conflict(`帳票を作成中です（${job.percent}%）。完了してからダウンロードしてください`);
    return { file: job.file, report: job.report, jobId: job.id };
  }

  private expired(job: Job): boolean {
    return job.expiresAt !== null && job.expiresAt.getTime() <= this.clock.now().getTime();
  }

  /** Deletes expired jobs and their files. */
  async sweep(): Promise<void> {
    for (const job of [...this.jobs.values()]) {
      if (!this.expired(job)) continue;
      this.jobs.delete(job.id);
      if (job.file) await fs.promises.rm(job.file, { force: true }).catch(() => undefined);
    }
  }

  private view(job: Job): ReportJobView {
    return {
      id: job.id,
      kind: job.kind,
      programId: job.programId,
      status: job.status,
      percent: job.percent,
      filename: job.filename,
      ...(job.error ? { error: job.error } : {}),
      createdAt: job.createdAt.toISOString(),
      expiresAt: job.expiresAt?.toISOString() ?? null,
    };
  }
}

/** Resolves when the file stream has flushed and closed, rejects on a write error (observed either way). */
function closedPromise(out: fs.WriteStream): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', () => resolve());
    out.on('error', reject);
  });
  closed.catch(() => undefined);
  return closed;
}
