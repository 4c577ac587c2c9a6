import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A login (ログイン): a signed-in browser. The cookie holds a random token; only its SHA-256 is stored here.
 * Not a 実施 (`session`): that word belongs to visits and events (docs/glossary.md).
 */
@Entity('login')
export class LoginEntity {
  @PrimaryColumn({ ...col.text(64), name: 'token_hash' }) tokenHash: string;
  @Index('ix_login_user')
  @Column({ ...col.ref(), name: 'user_id' })
  userId: string;
  @References(() => UserEntity, { column: 'user_id', constraint: 'fk_login_user', onDelete: 'CASCADE' })
  user?: UserEntity;
  /** The second factor was checked in this login. */
  @Column({ ...col.bool(), name: 'totp_verified' }) totpVerified: boolean;
  @Column({ ...col.instant(), name: 'created_at' }) createdAt: Date;
  @Column({ ...col.instant(), name: 'expires_at' }) expiresAt: Date;
}
