import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { dateKeySchema, list } from '../common/input.js';
import type { BookingRules, WorkingHours } from '../programs/program.schema.js';
import type { DateRange } from '../programs/periods.js';
import type { VisitDay } from '../programs/visit-calendar.js';
import type { Half, SlotPosition, SlotWindow } from './slots.js';
import { slotPositionSchema } from './slots.js';
import { freeText } from '../common/fields.js';

/**
 * The contract of the booking engine: what the operator's screen sends (zod, parsed by the API) and what the
 * API loads from the database (plain types). The rules themselves are in rules.ts.
 */

const dateKey = dateKeySchema;

export const halfSchema = z.enum(['am', 'pm']);
/** A booking is one half-day, or both halves of a facility day (a facility above one session's applicants). */
export const bookingHalfSchema = z.enum(['am', 'pm', 'both']);
export type BookingHalf = z.infer<typeof bookingHalfSchema>;

/** What the caller wishes (Otaru §8(2)オ: 希望時期、曜日等). Every field is optional; none = any free slot. */
export const slotWishesSchema = z
  .object({
    from: dateKey.optional(),
    to: dateKey.optional(),
    /** 0 = Sunday … 6 = Saturday. */
    weekdays: list(z.int().min(0, { message: '曜日の指定が正しくありません' }).max(6, { message: '曜日の指定が正しくありません' }), 7).optional(),
    halves: list(halfSchema, 2).optional(),
    dates: z.array(dateKey).max(31, { message: '希望日は31日以内で指定してください' }).optional(),
  })
  .superRefine((w, ctx) => {
    if (w.from && w.to && w.to < w.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '希望期間の終了日は開始日以降にしてください' });
    }
  });
export type SlotWishes = z.infer<typeof slotWishesSchema>;

/** home = a household; facility = a welfare facility (≤ smallFacilityMax applicants go into a home slot). */
export const requestKindSchema = z.enum(['home', 'facility']);
export type RequestKind = z.infer<typeof requestKindSchema>;

export const slotRequestSchema = z.object({
  kind: requestKindSchema,
  /** 申請予定件数: what the slot engine plans capacity for (a household's planned applications, a facility's estimate). */
  plannedApplications: z
    .int({ message: '申請予定件数を整数で入力してください' })
    .min(1, { message: '申請予定件数は1以上で入力してください' })
    .max(500, { message: '申請予定件数が多すぎます' }),
  /** The district (zone of the travel matrix); null when not known yet. */
  district: z.string().trim().min(1, { message: '地区を選択してください' }).nullable(),
  wishes: slotWishesSchema.prefault({}),
});
export type SlotRequest = z.infer<typeof slotRequestSchema>;

/**
 * A manager's override. Only the lead time and the travel limit of the extra afternoon slot can be overridden;
 * nothing overrides capacity. The API records who overrode and why; the rules only read the flags.
 */
export const bookingOverridesSchema = z
  .object({
    leadTime: z.boolean().optional(),
    pmThirdTravel: z.boolean().optional(),
    /** Confirm a home visit although guidance is left unread or an applicant's documents do not suffice (bookingRequirementProblems). */
    requirements: z.boolean().optional(),
    reason: freeText(500).optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.leadTime || o.pmThirdTravel || o.requirements) && !o.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '管理者承認の理由を入力してください' });
    }
  });
export type BookingOverrides = Pick<z.infer<typeof bookingOverridesSchema>, 'leadTime' | 'pmThirdTravel'>;

/** The slot an operator picked from the offers; checkBooking re-checks it inside the API's transaction. */
export const slotChoiceSchema = z.object({
  date: dateKey,
  half: bookingHalfSchema,
  positions: list(slotPositionSchema, 3).min(1, { message: '枠を選択してください' }),
});
export type SlotChoice = z.infer<typeof slotChoiceSchema>;

/** An existing, active booking as the API loads it. positions are the slot positions it occupies. */
export interface ExistingBooking {
  id: string;
  date: DateKey;
  positions: SlotPosition[];
  kind: RequestKind;
  district: string | null;
  plannedApplications: number;
}

/** A facility pre-meeting (事前打合せ, Otaru §8(2)ア※): it keeps its half-day free of sessions. */
export interface PreMeeting {
  date: DateKey;
  half: Half;
}

/** The program's zone matrix: minutes between districts, symmetric; the same district is 0 unless given. */
export interface TravelMatrix {
  districts: string[];
  minutes: Record<string, Record<string, number>>;
}

/** Everything the rules read besides the request. `today` is the JST date of the call (no clock in here). */
export interface BookingContext {
  rules: BookingRules;
  workingHours: WorkingHours;
  visitDays: VisitDay[];
  bookings: ExistingBooking[];
  preMeetings: PreMeeting[];
  travel: TravelMatrix;
  today: DateKey;
  /**
   * The day the request was received, when it is placed later: a facility's request is confirmed after
   * coordination, and its lead time counts from the call (003 §8(2)オ), not from the confirmation. Absent: today.
   */
  receivedOn?: DateKey;
  /** The visit period (実施期間): a day outside it is not booked, even if it is still on the calendar. */
  visits?: DateRange;
  overrides?: BookingOverrides;
}

export interface FindSlotsInput extends BookingContext {
  request: SlotRequest;
  /** Number of offers, best first (default 10). */
  limit?: number;
}

export interface CheckBookingInput extends BookingContext {
  request: Omit<SlotRequest, 'wishes'>;
  choice: SlotChoice;
}

export interface SlotOffer {
  date: DateKey;
  half: BookingHalf;
  /** The position told to the caller (the first one occupied). */
  position: SlotPosition;
  /** Every position the booking occupies: one, all home positions of the half (6+ household), or FAM + FPM. */
  positions: SlotPosition[];
  window: SlotWindow;
  matchesWishes: boolean;
  warnings: string[];
}

/** A slot the caller would have liked that is not offered, and why. half 'both' = the whole day. */
export interface ExcludedSlot {
  date: DateKey;
  half: BookingHalf;
  position?: SlotPosition;
  reason: string;
  /** A manager may book it anyway (lead time, extra afternoon slot's travel). */
  overridable: boolean;
}

export interface FindSlotsResult {
  offers: SlotOffer[];
  excluded: ExcludedSlot[];
  warnings: string[];
}

export type BookingCheck =
  | { ok: true; occupiedKeys: string[]; warnings: string[] }
  | { ok: false; reason: string; overridable: boolean };
