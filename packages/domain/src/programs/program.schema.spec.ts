import { issuesToFieldErrors } from '../common/errors.js';
import { bookingRulesSchema, booksVisits, bookingsNotTakenProblem, programInputSchema, targetGroupSchema, workingHoursSchema } from './program.schema.js';

const otaru = {
  title: '小樽市マイナンバーカード出張申請受付業務',
  fiscalYear: 2026,
  periodStart: '2026-06-01',
  periodEnd: '2027-01-08',
  reportDeadline: '2027-01-08',
  serviceKinds: ['home_visit', 'facility_visit'],
  methods: { home_visit: 'on_site_acceptance', facility_visit: 'on_site_acceptance' },
};

/** The { field: message } map the API sends back for a body. */
function fieldErrors(body: unknown) {
  const result = programInputSchema.safeParse(body);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

describe('programInputSchema', () => {
  it('fills in the Otaru defaults', () => {
    const program = programInputSchema.parse(otaru);
    expect(program).toMatchObject({
      eraStyle: 'wareki',
      requireTotp: false,
      weekStartsOn: 1,
      callWeekReportDueWeekday: 2,
      slipShareDueWeekday: 2,
      slipShareFile: false,
      takesBookings: true,
      requireSiteApproval: false,
      requireBusinessPlan: false,
      dailyReportDue: { workingDaysAfter: 1, time: '12:00' },
      workingHours: {
        workingWeekdays: [1, 2, 3, 4, 5],
        openTime: '09:00',
        closeTime: '17:00',
        closedOnHolidays: true,
        closedYearEnd: true,
        yearEnd: { from: '12-29', to: '01-03' },
        extraClosedDays: [],
        anyDayKinds: ['venue_event'],
      },
    });
    expect(program.bookingRules).toEqual({
      homeSlotsAm: 2,
      homeSlotsPm: 2,
      pmThirdSlotEnabled: false,
      largeHouseholdThreshold: 6,
      facilitySlotsAm: 1,
      facilitySlotsPm: 1,
      smallFacilityMax: 5,
      facilitySessionMaxApplicants: 20,
      travelMaxMinutes: 30,
      pmThirdTravelMaxMinutes: 15,
      leadDaysHome: 14,
      leadDaysLargeFacility: 30,
      visitDaysPerWeekMin: 1,
      visitDaysPerWeekMax: 2,
    });
  });

  it('puts cross-field errors on the field to change, in Japanese', () => {
    expect(fieldErrors({ ...otaru, periodEnd: '2026-05-31', reportDeadline: '2026-05-01' })).toEqual({
      periodEnd: '終了日は開始日以降にしてください',
      reportDeadline: '報告期限は開始日以降にしてください',
    });
    expect(fieldErrors({ ...otaru, methods: { home_visit: 'on_site_acceptance' } })).toEqual({ 'methods.facility_visit': '申請方式を選択してください' });
    expect(fieldErrors({ ...otaru, serviceKinds: ['home_visit', 'home_visit'] })).toEqual({ serviceKinds: '同じサービス種別が重複しています' });
    expect(fieldErrors({ ...otaru, serviceKinds: [] })).toEqual({ serviceKinds: 'サービス種別を1つ以上選択してください' });
    expect(fieldErrors({ ...otaru, periodStart: '2026-02-30' })).toMatchObject({ periodStart: '日付はYYYY-MM-DDの形式で入力してください' });
    expect(fieldErrors({ ...otaru, title: '  ' })).toEqual({ title: 'タイトルを入力してください' });
  });

  it('checks nested settings', () => {
    expect(fieldErrors({ ...otaru, bookingRules: { visitDaysPerWeekMin: 3 } })).toEqual({
      'bookingRules.visitDaysPerWeekMax': '週あたりの最大日数は最小日数以上にしてください',
    });
    expect(fieldErrors({ ...otaru, bookingRules: { homeSlotsAm: 2.5 } })).toEqual({ 'bookingRules.homeSlotsAm': '整数で入力してください' });
    expect(fieldErrors({ ...otaru, workingHours: { openTime: '17:00', closeTime: '09:00' } })).toEqual({
      'workingHours.closeTime': '終了時刻は開始時刻より後にしてください',
    });
  });
});

describe('settings schemas', () => {
  it('accept an empty object as all defaults', () => {
    expect(bookingRulesSchema.parse({}).leadDaysLargeFacility).toBe(30);
    expect(workingHoursSchema.parse({}).workingWeekdays).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('targetGroupSchema', () => {
  it('takes Shimonoseki’s “40 sessions or 300 applicants”', () => {
    const group = {
      name: '訪問型申請サポート',
      logic: 'any',
      targets: [
        { metric: 'sessions', goal: 40, serviceKinds: ['facility_visit', 'home_visit'] },
        { metric: 'applications', goal: 300, label: '申請者数' },
      ],
    };
    expect(targetGroupSchema.parse(group)).toEqual(group);
  });

  it('refuses an empty group and a goal below 1', () => {
    const result = targetGroupSchema.safeParse({ name: 'x', logic: 'all', targets: [] });
    expect(result.success || issuesToFieldErrors(result.error.issues)).toEqual({ targets: '目標を1つ以上設定してください' });
    const zero = targetGroupSchema.safeParse({ name: 'x', logic: 'all', targets: [{ metric: 'calls', goal: 0 }] });
    expect(zero.success || issuesToFieldErrors(zero.error.issues)).toEqual({ 'targets.0.goal': '目標値は1以上で入力してください' });
  });
});

describe('programInputSchema closed days', () => {
  it('takes a year-end closure from a December day to a January day, and refuses anything else on its field', () => {
    expect(programInputSchema.parse({ ...otaru, workingHours: { yearEnd: { from: '12-27', to: '01-04' } } }).workingHours.yearEnd).toEqual({ from: '12-27', to: '01-04' });
    expect(fieldErrors({ ...otaru, workingHours: { yearEnd: { from: '11-30', to: '1-4' } } })).toEqual({
      'workingHours.yearEnd.from': '12月の日付を入力してください',
      'workingHours.yearEnd.to': '月日はMM-DDの形式で入力してください',
    });
  });
});

describe('programInputSchema on impossible dates', () => {
  it('answers each impossible date on its field and never throws while checking the periods', () => {
    const errors = fieldErrors({
      ...otaru,
      periodStart: '2026-02-31',
      reportDeadline: '99999-01-01',
      periods: { visits: { start: '2026-13-01', end: '2026-12-24' }, callCenter: { start: 'テスト', end: 'テスト' } },
    });
    expect(Object.keys(errors).sort()).toEqual(['periodStart', 'periods.callCenter.end', 'periods.callCenter.start', 'periods.visits.start', 'reportDeadline']);
  });
});

describe(booksVisits.name, () => {
  it('reads the setting, a program without it (saved before it existed) booking visits', () => {
    expect([booksVisits({ takesBookings: true }), booksVisits({ takesBookings: false }), booksVisits({}), booksVisits(undefined)]).toEqual([true, false, true, true]);
  });
});

describe('bookingsNotTakenProblem', () => {
  it('lets a program that takes bookings book and tells why one that does not refuses', () => {
    expect(bookingsNotTakenProblem(programInputSchema.parse(otaru))).toBeNull();
    expect(bookingsNotTakenProblem(programInputSchema.parse({ ...otaru, takesBookings: false }))).toBe('この事業はコールセンターで訪問の予約を受け付けない設定です');
  });
});
