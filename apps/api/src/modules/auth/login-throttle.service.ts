import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@outreach/domain/common';
import { In, type Repository } from 'typeorm';
import { LoginThrottleEntity } from './login-throttle.entity';

/** Failures before any delay (per account); then the delay doubles per failure up to a cap. */
export const FREE_FAILURES = 5;
/** A city office shares one address among many staff, so an address gets more free failures. */
export const IP_FREE_FAILURES = 20;
/** An account is never blocked longer than this, so an attacker cannot lock a real user out for long. */
export const ACCOUNT_MAX_DELAY_S = 60;
/** One address hammering many accounts is slowed much more. */
export const IP_MAX_DELAY_S = 15 * 60;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 30 * 60 * 1000;

const hashKey = (prefix: string, value: string) => `${prefix}:${createHash('sha256').update(value).digest('hex')}`;

export function delaySeconds(failures: number, free: number, cap: number): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), cap);
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
    await this.bump(k.account, FREE_FAILURES, ACCOUNT_MAX_DELAY_S, now);
    await this.bump(k.ip, IP_FREE_FAILURES, IP_MAX_DELAY_S, now);
  }

  /** Clears the account's counter only: one good login must not reset an address that is guessing others' passwords. */
  async recordSuccess(email: string, ip: string | null): Promise<void> {
    await this.throttles.delete({ key: this.keys(email, ip).account });
  }

  private async bump(key: string, free: number, cap: number, now: Date): Promise<void> {
    const row = await this.throttles.findOne({ where: { key } });
    const stale = row && now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
    const failures = row && !stale ? row.failures + 1 : 1;
    const delay = delaySeconds(failures, free, cap);
    await this.throttles.save({ key, failures, lastFailureAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null });
  }
}
