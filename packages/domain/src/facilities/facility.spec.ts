import fc from 'fast-check';
import { currentFacilityBooking, FACILITY_STAGES, facilityCreateSchema, facilityStage, type FacilityStageInput, facilityTypeOf, nextDueStep } from './facility.js';
import { facilityTimeline } from './coordination.js';

const none: FacilityStageInput = { bookingStatus: null, coordinationStarted: false, applicantListReceived: false, reported: false };

describe('facilityStage', () => {
  it('walks 未依頼 → 依頼受付 → 日程確定 → 調整中 → 名簿受領 → 訪問済 → 報告済 as the facility moves on', () => {
    expect(facilityStage(none)).toBe('registered');
    expect(facilityStage({ ...none, bookingStatus: 'tentative' })).toBe('requested');
    expect(facilityStage({ ...none, bookingStatus: 'confirmed' })).toBe('confirmed');
    expect(facilityStage({ ...none, bookingStatus: 'confirmed', coordinationStarted: true })).toBe('coordinating');
    expect(facilityStage({ ...none, bookingStatus: 'confirmed', coordinationStarted: true, applicantListReceived: true })).toBe('list_received');
    expect(facilityStage({ ...none, bookingStatus: 'visited', coordinationStarted: true, applicantListReceived: true })).toBe('visited');
    expect(facilityStage({ ...none, bookingStatus: 'visited', reported: true })).toBe('reported');
  });

  it('takes a cancelled or missed booking for no booking at all', () => {
    expect(facilityStage({ ...none, bookingStatus: 'cancelled', coordinationStarted: true })).toBe('registered');
    expect(facilityStage({ ...none, bookingStatus: 'no_show' })).toBe('registered');
  });

  it('(property) never moves back when the booking or its coordination moves on', () => {
    const rank = (s: string) => FACILITY_STAGES.indexOf(s as (typeof FACILITY_STAGES)[number]);
    const statuses = ['tentative', 'confirmed', 'visited'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (a, b, c1, c2, l1, l2, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const before = { bookingStatus: statuses[lo], coordinationStarted: c1 && c2, applicantListReceived: l1 && l2, reported: false };
        const after = { bookingStatus: statuses[hi], coordinationStarted: c1, applicantListReceived: l1, reported: r };
        expect(rank(facilityStage(after))).toBeGreaterThanOrEqual(rank(facilityStage(before)));
      }),
    );
  });

  it('(property) answers a known stage for any input', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.boolean(), fc.boolean(), fc.boolean(), (bookingStatus, coordinationStarted, applicantListReceived, reported) => {
        expect(FACILITY_STAGES).toContain(facilityStage({ bookingStatus, coordinationStarted, applicantListReceived, reported }));
      }),
    );
  });
});

describe('currentFacilityBooking', () => {
  it('is the latest booking still in play, skipping cancelled ones', () => {
    const b = [
      { receptionNumber: 3, status: 'cancelled' },
      { receptionNumber: 2, status: 'visited' },
      { receptionNumber: 1, status: 'confirmed' },
    ];
    expect(currentFacilityBooking(b)?.receptionNumber).toBe(2);
    expect(currentFacilityBooking([{ receptionNumber: 1, status: 'no_show' }])).toBeNull();
  });
});

describe('nextDueStep', () => {
  it('is the first step not done before the visit', () => {
    const timeline = facilityTimeline('2026-07-31', '2026-05-01', { notice: '2026-07-01' }, '2026-07-05');
    expect(nextDueStep(timeline)).toEqual({ step: 'pre_meeting', due: '2026-07-11', state: 'upcoming' });
    expect(nextDueStep(null)).toBeNull();
  });
});

describe('facilityTypeOf and facilityCreateSchema', () => {
  it('reads the type a caller says', () => {
    expect(facilityTypeOf('特養')).toBe('special_nursing_home');
    expect(facilityTypeOf('介護老人保健施設')).toBe('geriatric_health');
    expect(facilityTypeOf('ｸﾞﾙｰﾌﾟﾎｰﾑ')).toBe('group_home');
    expect(facilityTypeOf('障がい者支援施設')).toBe('disability');
    expect(facilityTypeOf('小樽協会病院')).toBe('hospital');
    expect(facilityTypeOf('サービス付き高齢者向け住宅')).toBe('other');
  });

  it('normalises full-width input and answers in Japanese', () => {
    const ok = facilityCreateSchema.parse({ name: '特養　ＡＢＣ', type: 'special_nursing_home', address: '小樽市１－２', contactPhone: '０１３４－２２－１１１１' });
    expect(ok).toMatchObject({ name: '特養 ABC', address: '小樽市1-2', contactPhone: '0134-22-1111', district: null, contactName: null });
    const bad = facilityCreateSchema.safeParse({ name: '', type: 'x', address: 'a' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['施設名を入力してください', '施設の種類を選択してください']));
  });
});
