import { isAllowed } from './access';

describe(isAllowed.name, () => {
  it('maps list/show to the read permission and create/edit to the manage permission', () => {
    const readOnly = ['user.read', 'organization.read', 'municipality.read'];
    for (const resource of ['users', 'organizations', 'municipalities']) {
      expect(isAllowed(readOnly, resource, 'list')).toBe(true);
      expect(isAllowed(readOnly, resource, 'show')).toBe(true);
      expect(isAllowed(readOnly, resource, 'create')).toBe(false);
      expect(isAllowed(readOnly, resource, 'edit')).toBe(false);
    }
    expect(isAllowed(['user.manage'], 'users', 'create')).toBe(true);
    expect(isAllowed(['organization.manage'], 'organizations', 'edit')).toBe(true);
    expect(isAllowed(['municipality.manage'], 'municipalities', 'edit')).toBe(true);
  });

  it('lets handling records be read with handling_record.read and exported with export.download', () => {
    expect(isAllowed(['handling_record.read'], 'handling-records', 'list')).toBe(true);
    expect(isAllowed(['handling_record.read'], 'handling-records', 'export')).toBe(false);
    expect(isAllowed(['export.download'], 'handling-records', 'export')).toBe(true);
    expect(isAllowed(['export.download'], 'handling-records', 'list')).toBe(false);
  });

  it('refuses unknown resources and actions, including inherited property names', () => {
    const all = ['user.read', 'user.manage', 'handling_record.read', 'export.download'];
    expect(isAllowed(all, 'programs', 'list')).toBe(false);
    expect(isAllowed(all, 'users', 'delete')).toBe(false);
    expect(isAllowed(all, 'handling-records', 'edit')).toBe(false);
    expect(isAllowed(all, 'constructor', 'list')).toBe(false);
    expect(isAllowed(all, 'users', 'toString')).toBe(false);
  });
});
