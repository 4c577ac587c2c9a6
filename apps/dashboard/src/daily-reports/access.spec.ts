import { permissionsOf, type Role } from '@outreach/domain/auth';
import { isAllowed } from '../providers/access';

/** The field-work screens' entries in providers/access.ts, checked against the roles' real permissions. */
describe('access to the field-work screens', () => {
  const can = (role: Role, resource: string, action: string) => isAllowed(permissionsOf(role), resource, action);
  const programRoles = ['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'] as const;

  it('lets everyone on a program read sessions, daily reports, defects and inquiries', () => {
    for (const role of programRoles) {
      for (const resource of ['sessions', 'daily-reports', 'defects', 'inquiries']) {
        expect(can(role, resource, 'list')).toBe(true);
        expect(can(role, resource, 'show')).toBe(true);
      }
    }
    expect(can('system_admin', 'daily-reports', 'list')).toBe(false);
  });

  it('lets only the vendor record sessions and follow-ups and fill daily reports', () => {
    for (const role of ['vendor_manager', 'vendor_staff'] as const) {
      expect(can(role, 'sessions', 'create')).toBe(true);
      expect(can(role, 'sessions', 'delete')).toBe(true);
      expect(can(role, 'daily-reports', 'edit')).toBe(true);
      expect(can(role, 'daily-reports', 'submit')).toBe(true);
      expect(can(role, 'defects', 'edit')).toBe(true);
      expect(can(role, 'inquiries', 'create')).toBe(true);
      expect(can(role, 'daily-reports', 'accept')).toBe(false);
    }
    for (const role of ['city_admin', 'city_viewer'] as const) {
      expect(can(role, 'sessions', 'edit')).toBe(false);
      expect(can(role, 'daily-reports', 'edit')).toBe(false);
      expect(can(role, 'defects', 'create')).toBe(false);
    }
  });

  it('lets the city administrator alone accept, return and reopen daily reports', () => {
    for (const action of ['accept', 'return', 'reopen']) {
      expect(can('city_admin', 'daily-reports', action)).toBe(true);
      expect(can('city_viewer', 'daily-reports', action)).toBe(false);
      expect(can('vendor_manager', 'daily-reports', action)).toBe(false);
    }
  });
});
