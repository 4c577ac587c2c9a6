import type { Role } from '@outreach/domain';

/** A row of GET /api/users. */
export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  organizationId: string;
  organizationName: string;
  lastLoginAt: string | null;
  createdAt: string;
}
