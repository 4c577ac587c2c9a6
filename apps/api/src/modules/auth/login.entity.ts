import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';
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
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_login_user' })
  user?: UserEntity;
  /** The second factor was checked in this login. */
  @Column({ ...col.bool(), name: 'totp_verified' }) totpVerified: boolean;
  @Column({ ...col.instant(), name: 'created_at' }) createdAt: Date;
  @Column({ ...col.instant(), name: 'expires_at' }) expiresAt: Date;
}
