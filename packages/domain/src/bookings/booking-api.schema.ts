import { z } from 'zod';
import { addDays } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { bookingOverridesSchema, slotChoiceSchema, slotRequestSchema } from './booking.schema.js';
import { facilityRequestSchema, homeIntakeSchema } from './intake.js';
import { freeText } from '../common/fields.js';
import { PERSONAL_DATA_DELETION_LIMIT_DAYS } from '../programs/program.schema.js';

/** Booking lifecycle (Otaru §8(2)): a facility request waits as tentative until the manager confirms it. */
export const bookingStatusSchema = z.enum(['tentative', 'confirmed', 'visited', 'cancelled', 'no_show']);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;
export const BOOKING_STATUS_LABELS_JA: Record<BookingStatus, string> = {
  tentative: '仮予約（調整中）',
  confirmed: '確定',
  visited: '訪問済み',
  cancelled: 'キャンセル',
  no_show: '不在・中止',
};

/**
 * 予約 (reservations, docs/metrics.md): a booking counts on the day it was received, whatever became of it later,
 * except a cancellation (a no-show was still reserved). The funnel, the targets and the reception list count so.
 */
export const RESERVATION_UNCOUNTED_STATUSES = ['cancelled'] as const satisfies readonly BookingStatus[];

export function countsAsReservation(status: string): boolean {
  return !(RESERVATION_UNCOUNTED_STATUSES as readonly string[]).includes(status);
}

/** Reservations received in [from, to]: `bookings` are any rows with the day received and the status. */
export function reservationsIn(bookings: ReadonlyArray<{ receivedDate: string; status: string }>, from: string, to: string): number {
  return bookings.filter((b) => b.receivedDate >= from && b.receivedDate <= to && countsAsReservation(b.status)).length;
}

export const slotSearchSchema = z.object({
  request: slotRequestSchema,
  overrides: bookingOverridesSchema.optional(),
  /** Offers for a request received earlier (a facility's, being confirmed): its lead time counts from that day. */
  receivedOn: dateKeySchema.optional(),
});

/** A home booking taken on the phone: the intake, the slot picked from the offers, the guidance read out. */
export const homeBookingSchema = z.object({
  type: z.literal('home'),
  intake: homeIntakeSchema,
  choice: slotChoiceSchema,
  overrides: bookingOverridesSchema.optional(),
  /** Ids of the checklist items the operator read out (guidanceChecklist). */
  guidanceGiven: z.array(z.string().max(60)).max(30).default([]),
  /** The call this booking was made in. */
  callId: z.uuid().optional(),
});

/** A facility's request: recorded now, confirmed into a slot by the manager after coordination. */
export const facilityBookingSchema = z.object({
  type: z.literal('facility'),
  request: facilityRequestSchema,
  callId: z.uuid().optional(),
  /** The facility record (施設) the request is for; absent: the request creates it (a facility is requested once). */
  facilityId: z.uuid().optional(),
});

export const bookingCreateSchema = z.discriminatedUnion('type', [homeBookingSchema, facilityBookingSchema]);
export type BookingCreate = z.output<typeof bookingCreateSchema>;

export const bookingMoveSchema = z.object({ choice: slotChoiceSchema, overrides: bookingOverridesSchema.optional() });
export const bookingReasonSchema = z.object({ reason: freeText(500, { required: '理由を入力してください' }) });

/** The district travel matrix a manager edits: minutes between each pair, symmetric. */
export const travelMatrixSchema = z
  .object({
    districts: z.array(z.string().trim().min(1).max(50)).min(1, { message: '地区を1つ以上入力してください' }).max(60),
    minutes: z.record(z.string(), z.record(z.string(), z.int().min(0, { message: '0分以上で入力してください' }).max(300, { message: '300分以内で入力してください' }))),
  })
  .superRefine((m, ctx) => {
    if (new Set(m.districts).size !== m.districts.length) ctx.addIssue({ code: 'custom', path: ['districts'], message: '同じ地区名が重複しています' });
    for (const [from, row] of Object.entries(m.minutes)) {
      if (!m.districts.includes(from)) ctx.addIssue({ code: 'custom', path: ['minutes', from], message: `「${from}」は地区一覧にありません` });
      for (const [to, v] of Object.entries(row)) {
        if (!m.districts.includes(to)) ctx.addIssue({ code: 'custom', path: ['minutes', from, to], message: `「${to}」は地区一覧にありません` });
        const back = m.minutes[to]?.[from];
        if (back !== undefined && back !== v) ctx.addIssue({ code: 'custom', path: ['minutes', from, to], message: `${from}→${to}（${v}分）と${to}→${from}（${back}分）が一致しません` });
      }
    }
  });
export type TravelMatrixInput = z.output<typeof travelMatrixSchema>;

export const preMeetingSchema = z.object({
  date: dateKeySchema,
  half: z.enum(['am', 'pm']),
  bookingId: z.uuid().optional(),
  /** The facility (施設) met; absent: the facility of the booking named, if any. */
  facilityId: z.uuid().optional(),
  note: freeText(200).optional(),
});
export type PreMeetingInput = z.output<typeof preMeetingSchema>;

/** One row of the reception list (受付一覧表): numbers and dates only — it outlives the personal data. */
export interface ReceptionListRow {
  receptionNumber: number;
  receivedDate: string;
  status: BookingStatus;
  visitDate: string | null;
  plannedApplications: number;
  sharedWithCityDate: string | null;
  visitFinishedDate: string | null;
  personalDataDeletedDate: string | null;
}

/** Days a cancelled or no-show booking keeps its personal data (questions about it still come in). */
export const CANCELLED_RETENTION_DAYS = 30;

/** The rules on which a reservation's personal data is deleted, as the deletion ledger names them. */
export const PERSONAL_DATA_DELETION_RULES_JA = {
  visited_shared: '訪問完了・受付票の市への共有後',
  facility_visited: '施設訪問の完了後',
  closed_retention: `キャンセル・不在から${CANCELLED_RETENTION_DAYS}日経過`,
  contract_closed: '契約終了に伴う削除（特記事項第10）',
  handed_over: '市への引渡し後の削除（特記事項第10）',
} as const;
export type PersonalDataDeletionRule = keyof typeof PERSONAL_DATA_DELETION_RULES_JA;

/**
 * On which rule a reservation's personal data has served its purpose (Otaru 個人情報取扱特記事項), or null while
 * it has not: a visited home booking once its slip was shared with the city, a visited facility booking, or a
 * cancelled / no-show one after CANCELLED_RETENTION_DAYS.
 */
export function personalDataDeletionRule(
  b: { kind: string; status: BookingStatus | string; sharedWithCityAt: string | null; updatedDate: string },
  today: string,
): PersonalDataDeletionRule | null {
  if (b.status === 'visited') {
    if (b.kind === 'facility') return 'facility_visited';
    return b.sharedWithCityAt !== null ? 'visited_shared' : null;
  }
  if (b.status === 'cancelled' || b.status === 'no_show') {
    const d = new Date(`${b.updatedDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + CANCELLED_RETENTION_DAYS);
    return d.toISOString().slice(0, 10) <= today ? 'closed_retention' : null;
  }
  return null;
}

/** One row of the deletion ledger (個人情報の削除記録): what was deleted, when, by whom or by the sweep, on which rule. */
export interface PersonalDataDeletionRow {
  bookingId: string;
  receptionNumber: number;
  kind: string;
  visitDate: string | null;
  visitFinishedDate: string | null;
  sharedWithCityDate: string | null;
  deletedAt: string;
  /** The user who deleted it, or null when the sweep did. */
  deletedBy: string | null;
  rule: PersonalDataDeletionRule | null;
  /** The rule in Japanese, or 記録なし for deletions made before the ledger existed. */
  ruleLabel: string;
}

/**
 * The date by which a reservation's personal data should have been deleted, when that date has passed and the
 * data is still there (an overdue deletion for the attention list), else null. The purpose ended on the later of
 * the visit and the share (home), the visit (facility), or the retention after a cancellation.
 */
export function personalDataDeletionOverdue(
  b: { kind: string; status: BookingStatus | string; sharedWithCityDate: string | null; visitFinishedDate: string | null; updatedDate: string; deleted: boolean },
  today: string,
  limitDays: number = PERSONAL_DATA_DELETION_LIMIT_DAYS,
): string | null {
  if (b.deleted) return null;
  let ended: string | null = null;
  if (b.status === 'visited' && b.visitFinishedDate) {
    if (b.kind === 'facility') ended = b.visitFinishedDate;
    else if (b.sharedWithCityDate) ended = b.sharedWithCityDate > b.visitFinishedDate ? b.sharedWithCityDate : b.visitFinishedDate;
  } else if (b.status === 'cancelled' || b.status === 'no_show') {
    ended = addDays(b.updatedDate, CANCELLED_RETENTION_DAYS);
  }
  if (!ended) return null;
  const due = addDays(ended, limitDays);
  return due < today ? due : null;
}

/** Whether a reservation's personal data has served its purpose (see personalDataDeletionRule). */
export function personalDataPurposeEnded(b: Parameters<typeof personalDataDeletionRule>[0], today: string): boolean {
  return personalDataDeletionRule(b, today) !== null;
}
