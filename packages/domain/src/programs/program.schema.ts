import { z } from 'zod';
import { programGuidanceSchema } from './guidance.js';
import { DEFAULT_YEAR_END } from '../common/year-end.js';
import { dateKeySchema } from '../common/input.js';
import { DEFAULT_DAILY_REPORT_REVIEW, dailyReportReviewSchema } from '../daily-reports/report-workflow.js';
import type { EraStyle } from '../common/wareki.js';
import { periodProblems, programPeriodsSchema } from './periods.js';

/**
 * A program is one contract of a city with a vendor. These schemas are the one contract shared by the API
 * (request validation, OpenAPI) and the dashboard's forms. Defaults are the Otaru spec's (§8(2)); Shimonoseki's
 * figures go into targets.
 */

export const serviceKindSchema = z.enum(['home_visit', 'facility_visit', 'venue_event']);
export type ServiceKind = z.infer<typeof serviceKindSchema>;

/** on_site_acceptance = 出張申請受付 (city staff check identity), application_support = 申請サポート. */
export const applicationMethodSchema = z.enum(['on_site_acceptance', 'application_support']);
export type ApplicationMethod = z.infer<typeof applicationMethodSchema>;

/** How dates are printed in reports: 令和8年6月17日 or 2026年6月17日 (the EraStyle type of common/wareki.ts). */
export const eraStyleSchema = z.enum(['wareki', 'seireki']) satisfies z.ZodType<EraStyle>;

// Kept private: a shared DateKey schema belongs in common/ (outside this module's remit).
const dateKey = dateKeySchema;
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '月日はMM-DDの形式で入力してください' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '時刻はHH:MMの形式で入力してください' });
const weekdayNumber = z.int().min(0).max(6);

/** An integer field with a range and Japanese messages naming the bound. */
const count = (min: number, max: number, value: number) =>
  z
    .int({ message: '整数で入力してください' })
    .min(min, { message: `${min}以上で入力してください` })
    .max(max, { message: `${max}以下で入力してください` })
    .default(value);

/**
 * Days after its purpose ended by which a reservation's personal data must be gone (the sweep runs hourly):
 * personal data still held after that is on the attention list. The default of the program setting
 * personalDataDeletionLimitDays.
 */
export const PERSONAL_DATA_DELETION_LIMIT_DAYS = 7;

/**
 * Days the applicant register's personal fields are kept after an application was handed over to the city (引渡し),
 * for the defect follow-up (不備対応, 004 §8(9)): a J-LIS defect notice reaches the applicant after the card is
 * made, usually within a few weeks to two months of the application, and the resident then calls the vendor. 90
 * days covers that with a margin; after it the scheduled purge deletes them (特記事項: delete once the purpose ended).
 * The default of the program setting handOverFollowUpDays.
 */
export const HAND_OVER_FOLLOW_UP_DAYS = 90;

/** Booking rules of one program (Otaru §8(2) イ〜オ). */
export const bookingRulesSchema = z
  .object({
    homeSlotsAm: count(0, 4, 2),
    homeSlotsPm: count(0, 4, 2),
    /** The afternoon may open one more home slot, only close to the previous visit (pmThirdTravelMaxMinutes). */
    pmThirdSlotEnabled: z.boolean().default(false),
    /** A household with this many applicants or more takes its whole half-day. */
    largeHouseholdThreshold: count(2, 50, 6),
    facilitySlotsAm: count(0, 2, 1),
    facilitySlotsPm: count(0, 2, 1),
    /** A facility with this many applicants or fewer is booked into a home-visit slot. */
    smallFacilityMax: count(0, 50, 5),
    /** About this many applicants per facility session; more needs both halves or another day. */
    facilitySessionMaxApplicants: count(1, 200, 20),
    travelMaxMinutes: count(0, 180, 30),
    pmThirdTravelMaxMinutes: count(0, 180, 15),
    /** Lead time for home visits and for small facilities (≤ smallFacilityMax applicants). */
    leadDaysHome: count(0, 180, 14),
    /** Lead time for facilities above smallFacilityMax. */
    leadDaysLargeFacility: count(0, 365, 30),
    visitDaysPerWeekMin: count(0, 5, 1),
    visitDaysPerWeekMax: count(1, 7, 2),
  })
  .superRefine((r, ctx) => {
    if (r.visitDaysPerWeekMax < r.visitDaysPerWeekMin) {
      ctx.addIssue({ code: 'custom', path: ['visitDaysPerWeekMax'], message: '週あたりの最大日数は最小日数以上にしてください' });
    }
    if (r.pmThirdTravelMaxMinutes > r.travelMaxMinutes) {
      ctx.addIssue({ code: 'custom', path: ['pmThirdTravelMaxMinutes'], message: '午後3件目の移動時間は通常の移動時間以下にしてください' });
    }
    if (r.smallFacilityMax >= r.facilitySessionMaxApplicants) {
      ctx.addIssue({ code: 'custom', path: ['smallFacilityMax'], message: '小規模施設の人数は1回の施設訪問の上限より小さくしてください' });
    }
  });
export type BookingRules = z.output<typeof bookingRulesSchema>;

/** When the vendor works; also the input of isWorkingDay (common/holidays.ts). */
export const workingHoursSchema = z
  .object({
    workingWeekdays: z
      .array(weekdayNumber)
      .min(1, { message: '稼働する曜日を1つ以上選択してください' })
      .refine((days) => new Set(days).size === days.length, { message: '同じ曜日が重複しています' })
      .default([1, 2, 3, 4, 5]),
    openTime: hhmm.default('09:00'),
    closeTime: hhmm.default('17:00'),
    closedOnHolidays: z.boolean().default(true),
    closedYearEnd: z.boolean().default(true),
    /** The year-end closure's days, 'MM-DD' in December to 'MM-DD' in January (004 §6: 12/27–1/4). */
    yearEnd: z
      .object({
        from: monthDay.refine((v) => v.startsWith('12-'), { message: '12月の日付を入力してください' }),
        to: monthDay.refine((v) => v.startsWith('01-'), { message: '1月の日付を入力してください' }),
      })
      .default({ ...DEFAULT_YEAR_END }),
    extraClosedDays: z.array(dateKey).default([]),
    /**
     * Service kinds held on any day, closed days included (a venue stand without city staff at a mall on a
     * Sunday, 004 §7); the others keep to working days.
     */
    anyDayKinds: z
      .array(serviceKindSchema)
      .refine((kinds) => new Set(kinds).size === kinds.length, { message: '同じサービス種別が重複しています' })
      .default(['venue_event']),
  })
  .superRefine((w, ctx) => {
    // 'HH:MM' strings compare correctly as text.
    if (w.closeTime <= w.openTime) {
      ctx.addIssue({ code: 'custom', path: ['closeTime'], message: '終了時刻は開始時刻より後にしてください' });
    }
  });
export type WorkingHours = z.output<typeof workingHoursSchema>;

/**
 * The fields of a program without cross-field rules. Zod 4 forbids .extend()/.omit() on refined objects,
 * so derive other schemas from this one and re-apply refineProgram.
 */
export const programFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: 'タイトルを入力してください' })
    .max(200, { message: 'タイトルは200文字以内で入力してください' }),
  fiscalYear: z.int({ message: '年度を整数で入力してください' }).min(2000).max(2100),
  /** The contract period (契約期間); the other named periods lie inside it (periods.ts). */
  periodStart: dateKey,
  periodEnd: dateKey,
  /** The completion report is due by this date (Otaru: 2027-01-08, the contract's last day). */
  reportDeadline: dateKey,
  /** Call center, visits and the monthly report day; absent ranges are the contract period. */
  periods: programPeriodsSchema.prefault({}),
  serviceKinds: z.array(serviceKindSchema).min(1, { message: 'サービス種別を1つ以上選択してください' }),
  /** The application method per service kind; every kind in serviceKinds needs one. */
  methods: z.partialRecord(serviceKindSchema, applicationMethodSchema),
  eraStyle: eraStyleSchema.default('wareki'),
  workingHours: workingHoursSchema.prefault({}),
  bookingRules: bookingRulesSchema.prefault({}),
  requireTotp: z.boolean().default(false),
  weekStartsOn: weekdayNumber.default(1),
  /** The weekly call-volume report is due on this weekday of the following week (2 = Tuesday). */
  callWeekReportDueWeekday: weekdayNumber.default(2),
  /** The reception slips of a visit week are due at the city on this weekday of the week before (2 = Tuesday, §9(1)). */
  slipShareDueWeekday: weekdayNumber.default(2),
  /** The city also wants the slips as an encrypted file, prepared by staff and released after a manager approves. */
  slipShareFile: z.boolean().default(false),
  /**
   * 予約受付: the vendor's call center books the visits residents ask for (003 §8(2), the slot grid, 受付一覧表 and
   * 受付票). Off where the vendor chooses the sites with the city instead (004 §7(3)): no reservation is taken, and a
   * held visit is not 予約なしの訪問 (there was never a booking to come from). See bookingsNotTakenProblem.
   */
  takesBookings: z.boolean().default(true),
  /** 004 §7(3): sessions only at sites the city approved (実施場所の承認, approvals). */
  requireSiteApproval: z.boolean().default(false),
  /** 004 §8(1): the business plan needs the city's consent (業務計画書, approvals); until then it is on the vendor's attention list. */
  requireBusinessPlan: z.boolean().default(false),
  /** A daily report is due this many working days after the session day, at this time (JST). */
  dailyReportDue: z
    .object({
      workingDaysAfter: count(0, 10, 1),
      time: hhmm.default('12:00'),
    })
    .prefault({}),
  /**
   * 社内確認: 'vendor_manager' — staff's daily reports wait for the vendor manager's check before the city sees them
   * (a manager's own goes straight, so a vendor without staff never waits); 'none' — straight to the city.
   */
  dailyReportReview: dailyReportReviewSchema.default(DEFAULT_DAILY_REPORT_REVIEW),
  /** Personal data still held this many days after its purpose ended is an overdue deletion (attention list). */
  personalDataDeletionLimitDays: count(1, 90, PERSONAL_DATA_DELETION_LIMIT_DAYS),
  /** The register's personal fields are deleted this many days after their hand-over to the city (HAND_OVER_FOLLOW_UP_DAYS). */
  handOverFollowUpDays: count(14, 365, HAND_OVER_FOLLOW_UP_DAYS),
  /** What the operator tells residents: fee, pick-up, proxy pick-up, validity (guidance.ts). */
  guidance: programGuidanceSchema.prefault({}),
});

/** Cross-field rules of a program, with the error on the field a user has to change. */
export function refineProgram(p: z.output<typeof programFieldsSchema>, ctx: z.RefinementCtx): void {
  if (p.periodEnd < p.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: '終了日は開始日以降にしてください' });
  }
  if (p.reportDeadline < p.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['reportDeadline'], message: '報告期限は開始日以降にしてください' });
  }
  for (const problem of periodProblems(p)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  if (new Set(p.serviceKinds).size !== p.serviceKinds.length) {
    ctx.addIssue({ code: 'custom', path: ['serviceKinds'], message: '同じサービス種別が重複しています' });
  }
  for (const kind of p.serviceKinds) {
    if (!p.methods[kind]) {
      ctx.addIssue({ code: 'custom', path: ['methods', kind], message: '申請方式を選択してください' });
    }
  }
}

/** Create / edit body of a program. */
export const programInputSchema = programFieldsSchema.superRefine(refineProgram);
/** A program as parsed, with every default filled in. */
export type ProgramInput = z.output<typeof programInputSchema>;
/** What a client may send: defaulted fields may be left out. */
export type ProgramInputDraft = z.input<typeof programInputSchema>;

/** What a target counts. applications = applicants (申請者数), sessions = 実施回数. */
export const targetMetricSchema = z.enum(['sessions', 'applications', 'reservations', 'facilities_visited', 'consultations', 'calls']);
export type TargetMetric = z.infer<typeof targetMetricSchema>;

export const targetSchema = z.object({
  id: z.string().optional(),
  metric: targetMetricSchema,
  goal: z
    .int({ message: '目標値を整数で入力してください' })
    .min(1, { message: '目標値は1以上で入力してください' })
    .max(1_000_000, { message: '目標値が大きすぎます' }),
  /**
   * The service kinds the target counts together (Shimonoseki's visit type: facilities and homes, 004 §7(1));
   * absent or empty = every kind of the program.
   */
  serviceKinds: z
    .array(serviceKindSchema)
    .optional()
    .refine((kinds) => !kinds || new Set(kinds).size === kinds.length, { message: '同じサービス種別が重複しています' }),
  label: z.string().trim().max(100, { message: '表示名は100文字以内で入力してください' }).optional(),
});
export type Target = z.infer<typeof targetSchema>;

/** Targets judged together: Shimonoseki's "40 sessions or 300 applicants" is logic 'any'. */
export const targetGroupSchema = z.object({
  id: z.string().optional(),
  name: z.string().trim().min(1, { message: '名称を入力してください' }).max(100, { message: '名称は100文字以内で入力してください' }),
  logic: z.enum(['any', 'all']),
  targets: z.array(targetSchema).min(1, { message: '目標を1つ以上設定してください' }),
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/**
 * Whether the program's call center books visits (the setting takesBookings): the one reading of it for every screen
 * and rule — a program known without the setting (saved before it, or a summary that leaves it out) books them.
 */
export function booksVisits(program: { takesBookings?: boolean } | undefined): boolean {
  return program?.takesBookings !== false;
}

/** Why a program takes no reservation (its setting takesBookings is off), or null: the API answers 422 with it. */
export function bookingsNotTakenProblem(program: { takesBookings?: boolean }): string | null {
  return booksVisits(program) ? null : 'この事業はコールセンターで訪問の予約を受け付けない設定です';
}
