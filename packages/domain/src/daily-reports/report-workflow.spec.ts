import { DomainError } from '../common/errors.js';
import type { Role } from '../auth/roles.js';
import type { ReportAction, ReportStatus } from './report-workflow.js';
import { reportActionSchema, reportStatusSchema, reportTransition } from './report-workflow.js';

describe(reportTransition.name, () => {
  it('follows the happy path: vendor submits, city accepts', () => {
    expect(reportTransition('draft', 'submit', 'vendor_staff')).toBe('submitted');
    expect(reportTransition('submitted', 'accept', 'city_admin')).toBe('accepted');
  });

  it('lets the city return with a reason, and the vendor resubmit', () => {
    expect(reportTransition('submitted', 'return', 'city_admin', '相談件数の内訳を追記してください')).toBe('returned');
    expect(reportTransition('returned', 'submit', 'vendor_manager')).toBe('submitted');
  });

  it('reopens an accepted report as returned, with a reason', () => {
    expect(reportTransition('accepted', 'reopen', 'city_admin', '件数の誤り')).toBe('returned');
  });

  it('needs a reason to return or reopen, on the reason field', () => {
    for (const [from, action] of [['submitted', 'return'], ['accepted', 'reopen']] as const) {
      const r = reportTransition(from, action, 'city_admin', '   ');
      expect(r).toBeInstanceOf(DomainError);
      expect(r).toMatchObject({ code: 'invalid', errors: { reason: '理由を入力してください' } });
    }
  });

  it('is forbidden for the wrong role, before looking at the status', () => {
    expect(reportTransition('draft', 'submit', 'city_admin')).toMatchObject({ code: 'forbidden', message: 'この報告を提出する権限がありません' });
    expect(reportTransition('submitted', 'accept', 'vendor_manager')).toMatchObject({ code: 'forbidden' });
    expect(reportTransition('draft', 'accept', 'city_viewer')).toMatchObject({ code: 'forbidden' });
  });

  it('is invalid from a status that does not allow the action, in Japanese', () => {
    expect(reportTransition('accepted', 'submit', 'vendor_staff')).toMatchObject({ code: 'invalid', message: '受理済みの報告は提出できません' });
    expect(reportTransition('draft', 'accept', 'city_admin')).toMatchObject({ code: 'invalid', message: '作成中の報告は受理できません' });
  });

  it('never leaves the four statuses and only city_admin or vendor roles succeed (every combination)', () => {
    const roles: Role[] = ['system_admin', 'city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'];
    for (const from of reportStatusSchema.options as ReportStatus[]) {
      for (const action of reportActionSchema.options as ReportAction[]) {
        for (const role of roles) {
          const r = reportTransition(from, action, role, '理由');
          if (r instanceof DomainError) continue;
          expect(reportStatusSchema.options).toContain(r);
          expect(action === 'submit' ? ['vendor_manager', 'vendor_staff'] : ['city_admin']).toContain(role);
        }
      }
    }
  });
});
