import type { Permission } from '@outreach/domain';

/**
 * The one map from react-admin's (resource, action) to the API permission it needs. The API sends the
 * signed-in user's permissions; menus, buttons and routes all ask authProvider.canAccess, which asks this.
 */
const ACCESS: Record<string, Partial<Record<string, Permission>>> = {
  users: { list: 'user.read', show: 'user.read', create: 'user.manage', edit: 'user.manage' },
  organizations: { list: 'organization.read', show: 'organization.read', create: 'organization.manage', edit: 'organization.manage' },
  municipalities: { list: 'municipality.read', show: 'municipality.read', create: 'municipality.manage', edit: 'municipality.manage' },
  'handling-records': { list: 'handling_record.read', show: 'handling_record.read', export: 'export.download' },
};

/** Whether these permissions allow the action on the resource; an unknown resource or action is refused. */
export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  const actions = Object.hasOwn(ACCESS, resource) ? ACCESS[resource] : undefined;
  const needed = actions && Object.hasOwn(actions, action) ? actions[action] : undefined;
  return needed !== undefined && permissions.includes(needed);
}
