import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { LeaseEntity } from './lease.entity';

/**
 * Leases in the database: scheduled work runs on one API instance per period, however many run on the same
 * database (SQLite, MySQL and MariaDB alike; no Redis needed). A lease is a row with a holder and an expiry;
 * an instance takes it when it is free, expired or already its own. It is not given back after the work, so
 * the work runs once per period; an instance that stops gives its leases back (so a restart runs the work at
 * start again), and one that dies is taken over after the expiry.
 */
@Injectable()
export class LeaseService implements OnModuleDestroy {
  private readonly log = new Logger(LeaseService.name);
  /** INSTANCE_NAME, or this process (the random part tells two apps in one process apart, as tests build them). */
  readonly holder: string;

  constructor(
    @InjectRepository(LeaseEntity) private readonly leases: Repository<LeaseEntity>,
    private readonly clock: Clock,
    @Inject(ENV) env: Env,
  ) {
    this.holder = (env.INSTANCE_NAME ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`).slice(0, 100);
  }

  /** Gives this instance's leases back on a clean stop. */
  async onModuleDestroy(): Promise<void> {
    await this.leases.delete({ holder: this.holder }).catch((e: Error) => this.log.warn(`leases not released: ${e.message}`));
  }

  /** Takes (or renews) the lease `name` for `ttlMs`; false while another instance holds it. */
  async acquire(name: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const taken = await this.leases
      .createQueryBuilder()
      .update()
      .set({ holder: this.holder, acquiredAt: now, expiresAt })
      .where('name = :name AND (expires_at <= :now OR holder = :holder)', { name, now, holder: this.holder })
      .execute();
    if (taken.affected) return true;
    try {
      await this.leases.insert({ name, holder: this.holder, acquiredAt: now, expiresAt });
      return true;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // The row exists: another instance holds it (or it is ours and MySQL counted no changed row).
      const row = await this.leases.findOneBy({ name });
      return row?.holder === this.holder;
    }
  }

  /** Runs `work` if this instance takes the lease for the period; returns whether it ran. */
  async oncePerPeriod(name: string, periodMs: number, work: () => Promise<unknown>): Promise<boolean> {
    if (!(await this.acquire(name, periodMs))) {
      this.log.debug(`${name}: held by another instance`);
      return false;
    }
    await work();
    return true;
  }
}
