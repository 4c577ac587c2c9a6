import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badRequest, conflict, invalid } from '@outreach/domain/common';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Stable JSON: the same body with keys in another order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs an action at most once per (user, scope, Idempotency-Key):
 *  - a retry with the same key and body returns the first result;
 *  - the same key with a different body is a 422;
 *  - a duplicate arriving while the first is still running is a 409.
 * A failed first attempt releases the key, so the client may retry after fixing the problem.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>,
    private readonly clock: Clock,
  ) {}

  async run<T>(userId: string, scope: string, clientKey: string | undefined, body: unknown, action: () => Promise<T>): Promise<T> {
    if (!clientKey) return action();
    if (!/^[\w-]{8,100}$/.test(clientKey)) throw badRequest('Idempotency-Key の形式が正しくありません', { 'Idempotency-Key': '8〜100文字の英数字とハイフンで指定してください' });
    const keyHash = sha256(`${userId}\n${scope}\n${clientKey}`);
    const requestHash = sha256(canonical(body));
    try {
      await this.keys.insert({ keyHash, requestHash, responseStatus: null, responseBody: null, createdAt: this.clock.now() });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const existing = await this.keys.findOneByOrFail({ keyHash });
      if (existing.requestHash !== requestHash) throw invalid('同じ Idempotency-Key で異なる内容が送信されました', { 'Idempotency-Key': '新しいキーで送信してください' });
      if (existing.responseStatus === null) throw conflict('同じ送信を処理しています。しばらくしてから結果を確認してください');
      return JSON.parse(existing.responseBody ?? 'null') as T;
    }
    try {
      const result = await action();
      await this.keys.update({ keyHash }, { responseStatus: 200, responseBody: JSON.stringify(result) });
      return result;
    } catch (e) {
      await this.keys.delete({ keyHash });
      throw e;
    }
  }
}
