import { permissionsOf } from '@outreach/domain/auth';
import { isAllowed } from '../providers/access';

/** The call screens' entries in providers/access.ts, checked against the roles' real permissions. */
describe('access to the call screens', () => {
  const can = (role: Parameters<typeof permissionsOf>[0], resource: string, action: string) => isAllowed(permissionsOf(role), resource, action);

  it('lets everyone on a program read calls and weekly reports', () => {
    for (const role of ['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'] as const) {
      for (const resource of ['calls', 'call-weeks']) {
        expect(can(role, resource, 'list')).toBe(true);
        expect(can(role, resource, 'show')).toBe(true);
      }
    }
    expect(can('system_admin', 'calls', 'list')).toBe(false);
  });

  it('lets only the vendor log, correct and delete calls', () => {
    for (const action of ['create', 'edit', 'delete']) {
      expect(can('vendor_staff', 'calls', action)).toBe(true);
      expect(can('vendor_manager', 'calls', action)).toBe(true);
      expect(can('city_admin', 'calls', action)).toBe(false);
      expect(can('city_viewer', 'calls', action)).toBe(false);
    }
  });

  it('lets the vendor submit and the city administrator accept a week', () => {
    expect(can('vendor_staff', 'call-weeks', 'submit')).toBe(true);
    expect(can('vendor_staff', 'call-weeks', 'accept')).toBe(false);
    expect(can('city_admin', 'call-weeks', 'accept')).toBe(true);
    expect(can('city_admin', 'call-weeks', 'submit')).toBe(false);
    expect(can('city_viewer', 'call-weeks', 'accept')).toBe(false);
    expect(can('vendor_manager', 'call-weeks', 'edit')).toBe(false);
  });
});
