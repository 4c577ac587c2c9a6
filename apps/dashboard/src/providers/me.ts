import type { Me } from '@outreach/domain/auth';
import { useGetIdentity } from 'ra-core';

/** The signed-in user, as authProvider.getIdentity hands it over; `refetch` after changing the account. */
export function useMe() {
  const { identity, isPending, refetch } = useGetIdentity();
  return { me: identity?.me as Me | undefined, isPending, refetch };
}
