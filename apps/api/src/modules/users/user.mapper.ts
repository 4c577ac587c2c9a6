import type { Role } from '@outreach/domain/auth';
import type { UserView } from '@outreach/domain/users';
import type { UserEntity } from './user.entity';

export function toUserView(u: UserEntity): UserView {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role as Role,
    active: u.active,
    organizationId: u.organizationId,
    organizationName: u.organization?.name ?? null,
    totpEnabled: u.totpEnabled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
