import { workingHoursSchema } from '../programs/program.schema.js';
import type { SessionCounts } from './session.schema.js';
import { sessionNeedsOffDayReason } from './off-day.js';
import { checkSessionCounts, sessionCountsSchema, sessionInputSchema, unbookedVisitProblem } from './session.schema.js';
import { applicationCounts, applicationsTotal } from './application-type.js';

const STAFF = '3f0e4c2a-9b1d-4c7e-8a5f-2d6b7c8e9f01';
const session = {
  date: '2026-07-01',
  serviceKind: 'home_visit',
  place: '緑町',
  method: 'application_support',
  startTime: '10:00',
  endTime: '10:45',
  staffUserIds: [STAFF],
  cityStaffPresent: false,
  status: 'held',
};

const errorsOf = (input: unknown) =>
  Object.fromEntries((sessionInputSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('sessionInputSchema', () => {
  it('takes a home visit with its district', () => {
    expect(sessionInputSchema.parse(session)).toEqual(session);
  });

  it('refuses an address for a home visit, but not for a facility', () => {
    for (const place of ['緑町3丁目', '緑町1-2-3', '花園５番地']) {
      expect(errorsOf({ ...session, place })).toEqual({ place: '個人宅訪問の場所は地区名までにしてください（番地・住所は入力しない）' });
    }
    expect(errorsOf({ ...session, serviceKind: 'facility_visit', place: '特別養護老人ホーム 緑町2-1' })).toEqual({});
  });

  it('puts cross-field errors on the field to change', () => {
    expect(errorsOf({ ...session, endTime: '10:00' })).toEqual({ endTime: '終了時刻は開始時刻より後にしてください' });
    expect(errorsOf({ ...session, status: 'cancelled' })).toEqual({ cancelReason: '中止の理由を入力してください' });
    expect(errorsOf({ ...session, staffUserIds: [STAFF, STAFF] })).toEqual({ staffUserIds: '同じ担当者が重複しています' });
    expect(errorsOf({ ...session, method: 'on_site_acceptance' })).toEqual({ cityStaffPresent: '出張申請受付では市職員の立会いが必要です' });
    expect(errorsOf({ ...session, staffUserIds: ['abc'] })).toEqual({ 'staffUserIds.0': '担当者のIDが正しくありません' });
  });

  it('takes a cancelled session with its reason', () => {
    expect(sessionInputSchema.safeParse({ ...session, status: 'cancelled', cancelReason: '申請者の体調不良' }).success).toBe(true);
  });
});

describe(unbookedVisitProblem.name, () => {
  const held = { status: 'held', serviceKind: 'home_visit' } as const;
  it('asks a held home or facility visit without a booking why, on the reason field', () => {
    expect(unbookedVisitProblem(held, null, true)?.field).toBe('unbookedReason');
    expect(unbookedVisitProblem({ ...held, serviceKind: 'facility_visit' }, null, true)?.message).toContain('予約なしの理由');
    expect(unbookedVisitProblem({ ...held, unbookedReason: 'same_day_addition' }, null, true)).toBeUndefined();
  });
  it('leaves booked visits, venue events and sessions not held alone', () => {
    expect(unbookedVisitProblem(held, 'b0000000-0000-4000-8000-000000000001', true)).toBeUndefined();
    expect(unbookedVisitProblem({ ...held, serviceKind: 'venue_event' }, null, true)).toBeUndefined();
    expect(unbookedVisitProblem({ ...held, status: 'planned' }, null, true)).toBeUndefined();
  });
  it('asks nothing where the program books no visits: no visit of it lacks a booking', () => {
    expect(unbookedVisitProblem(held, null, false)).toBeUndefined();
    expect(unbookedVisitProblem({ ...held, serviceKind: 'facility_visit' }, null, false)).toBeUndefined();
  });
  it('needs the text of an その他 reason', () => {
    expect(errorsOf({ ...session, unbookedReason: 'other' }).unbookedReasonText).toBe('予約なしの理由（その他）の内容を入力してください');
    expect(errorsOf({ ...session, unbookedReason: 'other', unbookedReasonText: '民生委員の紹介' })).toEqual({});
  });
});

describe(sessionNeedsOffDayReason.name, () => {
  const hours = workingHoursSchema.parse({});
  it('is true on weekends, holidays and the year-end closure only', () => {
    expect(sessionNeedsOffDayReason('2026-07-01', hours)).toBe(false);
    expect(sessionNeedsOffDayReason('2026-07-04', hours)).toBe(true);
    expect(sessionNeedsOffDayReason('2026-07-20', hours)).toBe(true);
    expect(sessionNeedsOffDayReason('2026-12-30', hours)).toBe(true);
    expect(sessionNeedsOffDayReason('2026-07-04', workingHoursSchema.parse({ workingWeekdays: [1, 2, 3, 4, 5, 6] }))).toBe(false);
  });

  it('lets venue events run on any day, as the Shimonoseki specification allows', () => {
    expect(sessionNeedsOffDayReason('2026-07-04', hours, 'venue_event')).toBe(false);
    expect(sessionNeedsOffDayReason('2026-07-04', hours, 'home_visit')).toBe(true);
  });

  it('follows the program: which kinds run on any day, and which days the year-end closure takes', () => {
    const strict = workingHoursSchema.parse({ anyDayKinds: [] });
    expect(sessionNeedsOffDayReason('2026-07-04', strict, 'venue_event')).toBe(true);
    const shimonoseki = workingHoursSchema.parse({ yearEnd: { from: '12-27', to: '01-04' } });
    expect(['2026-12-28', '2027-01-04', '2027-01-05'].map((d) => sessionNeedsOffDayReason(d, shimonoseki, 'facility_visit'))).toEqual([true, true, false]);
    expect(['2026-12-28', '2027-01-04'].map((d) => sessionNeedsOffDayReason(d, hours, 'facility_visit'))).toEqual([false, false]);
  });
});

const counts = (c: Partial<SessionCounts>): SessionCounts => sessionCountsSchema.parse(c);

describe('sessionCountsSchema', () => {
  it('defaults counts to 0 and refuses negatives and fractions in Japanese', () => {
    expect(applicationsTotal(counts({}))).toBe(0);
    const r = sessionCountsSchema.safeParse({ applicationsNew: -1, faceAuthCards: 1.5 });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['applicationsNew', '新規申請は0以上で入力してください'],
      ['faceAuthCards', '顔認証カードは整数で入力してください'],
    ]);
  });

  it('refuses personal data in the notes', () => {
    expect(sessionCountsSchema.safeParse({ problems: '家族 090-1111-2222 に連絡' }).success).toBe(false);
  });
});

describe(checkSessionCounts.name, () => {
  const held = { status: 'held' as const };
  const fine = counts({ applicationsNew: 2, applicationsRenewal: 1, photosTakenOnSite: 2, photosBrought: 1, faceAuthCards: 1 });

  it('is empty when the counts agree', () => {
    expect(applicationsTotal(fine)).toBe(3);
    expect(applicationCounts(counts({ applicationsNew: 2, applicationsReissueLost: 1 }))).toEqual({ new: 2, renewal: 0, lost: 1, damaged: 0, other_reissue: 0 });
    expect(checkSessionCounts(fine, held)).toEqual({});
  });

  it('names the numbers when a part exceeds the applications', () => {
    const c = counts({ applicationsNew: 2, photosTakenOnSite: 2, faceAuthCards: 3, mailToFacility: 4, proxyWriting: 5 });
    expect(checkSessionCounts(c, held)).toEqual({
      faceAuthCards: '顔認証カード（3件）が申請件数（2件）を超えています',
      mailToFacility: '施設への郵送（4件）が申請件数（2件）を超えています',
      proxyWriting: '代筆（5件）が申請件数（2件）を超えています',
    });
  });

  it('needs an explanation when photos are fewer than applications', () => {
    const c = counts({ applicationsNew: 5, photosTakenOnSite: 3, photosBrought: 1 });
    expect(checkSessionCounts(c, held)).toEqual({
      photoShortfallExplanation: '顔写真（現地撮影3件＋持参1件＝4件）が申請件数（5件）より少ないため、理由を入力してください',
    });
    expect(checkSessionCounts({ ...c, photoShortfallExplanation: '1名は後日郵送で写真提出' }, held)).toEqual({});
  });

  it('keeps photo exceptions among the on-site photos, and needs the text of “other”', () => {
    const c = counts({ applicationsNew: 2, photosTakenOnSite: 2, photoExceptionsMedical: 2, photoExceptionsOther: 1 });
    expect(checkSessionCounts(c, held)).toEqual({
      photosTakenOnSite: '写真の特例（計3件）が現地撮影（2件）を超えています',
      photoExceptionsOtherText: '写真の特例（その他）1件の内容を入力してください',
    });
  });

  it('needs the reason of applications not taken', () => {
    expect(checkSessionCounts({ ...fine, notTaken: 2 }, held)).toEqual({ notTakenReason: '受付できなかった2件の理由を入力してください' });
    expect(checkSessionCounts({ ...fine, notTaken: 2, notTakenReason: '本人確認書類なし' }, held)).toEqual({});
  });

  it('needs a note for a held session with nothing taken, not for one with consultations', () => {
    expect(checkSessionCounts(counts({}), held)).toEqual({ note: '申請・相談がともに0件のため、状況を備考に入力してください' });
    expect(checkSessionCounts(counts({ consultations: 1 }), held)).toEqual({});
    expect(checkSessionCounts(counts({ note: '施設側の都合で申請者が不在' }), held)).toEqual({});
  });

  it('refuses counts on a session that was not held', () => {
    expect(checkSessionCounts(counts({}), { status: 'cancelled' })).toEqual({});
    expect(checkSessionCounts(fine, { status: 'cancelled' })).toEqual({ status: '中止の実施には件数を入力できません' });
  });
});
