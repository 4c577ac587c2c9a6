import type { OrganizationKind, Permission, Role } from '@outreach/domain/auth';

/** The authenticated person behind a request, as every guard and service sees them. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** The city's municipality (null for vendors and the operator). */
  municipalityId: string | null;
  permissions: ReadonlySet<Permission>;
  /** Whether this login passed the second factor. */
  totpVerified: boolean;
  ip: string | null;
}

export interface RequestWithActor {
  actor?: Actor;
  ip?: string;
  params: Record<string, string>;
}
