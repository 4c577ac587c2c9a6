import fc from 'fast-check';
import { DomainError } from '../common/errors.js';
import { ROLES, type Role } from '../auth/roles.js';
import {
  type DailyReportAction,
  dailyReportActionSchema,
  type DailyReportReview,
  type DailyReportStatus,
  dailyReportStatusSchema,
  dailyReportTransition,
  goesToCheck,
  isLocked,
  isReceived,
  seesInternalReview,
  visibleToCity,
} from './report-workflow.js';

const staff = { role: 'vendor_staff' as const, userId: 'staff-1' };
const manager = { role: 'vendor_manager' as const, userId: 'manager-1' };
const city = { role: 'city_admin' as const, userId: 'city-1' };
const on = { review: 'vendor_manager' as const, preparedBy: 'staff-1' };
const off = { review: 'none' as const, preparedBy: null };

describe(dailyReportTransition.name, () => {
  it('sends staff’s submission to the manager’s check when review is on, and releases it to the city on 確認', () => {
    expect(dailyReportTransition('draft', 'submit', staff, { ...on, preparedBy: null })).toBe('checking');
    expect(dailyReportTransition('checking', 'release', manager, on)).toBe('submitted');
    expect(dailyReportTransition('submitted', 'accept', city, on)).toBe('accepted');
  });

  it('returns internally with a reason, back to the author who resubmits to the check', () => {
    expect(dailyReportTransition('checking', 'return_internally', manager, on, '相談件数を確認してください')).toBe('returned_internally');
    expect(dailyReportTransition('checking', 'return_internally', manager, on, '  ')).toMatchObject({ code: 'invalid', errors: { reason: '理由を入力してください' } });
    expect(dailyReportTransition('returned_internally', 'submit', staff, on)).toBe('checking');
    // A report the city returned goes through the check again on its way back.
    expect(dailyReportTransition('returned', 'submit', staff, on)).toBe('checking');
  });

  it('goes straight to the city with review off, and for the manager’s own submission', () => {
    expect(dailyReportTransition('draft', 'submit', staff, off)).toBe('submitted');
    expect(dailyReportTransition('draft', 'submit', manager, on)).toBe('submitted');
    expect(dailyReportTransition('returned_internally', 'submit', manager, on)).toBe('submitted');
  });

  it('lets only a vendor manager check, and never the one who submitted it', () => {
    expect(dailyReportTransition('checking', 'release', staff, on)).toMatchObject({ code: 'forbidden', message: 'この報告を確認する権限がありません' });
    expect(dailyReportTransition('checking', 'release', city, on)).toMatchObject({ code: 'forbidden' });
    const own = { ...on, preparedBy: manager.userId };
    expect(dailyReportTransition('checking', 'release', manager, own)).toMatchObject({ code: 'forbidden', message: expect.stringContaining('自分が提出した') });
    expect(dailyReportTransition('checking', 'return_internally', manager, own, '理由')).toMatchObject({ code: 'forbidden' });
  });

  it('keeps the city’s actions off a report under the internal check, in Japanese', () => {
    expect(dailyReportTransition('checking', 'accept', city, on)).toMatchObject({ code: 'invalid', message: '社内確認待ちの報告は受理できません' });
    expect(dailyReportTransition('returned_internally', 'return', city, on, '理由')).toMatchObject({ code: 'invalid' });
    expect(dailyReportTransition('submitted', 'release', manager, on)).toMatchObject({ code: 'invalid', message: '提出済みの報告は確認できません' });
  });

  it('only a release or a direct submission reaches the city; the city never moves a report into or out of the check (every combination)', () => {
    const statuses = dailyReportStatusSchema.options;
    const actions = dailyReportActionSchema.options;
    fc.assert(
      fc.property(
        fc.constantFrom<DailyReportStatus>(...statuses),
        fc.constantFrom<DailyReportAction>(...actions),
        fc.constantFrom<Role>(...ROLES),
        fc.constantFrom<DailyReportReview>('vendor_manager', 'none'),
        fc.constantFrom('staff-1', 'manager-1', null),
        (from, action, role, review, preparedBy) => {
          const next = dailyReportTransition(from, action, { role, userId: `${role}-1` }, { review, preparedBy }, '理由');
          if (next instanceof DomainError) return;
          expect(statuses).toContain(next);
          if (!isReceived(from) && isReceived(next)) expect(action === 'release' || (action === 'submit' && !goesToCheck(review, role))).toBe(true);
          if (role === 'city_admin') expect(visibleToCity(from) && visibleToCity(next)).toBe(true);
          if (next === 'checking') expect(role).toBe('vendor_staff');
          if (action === 'release' || action === 'return_internally') expect(preparedBy).not.toBe(`${role}-1`);
        },
      ),
    );
  });
});

describe(visibleToCity.name, () => {
  it('hides only the internal statuses, which the city has not received', () => {
    expect(dailyReportStatusSchema.options.filter((s) => !visibleToCity(s))).toEqual(['checking', 'returned_internally']);
    expect(isReceived('checking')).toBe(false);
  });
});

describe(isLocked.name, () => {
  it('freezes the content while the manager checks it and while the city has it', () => {
    expect(dailyReportStatusSchema.options.filter(isLocked)).toEqual(['checking', 'submitted', 'accepted']);
    expect(isLocked(undefined)).toBe(false);
  });
});

describe(seesInternalReview.name, () => {
  it('shows the internal check to the vendor only', () => {
    expect(ROLES.filter(seesInternalReview)).toEqual(['vendor_manager', 'vendor_staff']);
  });
});
