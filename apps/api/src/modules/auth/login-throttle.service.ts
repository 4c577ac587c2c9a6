import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@outreach/domain';
import { In, type Repository } from 'typeorm';
import { LoginThrottleEntity } from './login-throttle.entity';

/** Failures before any delay; then the delay doubles per failure up to a cap. */
export const FREE_FAILURES = 5;
/** An account is never blocked longer than this, so an attacker cannot lock a real user out for long. */
export const ACCOUNT_MAX_DELAY_S = 60;
/** One address hammering many accounts is slowed much more. */
export const IP_MAX_DELAY_S = 15 * 60;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 30 * 60 * 1000;

const hashKey = (prefix: string, value: string) => `${prefix}:${createHash('sha256').update(value).digest('hex')}`;

export function delaySeconds(failures: number, cap: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), cap);
}

@Injectable()
export class LoginThrottleService {
  constructor(@InjectRepository(LoginThrottleEntity) private readonly throttles: Repository<LoginThrottleEntity>) {}

  private keys(email: string, ip: string | null) {
    return { account: hashKey('acct', email), ip: hashKey('ip', ip ?? 'unknown') };
  }

  /** Throws a 429 with the wait in Japanese while the account or the address is blocked. */
  async assertAllowed(email: string, ip: string | null, now: Date): Promise<void> {
    const k = this.keys(email, ip);
    const rows = await this.throttles.find({ where: { key: In([k.account, k.ip]) } });
    const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
    if (until > now.getTime()) {
      const seconds = Math.ceil((until - now.getTime()) / 1000);
      throw new DomainError('too_many_requests', `ログインの試行が続いたため一時的に制限しています。${seconds}秒後に再度お試しください`, {}, { retryAfterSeconds: seconds });
    }
  }

  async recordFailure(email: string, ip: string | null, now: Date): Promise<void> {
    const k = this.keys(email, ip);
    await this.bump(k.account, ACCOUNT_MAX_DELAY_S, now);
    await this.bump(k.ip, IP_MAX_DELAY_S, now);
  }

  async recordSuccess(email: string, ip: string | null): Promise<void> {
    const k = this.keys(email, ip);
    await this.throttles.delete({ key: In([k.account, k.ip]) });
  }

  private async bump(key: string, cap: number, now: Date): Promise<void> {
    const row = await this.throttles.findOne({ where: { key } });
    const stale = row && now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
    const failures = row && !stale ? row.failures + 1 : 1;
    const delay = delaySeconds(failures, cap);
    await this.throttles.save({ key, failures, lastFailureAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null });
  }
}
