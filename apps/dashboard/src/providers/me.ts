import type { OrganizationKind, Role } from '@outreach/domain/auth';
import { useGetIdentity } from 'ra-core';

/** GET /api/auth/me */
export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: { id: string; name: string; kind: OrganizationKind };
  municipality: { id: string; name: string; code: string } | null;
  permissions: string[];
  totpEnabled: boolean;
  totpEnrollmentRequired: boolean;
  /** The program the user chose to work on (remembered by the API); null before their first choice. */
  currentProgramId: string | null;
}

/** The signed-in user, as authProvider.getIdentity hands it over; `refetch` after changing the account. */
export function useMe() {
  const { identity, isPending, refetch } = useGetIdentity();
  return { me: identity?.me as Me | undefined, isPending, refetch };
}
