import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

interface Job {
  name: string;
  periodMs: number;
  run: () => Promise<unknown>;
}

/**
 * Periodic work of the feature modules. Modules register at init; the application starts the jobs only once the
 * database is migrated and seeded (app.factory.ts), so a first start never runs a job against missing tables.
 * Each job runs at start and then every period; the job itself takes the period's lease when several instances
 * must not both run it (LeaseService.oncePerPeriod).
 */
@Injectable()
export class ScheduledJobs implements OnModuleDestroy {
  private readonly logger = new Logger('ScheduledJobs');
  private readonly jobs: Job[] = [];
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(@Inject(ENV) private readonly env: Env) {}

  register(name: string, periodMs: number, run: () => Promise<unknown>): void {
    this.jobs.push({ name, periodMs, run });
  }

  /**
   * A deletion of personal data whose purpose has ended: at start (a restart never postpones a deletion) and then every
   * period, unless `PERSONAL_DATA_SWEEP=off` (tests that drive the deletion themselves) — decided here, once for all.
   */
  registerPersonalDataDeletion(name: string, periodMs: number, run: () => Promise<unknown>): void {
    if (this.env.PERSONAL_DATA_SWEEP !== 'off') this.register(name, periodMs, run);
  }

  /** Runs every registered job now and schedules its next runs; a failure is logged (never its data) and retried next period. */
  start(): void {
    for (const job of this.jobs) {
      const tick = () => void job.run().catch((e: Error) => this.logger.error(`${job.name} failed: ${e.message}`));
      tick();
      const timer = setInterval(tick, job.periodMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  onModuleDestroy(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
  }
}
