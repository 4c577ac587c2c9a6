import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * Failed-login counters per account and per IP. The key is a hash ('acct:' or 'ip:' + SHA-256), so no
 * e-mail address or IP is kept here.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ ...col.text(80), name: 'throttle_key' }) key: string;
  @Column(col.int()) failures: number;
  @Column({ ...col.instant(), name: 'last_failure_at' }) lastFailureAt: Date;
  @Column({ ...col.instant(true), name: 'blocked_until' }) blockedUntil: Date | null;
}
