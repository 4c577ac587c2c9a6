import { passwordProblem } from './password.js';
import { assignableRoles, can, permissionsOf, seesPersonalData } from './roles.js';

describe('role → action map', () => {
  it('gives each role only what its work needs', () => {
    expect(can('city_admin', 'report.accept')).toBe(true);
    expect(can('vendor_manager', 'report.accept')).toBe(false);
    expect(can('city_viewer', 'program.manage')).toBe(false);
    // 様式は協議: the city's admin records the agreed report form; the vendor only reads it.
    expect(can('city_admin', 'report_form.manage')).toBe(true);
    expect(can('vendor_manager', 'report_form.manage')).toBe(false);
    expect(can('system_admin', 'reservation.read_personal')).toBe(false);
    expect(can('system_admin', 'program.read')).toBe(false);
    expect(permissionsOf('city_viewer')).toEqual(['handling_record.read', 'export.download', 'program.read', 'reservation.read_shared']);
  });

  it('withholds personal-data permissions until the second factor where it is required', () => {
    expect(permissionsOf('vendor_staff')).toContain('reservation.read_personal');
    expect(permissionsOf('vendor_staff', { personalDataAllowed: false })).not.toContain('reservation.read_personal');
    expect(seesPersonalData('vendor_staff')).toBe(true);
    expect(seesPersonalData('city_viewer')).toBe(false);
  });

  it('lets administrators hand out only roles of their own organization kind', () => {
    expect(assignableRoles('city_admin')).toEqual(['city_admin', 'city_viewer']);
    expect(assignableRoles('vendor_manager')).toEqual(['vendor_manager', 'vendor_staff']);
    expect(assignableRoles('vendor_staff')).toEqual([]);
  });
});

describe('passwordProblem', () => {
  it('refuses short passwords and ones built from the user name or e-mail', () => {
    expect(passwordProblem('short', {})).toContain('12文字以上');
    expect(passwordProblem('yamada-taro-2026!', { email: 'yamada-taro@example.jp' })).toContain('氏名やメールアドレス');
    expect(passwordProblem('Hanako1234567', { name: 'Sato Hanako' })).toContain('氏名やメールアドレス');
    expect(passwordProblem('aaaaaaaaaaaaaa', {})).toContain('繰り返し');
    expect(passwordProblem('correct horse battery', { name: '佐藤 花子', email: 'sato@example.jp' })).toBeUndefined();
  });
});
