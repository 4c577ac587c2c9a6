import type { UserEntity } from './user.entity';

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  organizationId: string;
  organizationName: string | null;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export function toUserView(u: UserEntity): UserView {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    active: u.active,
    organizationId: u.organizationId,
    organizationName: u.organization?.name ?? null,
    totpEnabled: u.totpEnabled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
