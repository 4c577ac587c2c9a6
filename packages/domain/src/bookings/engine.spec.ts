import type { DateKey } from '../common/dates.js';
import { weekday } from '../common/dates.js';
import type { BookingRules } from '../programs/program.schema.js';
import { bookingRulesSchema, workingHoursSchema } from '../programs/program.schema.js';
import type { VisitDay } from '../programs/visit-calendar.js';
import type { ExistingBooking, FindSlotsInput, SlotRequest, SlotWishes } from './booking.schema.js';
import { findSlots } from './engine.js';
import type { SlotPosition } from './slots.js';
import { checkBooking } from './validate.js';

// Otaru's defaults: 2 AM + 2 PM home slots, 1 + 1 facility sessions, 30/15-minute travel, 14/30-day lead time.
const OTARU = bookingRulesSchema.parse({});
const TODAY = '2026-06-01'; // a Monday

// Home-visit days from day 14 on; a home day inside the lead time; facility days around day 30.
const HOME_DAY = '2026-06-17'; // Wednesday, 16 days ahead
const HOME_DAY_2 = '2026-06-18'; // Thursday
const HOME_DAY_EARLY = '2026-06-12'; // Friday, 11 days ahead
const HOME_DAY_14 = '2026-06-15'; // Monday, exactly 14 days ahead
const FACILITY_DAY = '2026-07-08'; // Wednesday, 37 days ahead
const FACILITY_DAY_29 = '2026-06-30'; // Tuesday, 29 days ahead
const FACILITY_DAY_30 = '2026-07-01'; // Wednesday, 30 days ahead
const PAST_HOME_DAY = '2026-05-27';

const VISIT_DAYS: VisitDay[] = [
  { date: PAST_HOME_DAY, kind: 'home_visit' },
  { date: HOME_DAY_EARLY, kind: 'home_visit' },
  { date: HOME_DAY_14, kind: 'home_visit' },
  { date: HOME_DAY, kind: 'home_visit' },
  { date: HOME_DAY_2, kind: 'home_visit' },
  { date: FACILITY_DAY_29, kind: 'facility_visit' },
  { date: FACILITY_DAY_30, kind: 'facility_visit' },
  { date: FACILITY_DAY, kind: 'facility_visit' },
];

// 中央–山手 10, 中央–北部 20, 中央–南部 40; 山手–北部 35; 北部–南部 50; 山手–南部 25 (stored one way round).
const TRAVEL = {
  districts: ['中央', '山手', '北部', '南部'],
  minutes: {
    中央: { 山手: 10, 北部: 20, 南部: 40 },
    山手: { 北部: 35, 南部: 25 },
    北部: { 南部: 50 },
  },
};

let nextId = 1;
function booking(date: DateKey, positions: SlotPosition[], district: string | null, plannedApplications = 1, kind: 'home' | 'facility' = 'home'): ExistingBooking {
  return { id: `b${nextId++}`, date, positions, kind, district, plannedApplications };
}

function input(
  request: Partial<SlotRequest> & { wishes?: SlotWishes } = {},
  more: Partial<Omit<FindSlotsInput, 'request' | 'rules'>> & { rules?: Partial<BookingRules> } = {},
): FindSlotsInput {
  return {
    workingHours: workingHoursSchema.parse({}),
    visitDays: VISIT_DAYS,
    bookings: [],
    preMeetings: [],
    travel: TRAVEL,
    today: TODAY,
    limit: 50,
    ...more,
    rules: { ...OTARU, ...more.rules },
    request: { kind: 'home', plannedApplications: 1, district: '中央', wishes: {}, ...request },
  };
}

const offersOn = (result: ReturnType<typeof findSlots>, date: DateKey) => result.offers.filter((o) => o.date === date);
const excludedOn = (result: ReturnType<typeof findSlots>, date: DateKey) => result.excluded.filter((e) => e.date === date);

describe(findSlots.name, () => {
  describe('home slots: morning 2, afternoon 2 (Otaru §8(2)イ)', () => {
    it('offers AM1 and PM1 of an empty home-visit day, with the spec times', () => {
      const result = findSlots(input());
      expect(offersOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'am', position: 'AM1', positions: ['AM1'], window: { start: '10:00', end: null, label: '10:00頃' }, matchesWishes: true, warnings: [] },
        { date: HOME_DAY, half: 'pm', position: 'PM1', positions: ['PM1'], window: { start: '14:00', end: null, label: '14:00頃' }, matchesWishes: true, warnings: [] },
      ]);
    });

    it('offers the next free position in visiting order, with its range', () => {
      const result = findSlots(input({}, { bookings: [booking(HOME_DAY, ['AM1'], '中央'), booking(HOME_DAY, ['PM1'], '中央')] }));
      expect(offersOn(result, HOME_DAY).map((o) => [o.position, o.window.label])).toEqual([
        ['AM2', '10:30〜11:30'],
        ['PM2', '14:30〜15:30'],
      ]);
    });

    it('fills after two visits per half-day: 「この時間帯は満枠です」', () => {
      const bookings = ['AM1', 'AM2', 'PM1', 'PM2'].map((p) => booking(HOME_DAY, [p as SlotPosition], '中央'));
      const result = findSlots(input({ wishes: { dates: [HOME_DAY] } }, { bookings }));
      expect(offersOn(result, HOME_DAY)).toEqual([]);
      expect(excludedOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'am', position: undefined, reason: 'この時間帯は満枠です', overridable: false },
        { date: HOME_DAY, half: 'pm', position: undefined, reason: 'この時間帯は満枠です', overridable: false },
      ]);
    });

    it('never overrides capacity, whatever the overrides', () => {
      const bookings = ['AM1', 'AM2'].map((p) => booking(HOME_DAY, [p as SlotPosition], '中央'));
      const result = findSlots(input({ wishes: { dates: [HOME_DAY], halves: ['am'] } }, { bookings, overrides: { leadTime: true, pmThirdTravel: true } }));
      expect(offersOn(result, HOME_DAY).map((o) => o.half)).toEqual(['pm']);
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ half: 'am', reason: 'この時間帯は満枠です', overridable: false }]);
    });

    it('follows the settings: 1 morning slot, 3 afternoon slots', () => {
      const bookings = [booking(HOME_DAY, ['AM1'], '中央'), booking(HOME_DAY, ['PM1'], '中央'), booking(HOME_DAY, ['PM2'], '中央')];
      const result = findSlots(input({}, { bookings, rules: { homeSlotsAm: 1, homeSlotsPm: 3 } }));
      expect(offersOn(result, HOME_DAY).map((o) => o.position)).toEqual(['PM3']);
    });
  });

  describe('the 3rd afternoon slot: only when enabled and within 15 minutes of PM2 (§8(2)イ・エ)', () => {
    const pmFull = () => [booking(HOME_DAY, ['PM1'], '中央'), booking(HOME_DAY, ['PM2'], '中央')];

    it('is not opened unless the program enables it', () => {
      const result = findSlots(input({ wishes: { dates: [HOME_DAY], halves: ['pm'] } }, { bookings: pmFull() }));
      expect(offersOn(result, HOME_DAY).map((o) => o.position)).toEqual(['AM1']);
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ half: 'pm', reason: 'この時間帯は満枠です' }]);
    });

    it('offers PM3 15:00〜16:00 when the caller is within 15 minutes of the PM2 visit', () => {
      const result = findSlots(input({ district: '山手' }, { bookings: pmFull(), rules: { pmThirdSlotEnabled: true } }));
      expect(offersOn(result, HOME_DAY).find((o) => o.half === 'pm')).toMatchObject({
        position: 'PM3',
        window: { start: '15:00', end: '16:00', label: '15:00〜16:00' },
        warnings: [],
      });
    });

    it('refuses PM3 at 20 minutes from PM2, as overridable, and says why', () => {
      const result = findSlots(
        input({ district: '北部', wishes: { dates: [HOME_DAY], halves: ['pm'] } }, { bookings: pmFull(), rules: { pmThirdSlotEnabled: true } }),
      );
      expect(offersOn(result, HOME_DAY).filter((o) => o.half === 'pm')).toEqual([]);
      expect(excludedOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'pm', position: 'PM3', reason: '午後3件目は前の訪問先から15分以内の場合のみ予約できます（中央→北部 20分）', overridable: true },
      ]);
    });

    it('is offered with a warning when a manager overrides the 15-minute rule', () => {
      const result = findSlots(
        input({ district: '北部' }, { bookings: pmFull(), rules: { pmThirdSlotEnabled: true }, overrides: { pmThirdTravel: true } }),
      );
      expect(offersOn(result, HOME_DAY).find((o) => o.half === 'pm')).toMatchObject({
        position: 'PM3',
        warnings: ['午後3件目の移動時間が15分を超えています（中央→北部 20分、管理者承認）'],
      });
    });

    it('still needs 30 minutes from every visit of the half-day when overridden', () => {
      // PM2 中央 → 山手 is 10 minutes (fine for PM3), but PM1 北部 → 山手 is 35: over the 30 of the half-day.
      const bookings = [booking(HOME_DAY, ['PM1'], '北部'), booking(HOME_DAY, ['PM2'], '中央')];
      const result = findSlots(
        input({ district: '山手', wishes: { dates: [HOME_DAY], halves: ['pm'] } }, { bookings, rules: { pmThirdSlotEnabled: true }, overrides: { pmThirdTravel: true } }),
      );
      expect(excludedOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'pm', position: 'PM3', reason: '移動時間が30分を超えます（北部→山手 35分）', overridable: false },
      ]);
    });
  });

  describe('travel: two visits of a half-day at most 30 minutes apart (§8(2)エ)', () => {
    it('refuses a visit 40 minutes from the morning visit, not overridable', () => {
      const result = findSlots(
        input({ district: '南部', wishes: { dates: [HOME_DAY], halves: ['am'] } }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')], overrides: { leadTime: true, pmThirdTravel: true } }),
      );
      expect(excludedOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'am', position: 'AM2', reason: '移動時間が30分を超えます（中央→南部 40分）', overridable: false },
      ]);
      // The afternoon of the same day is still free.
      expect(offersOn(result, HOME_DAY).map((o) => o.position)).toEqual(['PM1']);
    });

    it('accepts exactly 30 minutes and reads the matrix either way round', () => {
      const travel = { districts: ['中央', '南部'], minutes: { 南部: { 中央: 30 } } };
      const result = findSlots(input({ district: '南部' }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')], travel }));
      expect(offersOn(result, HOME_DAY).map((o) => o.position)).toEqual(['AM2', 'PM1']);
    });

    it('names the route in visiting order when the new visit comes before an existing one', () => {
      // AM1 was cancelled, AM2 remains: the new visit takes AM1 and travels to AM2.
      const result = findSlots(input({ district: '南部', wishes: { dates: [HOME_DAY], halves: ['am'] } }, { bookings: [booking(HOME_DAY, ['AM2'], '中央')] }));
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ position: 'AM1', reason: '移動時間が30分を超えます（南部→中央 40分）' }]);
    });
  });

  describe('unknown districts: offered with a warning, never silently', () => {
    it('warns on the offer when the caller has no district', () => {
      const result = findSlots(input({ district: null }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')] }));
      expect(result.warnings).toContain('申込者の地区が不明なため移動時間を確認できません');
      expect(offersOn(result, HOME_DAY)).toMatchObject([
        { position: 'AM2', warnings: ['地区が不明なため移動時間を確認できません'] },
        { position: 'PM1', warnings: [] },
      ]);
    });

    it('warns when a booked visit is in a district the matrix does not know', () => {
      const result = findSlots(input({}, { bookings: [booking(HOME_DAY, ['AM1'], '銭函')] }));
      expect(offersOn(result, HOME_DAY)[0]).toMatchObject({ position: 'AM2', warnings: ['地区が不明なため移動時間を確認できません'] });
      expect(result.warnings).toEqual([]);
    });

    it('warns when the matrix has no minutes for a pair', () => {
      const travel = { districts: ['中央', '南部'], minutes: {} };
      const result = findSlots(input({ district: '南部' }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')], travel }));
      expect(offersOn(result, HOME_DAY)[0]).toMatchObject({ position: 'AM2', warnings: ['移動時間が未設定のため確認できません（中央→南部）'] });
    });
  });

  describe('a household of 6 or more takes its whole half-day (§8(2)イ)', () => {
    it('is offered a half-day with no booking, occupying every home position of it', () => {
      const result = findSlots(input({ plannedApplications: 6 }, { rules: { pmThirdSlotEnabled: true } }));
      expect(offersOn(result, HOME_DAY)).toMatchObject([
        { half: 'am', position: 'AM1', positions: ['AM1', 'AM2'], window: { label: '10:00頃' } },
        { half: 'pm', position: 'PM1', positions: ['PM1', 'PM2', 'PM3'] },
      ]);
      const check = checkBooking({ ...input({ plannedApplications: 6 }, { rules: { pmThirdSlotEnabled: true } }), choice: { date: HOME_DAY, half: 'pm', positions: ['PM1', 'PM2', 'PM3'] } });
      expect(check).toEqual({ ok: true, occupiedKeys: [`${HOME_DAY}:PM1`, `${HOME_DAY}:PM2`, `${HOME_DAY}:PM3`], warnings: [] });
    });

    it('is not offered a half-day that already has a visit', () => {
      const result = findSlots(input({ plannedApplications: 7, wishes: { dates: [HOME_DAY] } }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')] }));
      expect(offersOn(result, HOME_DAY).map((o) => o.half)).toEqual(['pm']);
      expect(excludedOn(result, HOME_DAY)).toEqual([
        { date: HOME_DAY, half: 'am', position: 'AM1', reason: '6人以上の世帯は、他の予約がない半日のみ予約できます', overridable: false },
      ]);
    });

    it('fills the half-day for everyone else', () => {
      const result = findSlots(input({ wishes: { dates: [HOME_DAY] } }, { bookings: [booking(HOME_DAY, ['AM1', 'AM2'], '中央', 6)] }));
      expect(offersOn(result, HOME_DAY).map((o) => o.position)).toEqual(['PM1']);
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ half: 'am', reason: 'この半日は6人以上の世帯の訪問で埋まっています', overridable: false }]);
    });

    it('keeps the half-day full when PM3 is opened after it was booked', () => {
      const bookings = [booking(HOME_DAY, ['PM1', 'PM2'], '中央', 6)];
      const result = findSlots(input({ district: '中央', wishes: { dates: [HOME_DAY], halves: ['pm'] } }, { bookings, rules: { pmThirdSlotEnabled: true } }));
      expect(offersOn(result, HOME_DAY).map((o) => o.half)).toEqual(['am']);
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ half: 'pm', reason: 'この半日は6人以上の世帯の訪問で埋まっています' }]);
    });

    it('takes the threshold from the settings', () => {
      const result = findSlots(input({ plannedApplications: 4 }, { rules: { largeHouseholdThreshold: 4 } }));
      expect(offersOn(result, HOME_DAY)[0].positions).toEqual(['AM1', 'AM2']);
    });
  });

  describe('facilities (§8(2)イ)', () => {
    it('books a facility of 5 or fewer applicants into a home slot, saying so', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 5 }));
      expect(result.warnings).toContain('5人以下の施設は個人宅訪問の枠で予約します');
      expect(new Set(result.offers.map((o) => o.date))).toEqual(new Set([HOME_DAY_14, HOME_DAY, HOME_DAY_2]));
      expect(result.offers[0].position).toBe('AM1');
    });

    it('books a facility of 6 into a facility session, 10:00〜 or 14:00〜', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 6 }));
      expect(result.offers.map((o) => [o.date, o.position, o.window.label])).toEqual([
        [FACILITY_DAY_30, 'FAM', '10:00〜'],
        [FACILITY_DAY_30, 'FPM', '14:00〜'],
        [FACILITY_DAY, 'FAM', '10:00〜'],
        [FACILITY_DAY, 'FPM', '14:00〜'],
      ]);
    });

    it('takes one facility session per half-day', () => {
      const bookings = [booking(FACILITY_DAY, ['FAM'], null, 12, 'facility')];
      const result = findSlots(input({ kind: 'facility', plannedApplications: 20, wishes: { dates: [FACILITY_DAY] } }, { bookings }));
      expect(offersOn(result, FACILITY_DAY).map((o) => o.position)).toEqual(['FPM']);
      expect(excludedOn(result, FACILITY_DAY)).toMatchObject([{ half: 'am', reason: 'この時間帯は満枠です' }]);
    });

    it('needs both halves of one day above 20 applicants', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 21 }));
      expect(result.offers).toEqual([
        expect.objectContaining({ date: FACILITY_DAY_30, half: 'both', position: 'FAM', positions: ['FAM', 'FPM'], window: { start: '10:00', end: null, label: '午前 10:00〜・午後 14:00〜' } }),
        expect.objectContaining({ date: FACILITY_DAY, half: 'both', positions: ['FAM', 'FPM'] }),
      ]);
    });

    it('does not offer both halves when one is taken', () => {
      const bookings = [booking(FACILITY_DAY, ['FPM'], null, 8, 'facility')];
      const result = findSlots(input({ kind: 'facility', plannedApplications: 40, wishes: { dates: [FACILITY_DAY] } }, { bookings }));
      expect(offersOn(result, FACILITY_DAY)).toEqual([]);
      expect(excludedOn(result, FACILITY_DAY)).toEqual([
        { date: FACILITY_DAY, half: 'both', position: undefined, reason: '20人を超える施設は午前・午後の両方が空いている日のみ予約できます（午後：この時間帯は満枠です）', overridable: false },
      ]);
    });

    it('excludes more than 40 plannedApplications, asking to book another day as well', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 41, wishes: { dates: [FACILITY_DAY] } }));
      const reason = '1日で受けられる人数（40人）を超えています。別の日の訪問もあわせて予約してください';
      expect(result.offers).toEqual([]);
      expect(result.warnings).toContain(reason);
      expect(result.excluded).toEqual([{ date: FACILITY_DAY, half: 'both', position: undefined, reason, overridable: false }]);
    });
  });

  describe('lead time in calendar days from today (§8(2)オ)', () => {
    it('books home visits 14 days ahead at the earliest', () => {
      const result = findSlots(input({ wishes: { from: '2026-06-10', to: HOME_DAY_14 } }));
      expect(result.offers[0]).toMatchObject({ date: HOME_DAY_14, matchesWishes: true });
      expect(result.excluded).toEqual([
        { date: HOME_DAY_EARLY, half: 'am', position: 'AM1', reason: '受付から14日以上先の日付のみ予約できます', overridable: true },
        { date: HOME_DAY_EARLY, half: 'pm', position: 'PM1', reason: '受付から14日以上先の日付のみ予約できます', overridable: true },
      ]);
    });

    it('applies 14 days to a small facility too', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 3 }));
      expect(result.offers.some((o) => o.date === HOME_DAY_EARLY)).toBe(false);
      expect(result.offers[0].date).toBe(HOME_DAY_14);
    });

    it('books facilities of 6 or more 30 days ahead at the earliest', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 6, wishes: { dates: [FACILITY_DAY_29, FACILITY_DAY_30] } }));
      expect(result.offers.filter((o) => o.matchesWishes).map((o) => o.date)).toEqual([FACILITY_DAY_30, FACILITY_DAY_30]);
      expect(result.excluded).toMatchObject([
        { date: FACILITY_DAY_29, half: 'am', reason: '受付から30日以上先の日付のみ予約できます', overridable: true },
        { date: FACILITY_DAY_29, half: 'pm', reason: '受付から30日以上先の日付のみ予約できます', overridable: true },
      ]);
    });

    it('offers closer dates with a warning when a manager overrides', () => {
      const result = findSlots(input({}, { overrides: { leadTime: true } }));
      expect(result.offers[0]).toMatchObject({ date: HOME_DAY_EARLY, position: 'AM1', warnings: ['受付から14日未満の予約です（管理者承認）'] });
      expect(result.offers.find((o) => o.date === HOME_DAY)?.warnings).toEqual([]);
    });

    it('reports both overridable reasons together', () => {
      const bookings = [booking(HOME_DAY_EARLY, ['PM1'], '中央'), booking(HOME_DAY_EARLY, ['PM2'], '中央')];
      const result = findSlots(input({ district: '北部', wishes: { dates: [HOME_DAY_EARLY], halves: ['pm'] } }, { bookings, rules: { pmThirdSlotEnabled: true } }));
      expect(result.excluded).toEqual([
        {
          date: HOME_DAY_EARLY,
          half: 'pm',
          position: 'PM3',
          reason: '受付から14日以上先の日付のみ予約できます／午後3件目は前の訪問先から15分以内の場合のみ予約できます（中央→北部 20分）',
          overridable: true,
        },
      ]);
    });
  });

  describe('facility pre-meetings (§8(2)ア※)', () => {
    it('block their half-day for facility sessions', () => {
      const result = findSlots(
        input({ kind: 'facility', plannedApplications: 10, wishes: { dates: [FACILITY_DAY] } }, { preMeetings: [{ date: FACILITY_DAY, half: 'am' }] }),
      );
      expect(offersOn(result, FACILITY_DAY).map((o) => o.position)).toEqual(['FPM']);
      expect(excludedOn(result, FACILITY_DAY)).toEqual([{ date: FACILITY_DAY, half: 'am', position: undefined, reason: '事前打合せが入っています', overridable: false }]);
    });

    it('block a both-halves facility day', () => {
      const result = findSlots(input({ kind: 'facility', plannedApplications: 30 }, { preMeetings: [{ date: FACILITY_DAY, half: 'pm' }] }));
      expect(result.offers.map((o) => o.date)).toEqual([FACILITY_DAY_30]);
    });

    it('block home visits of their half-day too (the same staff)', () => {
      const result = findSlots(input({ wishes: { dates: [HOME_DAY] } }, { preMeetings: [{ date: HOME_DAY, half: 'pm' }] }));
      expect(offersOn(result, HOME_DAY).map((o) => o.half)).toEqual(['am']);
      expect(excludedOn(result, HOME_DAY)).toMatchObject([{ half: 'pm', reason: '事前打合せが入っています' }]);
    });
  });

  describe('only visit days, never the past', () => {
    it('offers nothing on a non-visit day, a past day or a day of the other kind, and says why when named', () => {
      const result = findSlots(input({ wishes: { dates: ['2026-06-16', PAST_HOME_DAY, FACILITY_DAY] } }));
      expect(result.offers.every((o) => [HOME_DAY_14, HOME_DAY, HOME_DAY_2].includes(o.date))).toBe(true);
      expect(result.offers.every((o) => !o.matchesWishes)).toBe(true);
      expect(result.excluded).toEqual([
        { date: PAST_HOME_DAY, half: 'both', reason: '過去の日付は予約できません', overridable: false },
        { date: '2026-06-16', half: 'both', reason: 'この日は訪問実施日ではありません', overridable: false },
        { date: FACILITY_DAY, half: 'both', reason: 'この日は施設訪問の実施日です', overridable: false },
      ]);
    });

    it('does not offer a visit day that has become a closed day', () => {
      const result = findSlots(input({ wishes: { dates: [HOME_DAY] } }, { workingHours: workingHoursSchema.parse({ extraClosedDays: [HOME_DAY] }) }));
      expect(offersOn(result, HOME_DAY)).toEqual([]);
      expect(result.excluded).toEqual([{ date: HOME_DAY, half: 'both', reason: 'この日は休業日です（市の閉庁日）', overridable: false }]);
    });

    it('warns when no visit day of the kind is left', () => {
      const result = findSlots(input({}, { visitDays: [{ date: PAST_HOME_DAY, kind: 'home_visit' }] }));
      expect(result).toEqual({ offers: [], excluded: [], warnings: ['今日以降の個人宅訪問の実施予定日がありません'] });
    });
  });

  describe('ranking by the wishes', () => {
    it('puts slots matching every wish first, then partial matches, then the rest, each by date', () => {
      const result = findSlots(input({ wishes: { weekdays: [4], halves: ['pm'] } }));
      expect(result.offers.map((o) => [o.date, o.half, o.matchesWishes])).toEqual([
        [HOME_DAY_2, 'pm', true], // Thursday afternoon: both wishes
        [HOME_DAY_14, 'pm', false], // one wish each, by date
        [HOME_DAY, 'pm', false],
        [HOME_DAY_2, 'am', false],
        [HOME_DAY_14, 'am', false], // no wish met
        [HOME_DAY, 'am', false],
      ]);
    });

    it('limits the offers (default 10)', () => {
      const many: VisitDay[] = Array.from({ length: 10 }, (_, i) => ({ date: `2026-09-${String(i + 1).padStart(2, '0')}`, kind: 'home_visit' as const }));
      const days = many.filter((d) => ![0, 6].includes(weekday(d.date)));
      expect(findSlots({ ...input({}, { visitDays: days }), limit: undefined }).offers).toHaveLength(10);
      expect(findSlots(input({}, { visitDays: days, limit: 3 })).offers).toHaveLength(3);
    });

    it('keeps the excluded list to the wished slots, at most 20', () => {
      const many: VisitDay[] = Array.from({ length: 30 }, (_, i) => ({ date: `2026-06-${String(i + 1).padStart(2, '0')}`, kind: 'home_visit' as const }));
      const result = findSlots(input({}, { visitDays: many, today: '2026-05-25' }));
      expect(result.excluded.length).toBeLessThanOrEqual(20);
      const wished = findSlots(input({ wishes: { halves: ['am'], to: '2026-06-05' } }, { visitDays: many, today: '2026-05-25' }));
      expect(wished.excluded.map((e) => [e.date, e.half])).toEqual([
        ['2026-06-01', 'am'],
        ['2026-06-02', 'am'],
        ['2026-06-03', 'am'],
        ['2026-06-04', 'am'],
        ['2026-06-05', 'am'],
      ]);
    });
  });
});

describe(checkBooking.name, () => {
  const withChoice = (choice: { date: DateKey; half: 'am' | 'pm' | 'both'; positions: SlotPosition[] }, base = input()) => {
    const { request, limit: _limit, ...context } = base;
    return checkBooking({ ...context, request: { kind: request.kind, plannedApplications: request.plannedApplications, district: request.district }, choice });
  };

  it('accepts an offered slot and returns the keys to insert', () => {
    expect(withChoice({ date: HOME_DAY, half: 'am', positions: ['AM1'] })).toEqual({ ok: true, occupiedKeys: [`${HOME_DAY}:AM1`], warnings: [] });
  });

  it('returns the warnings of the slot', () => {
    const base = input({ district: null }, { bookings: [booking(HOME_DAY, ['AM1'], '中央')] });
    expect(withChoice({ date: HOME_DAY, half: 'am', positions: ['AM2'] }, base)).toEqual({
      ok: true,
      occupiedKeys: [`${HOME_DAY}:AM2`],
      warnings: ['地区が不明なため移動時間を確認できません'],
    });
  });

  it('refuses a slot taken in the meantime', () => {
    const base = input({}, { bookings: [booking(HOME_DAY, ['AM1'], '中央')] });
    expect(withChoice({ date: HOME_DAY, half: 'am', positions: ['AM1'] }, base)).toEqual({ ok: false, reason: 'この枠は既に予約されています', overridable: false });
  });

  it('refuses a position out of visiting order', () => {
    expect(withChoice({ date: HOME_DAY, half: 'am', positions: ['AM2'] })).toEqual({ ok: false, reason: 'この時間帯で予約できる枠はAM1です', overridable: false });
  });

  it('refuses lead time as overridable and accepts it overridden', () => {
    expect(withChoice({ date: HOME_DAY_EARLY, half: 'am', positions: ['AM1'] })).toEqual({ ok: false, reason: '受付から14日以上先の日付のみ予約できます', overridable: true });
    expect(withChoice({ date: HOME_DAY_EARLY, half: 'am', positions: ['AM1'] }, input({}, { overrides: { leadTime: true } }))).toEqual({
      ok: true,
      occupiedKeys: [`${HOME_DAY_EARLY}:AM1`],
      warnings: ['受付から14日未満の予約です（管理者承認）'],
    });
  });

  it('counts a facility request\'s lead time from the day it was received, not from its confirmation (003 §8(2)オ)', () => {
    // Received on 06-01, confirmed on 06-05: 07-01 is 30 days after the call (allowed), 26 after the confirmation.
    const confirming = input({ kind: 'facility', plannedApplications: 12 }, { today: '2026-06-05', receivedOn: TODAY });
    expect(withChoice({ date: FACILITY_DAY_30, half: 'am', positions: ['FAM'] }, confirming)).toMatchObject({ ok: true });
    expect(withChoice({ date: FACILITY_DAY_29, half: 'am', positions: ['FAM'] }, confirming)).toEqual({ ok: false, reason: '受付から30日以上先の日付のみ予約できます', overridable: true });
    // Without it (a new call on 06-05), 07-01 is too early.
    expect(withChoice({ date: FACILITY_DAY_30, half: 'am', positions: ['FAM'] }, input({ kind: 'facility', plannedApplications: 12 }, { today: '2026-06-05' }))).toMatchObject({ ok: false, overridable: true });
    // A reception date after today (a wrong value) counts as today: it neither widens nor narrows the window.
    const future = input({ kind: 'facility', plannedApplications: 12 }, { receivedOn: '2026-06-20' });
    expect(withChoice({ date: FACILITY_DAY_29, half: 'am', positions: ['FAM'] }, future)).toMatchObject({ ok: false });
    expect(withChoice({ date: FACILITY_DAY_30, half: 'am', positions: ['FAM'] }, future)).toMatchObject({ ok: true });
  });

  it('takes both halves for a facility above 20, and only both', () => {
    const base = input({ kind: 'facility', plannedApplications: 25 });
    expect(withChoice({ date: FACILITY_DAY, half: 'both', positions: ['FAM', 'FPM'] }, base)).toEqual({
      ok: true,
      occupiedKeys: [`${FACILITY_DAY}:FAM`, `${FACILITY_DAY}:FPM`],
      warnings: [],
    });
    expect(withChoice({ date: FACILITY_DAY, half: 'am', positions: ['FAM'] }, base)).toEqual({
      ok: false,
      reason: '20人を超える施設は午前・午後の両方で予約してください',
      overridable: false,
    });
  });

  it('refuses a non-visit day', () => {
    expect(withChoice({ date: '2026-06-16', half: 'am', positions: ['AM1'] })).toEqual({ ok: false, reason: 'この日は訪問実施日ではありません', overridable: false });
  });
});

describe('the visit period against the notice and the wish (issue 17 item 3)', () => {
  it('warns when a facility of 6+ received now cannot be visited inside the period (a month’s notice from the day received)', () => {
    const result = findSlots(input({ kind: 'facility', plannedApplications: 12 }, { visits: { start: '2026-06-01', end: '2026-06-25' } }));
    expect(result.offers).toEqual([]);
    expect(result.warnings).toContain('受付日から30日後（7月1日(水)）が実施期間の終わり（6月25日(木)）より後のため、期間内に訪問できる日がありません（管理者の例外が必要です）');
  });

  it('warns when the wished time (「1月中旬」 read as dates) has no day inside the period after the notice, and not when it has', () => {
    const outside = findSlots(input({ kind: 'facility', plannedApplications: 12, wishes: { from: '2026-08-11', to: '2026-08-20' } }, { visits: { start: '2026-06-01', end: '2026-07-31' } }));
    expect(outside.warnings).toContain('ご希望の時期（8月11日(火)〜8月20日(木)）には、実施期間（6月1日(月)〜7月31日(金)）のうち受付から30日以上先の日がありません');
    const inside = findSlots(input({ kind: 'facility', plannedApplications: 12, wishes: { from: '2026-07-01', to: '2026-07-10' } }, { visits: { start: '2026-06-01', end: '2026-07-31' } }));
    expect(inside.warnings.filter((w) => w.includes('実施期間'))).toEqual([]);
    // A manager's lead-time override counts from today.
    const overridden = findSlots(input({ kind: 'facility', plannedApplications: 12 }, { visits: { start: '2026-06-01', end: '2026-06-25' }, overrides: { leadTime: true } }));
    expect(overridden.warnings.filter((w) => w.includes('実施期間'))).toEqual([]);
  });
});
