import { offDayOf, sessionInputOf, validateSession } from './session';

const OTARU_HOURS = { workingWeekdays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:00', closedOnHolidays: true, closedYearEnd: true, extraClosedDays: ['2026-11-27'] };
/** The session rules of the Otaru program: its working days, visits booked by its call center. */
const OTARU = { workingHours: OTARU_HOURS, takesBookings: true };

const values = (changes: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  serviceKind: 'home_visit',
  place: '中央地区',
  method: 'on_site_acceptance',
  startTime: '10:00',
  endTime: null,
  staffUserIds: [],
  cityStaffPresent: true,
  status: 'held',
  cancelReason: null,
  offDayReason: null,
  bookingId: 'b0000000-0000-4000-8000-000000000001',
  ...changes,
});

describe(offDayOf.name, () => {
  it('says why a day is not a working day of the program', () => {
    expect(offDayOf('2026-11-20', OTARU_HOURS, 'home_visit')).toBeUndefined();
    expect(offDayOf('2026-11-21', OTARU_HOURS, 'home_visit')).toBe('土日（稼働日外）');
    expect(offDayOf('2026-11-23', OTARU_HOURS, 'home_visit')).toBe('勤労感謝の日');
    expect(offDayOf('2026-12-29', OTARU_HOURS, 'facility_visit')).toBe('年末年始（12/29〜1/3）');
    expect(offDayOf('2026-11-27', OTARU_HOURS, 'home_visit')).toBe('市の閉庁日');
  });

  it('never asks for venue events, an unfinished date or an unknown program', () => {
    expect(offDayOf('2026-11-21', OTARU_HOURS, 'venue_event')).toBeUndefined();
    expect(offDayOf('2026-11', OTARU_HOURS, 'home_visit')).toBeUndefined();
    expect(offDayOf('2026-11-21', undefined, 'home_visit')).toBeUndefined();
  });
});

describe(sessionInputOf.name, () => {
  it('sends what the API takes: no nulls, no counts, no ids', () => {
    const body = sessionInputOf({ ...values(), id: 'x', programId: 'p', applicationsNew: 3, applicationsTotal: 3 }, OTARU);
    expect(body).toEqual({
      date: '2026-11-20',
      serviceKind: 'home_visit',
      place: '中央地区',
      method: 'on_site_acceptance',
      startTime: '10:00',
      staffUserIds: [],
      cityStaffPresent: true,
      status: 'held',
    });
  });

  it('keeps the cancel reason only when cancelled and the off-day reason only on a day that needs it', () => {
    expect(sessionInputOf(values({ status: 'held', cancelReason: '雪' }), OTARU)).not.toHaveProperty('cancelReason');
    expect(sessionInputOf(values({ status: 'cancelled', cancelReason: '雪' }), OTARU).cancelReason).toBe('雪');
    expect(sessionInputOf(values({ offDayReason: '施設の都合' }), OTARU)).not.toHaveProperty('offDayReason');
    expect(sessionInputOf(values({ date: '2026-11-21', offDayReason: '施設の都合' }), OTARU).offDayReason).toBe('施設の都合');
  });
});

describe(validateSession.name, () => {
  const validate = validateSession(OTARU);

  it('asks why a held visit has no booking, and sends the reason only then', () => {
    const unbooked = values({ bookingId: null });
    expect(validate(unbooked).unbookedReason).toContain('予約なしの理由');
    expect(validate({ ...unbooked, unbookedReason: 'same_day_addition' })).toEqual({});
    expect(validate({ ...unbooked, unbookedReason: 'other' }).unbookedReasonText).toBe('予約なしの理由（その他）の内容を入力してください');
    expect(sessionInputOf({ ...unbooked, unbookedReason: 'other', unbookedReasonText: '紹介' }, OTARU)).toMatchObject({ unbookedReason: 'other', unbookedReasonText: '紹介' });
    expect(sessionInputOf(values({ unbookedReason: 'same_day_addition' }), OTARU)).not.toHaveProperty('unbookedReason');
    expect(validate(values({ bookingId: null, status: 'planned' }))).toEqual({});
  });

  it('asks no reason where the program books no visits, and sends none', () => {
    const shimonoseki = { workingHours: OTARU_HOURS, takesBookings: false };
    const unbooked = values({ bookingId: null, unbookedReason: 'non_phone_application' });
    expect(validateSession(shimonoseki)(values({ bookingId: null }))).toEqual({});
    expect(sessionInputOf(unbooked, shimonoseki)).not.toHaveProperty('unbookedReason');
    expect(sessionInputOf(unbooked, OTARU).unbookedReason).toBe('non_phone_application');
  });

  it('passes a complete held session', () => {
    expect(validate(values())).toEqual({});
  });

  it("gives the shared schema's messages: an address for a home visit, on-site acceptance without the city", () => {
    const errors = validate(values({ place: '花園3丁目12番地', cityStaffPresent: false }));
    expect(errors.place).toContain('地区名');
    expect(errors.cityStaffPresent).toBe('出張申請受付では市職員の立会いが必要です');
  });

  it('asks for the reason of a session on a non-working day, and of a cancellation', () => {
    expect(validate(values({ date: '2026-11-23' })).offDayReason).toBe('稼働日以外に実施する理由を入力してください');
    expect(validate(values({ date: '2026-11-23', offDayReason: '施設の行事に合わせた' }))).toEqual({});
    expect(validate(values({ status: 'cancelled' })).cancelReason).toBe('中止の理由を入力してください');
  });
});
