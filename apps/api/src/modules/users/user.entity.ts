import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';

/** A new account: active, no second factor yet, never signed in, its password not yet changed by its owner. */
export const NEW_ACCOUNT = { active: true, totpSecret: null, totpEnabled: false, lastLoginAt: null, passwordChangedAt: null } satisfies Partial<UserEntity>;

@Entity('app_user')
@Index('uq_user_organization_email', ['organizationId', 'email'], { unique: true })
export class UserEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_user_organization')
  @Column({ ...col.ref(), name: 'organization_id' })
  organizationId: string;
  @References(() => OrganizationEntity, { column: 'organization_id', constraint: 'fk_user_organization', onDelete: 'RESTRICT' })
  organization?: OrganizationEntity;
  @Column(col.enum()) role: string;
  @Column(col.text(100)) name: string;
  /** Lower-cased at write; the login. Unique within the organization only, so a create never reveals another tenant's address. */
  @Index('ix_user_email')
  @Column(col.text(254))
  email: string;
  @Column({ ...col.text(255), name: 'password_hash' }) passwordHash: string;
  @Column(col.bool()) active: boolean;
  @Column({ ...col.text(64, true), name: 'totp_secret' }) totpSecret: string | null;
  @Column({ ...col.bool(), name: 'totp_enabled' }) totpEnabled: boolean;
  @Column({ ...col.instant(true), name: 'last_login_at' }) lastLoginAt: Date | null;
  @Column({ ...col.instant(true), name: 'password_changed_at' }) passwordChangedAt: Date | null;
  /** The program the user last chose to work on (a preference; answered only while they still see it). */
  @Column({ ...col.ref(true), name: 'current_program_id' }) currentProgramId: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
