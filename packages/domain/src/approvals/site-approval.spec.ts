import { can } from '../auth/roles.js';
import { canDecideSite, proposalProblem, siteKey, sitePlaceProblem, siteProposalSchema, siteRejectionSchema } from './site-approval.schema.js';

const issues = (body: object) => siteProposalSchema.safeParse(body).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('site approval (004 §7(3))', () => {
  it('takes a facility or venue with its address, a home district without one', () => {
    expect(issues({ serviceKind: 'facility_visit', name: '特別養護老人ホーム長府苑', address: '下関市長府1-2-3' })).toBeUndefined();
    expect(issues({ serviceKind: 'home_visit', name: '長府地区' })).toBeUndefined();
    expect(issues({ serviceKind: 'home_visit', name: '長府3丁目5番' })).toEqual([['name', '個人宅訪問の場所は地区名までにしてください（番地・住所は入力しない）']]);
    expect(issues({ serviceKind: 'home_visit', name: '長府地区', address: '下関市長府1-2-3' })).toEqual([['address', '個人宅の住所は入力しないでください（地区名だけを名称に入力します）']]);
    expect(issues({ serviceKind: 'venue_event', name: ' ' })).toEqual([['name', '場所の名称を入力してください']]);
    expect(siteRejectionSchema.safeParse({ reason: '' }).error?.issues[0].message).toBe('却下の理由を入力してください');
  });

  it('lets the vendor propose and only the city admin decide', () => {
    expect(can('vendor_staff', 'site.propose')).toBe(true);
    expect(can('vendor_manager', 'site.propose')).toBe(true);
    expect(can('city_admin', 'site.propose')).toBe(false);
    expect(can('city_admin', 'site.decide')).toBe(true);
    expect(can('city_viewer', 'site.decide')).toBe(false);
    expect(can('vendor_manager', 'site.decide')).toBe(false);
  });

  it('decides a proposal once, and takes a rejected site proposed again', () => {
    expect(canDecideSite('proposed')).toBe(true);
    expect(canDecideSite('approved')).toBe(false);
    expect(canDecideSite('rejected')).toBe(false);
    expect(proposalProblem(null)).toBeNull();
    expect(proposalProblem({ status: 'rejected' })).toBeNull();
    expect(proposalProblem({ status: 'approved' })).toBe('この場所はすでに承認されています');
    expect(proposalProblem({ status: 'proposed' })).toBe('この場所はすでに申請中です（市の承認を待っています）');
  });

  it('allows a session only at an approved site of its kind when the program requires it', () => {
    const approved = [{ serviceKind: 'venue_event' as const, name: 'シーモール下関' }];
    expect(sitePlaceProblem({ requireSiteApproval: false }, [], { serviceKind: 'venue_event', place: 'どこでも' })).toBeNull();
    expect(sitePlaceProblem({ requireSiteApproval: true }, approved, { serviceKind: 'venue_event', place: ' シーモール下関 ' })).toBeNull();
    expect(sitePlaceProblem({ requireSiteApproval: true }, approved, { serviceKind: 'venue_event', place: 'シーモール下関' })).toBeNull();
    expect(sitePlaceProblem({ requireSiteApproval: true }, approved, { serviceKind: 'facility_visit', place: 'シーモール下関' })).toMatch(/承認を受けていません/);
    expect(sitePlaceProblem({ requireSiteApproval: true }, approved, { serviceKind: 'venue_event', place: 'ゆめタウン下関' })).toMatch(/承認を受けていません/);
    expect(siteKey('ｼｰﾓｰﾙ　下関')).toBe('シーモール 下関');
  });
});
