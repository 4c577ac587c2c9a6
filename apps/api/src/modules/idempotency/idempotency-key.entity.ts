import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * A client-generated Idempotency-Key per user and action: the first request stores its result, a retry gets
 * it back, a different body with the same key is refused. The primary key is the guarantee under concurrency.
 */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  /** SHA-256 of user id, scope and the client's key. */
  @PrimaryColumn({ ...col.text(64), name: 'key_hash' }) keyHash: string;
  /** SHA-256 of the request body. */
  @Column({ ...col.text(64), name: 'request_hash' }) requestHash: string;
  @Column({ ...col.int(true), name: 'response_status' }) responseStatus: number | null;
  @Column({ ...col.longText(), name: 'response_body' }) responseBody: string | null;
  @Column({ ...col.instant(), name: 'created_at' }) createdAt: Date;
}
