import { assignableRoles } from '@outreach/domain/auth';
import { roleChoices } from '../common/choices';
import { useMe } from '../providers/me';

/** The roles the signed-in administrator may give, labelled for a select. */
export function useRoleChoices() {
  const { me } = useMe();
  const allowed = me ? assignableRoles(me.role) : [];
  return roleChoices.filter((choice) => allowed.includes(choice.id));
}
