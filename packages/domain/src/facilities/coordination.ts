import { z } from 'zod';
import { addDays, type DateKey } from '../common/dates.js';
import { freeText } from '../common/fields.js';
import { dateKeySchema } from '../common/input.js';

/**
 * 施設との調整 (003 §9(2), 001 第3–第5): what the vendor confirms with a welfare facility before the visit, and when
 * each step is due, counted back from the visit date. Pure: the API stores the states and dates, the dashboard shows
 * them, the attention lists take the overdue steps.
 */

/** 003 §9(2)イ(ア): the procedure on the day. */
export const FACILITY_PROCEDURES = ['one_by_one', 'photos_first', 'mixed'] as const;
export type FacilityProcedure = (typeof FACILITY_PROCEDURES)[number];
export const FACILITY_PROCEDURE_LABELS_JA: Record<FacilityProcedure, string> = {
  one_by_one: 'a 1名ずつ写真撮影・申請書記入・説明を行う',
  photos_first: 'b 全員の写真撮影の後、申請書記入をまとめて行う',
  mixed: 'c aとbを併用する',
};

/** One item of the coordination checklist, with the clause it comes from. */
export interface CoordinationItem {
  key: string;
  label: string;
  source: string;
  /** Only for facilities this large (the city's visit beforehand: 10 or more applicants). */
  minApplicants?: number;
}

/** The checklist of 003 §9(2)ア–イ (with 001 第5 and 第8), in the order a pre-meeting goes through it. */
export const COORDINATION_ITEMS: readonly CoordinationItem[] = [
  { key: 'guidance_documents', label: '入所者・御家族への案内文書・確認事項を提供した', source: '003 §9(2)ア' },
  { key: 'procedure', label: '手順・動線・タイムスケジュール（a/b/c）', source: '003 §9(2)イ(ア)' },
  { key: 'documents_on_day', label: '当日提出が必要な書類を共有した', source: '003 §9(2)イ(イ)' },
  { key: 'applicant_list_requested', label: '申請者リストの提出を依頼した', source: '003 §9(2)イ(ウ)' },
  { key: 'identity_documents', label: '当日必要な本人確認書類を説明した', source: '003 §9(2)イ(エ)' },
  { key: 'photo_spot', label: '顔写真の撮影場所（明るさ）', source: '003 §9(2)イ(オ)' },
  { key: 'desk_and_power', label: '申請書等の記載場所・電源の借用', source: '003 §9(2)イ(カ)' },
  { key: 'residents_condition', label: '申請予定者の状況（代筆・寝たきり・写真撮影の困難）と対応', source: '003 §9(2)イ(キ)' },
  { key: 'face_auth_card', label: '顔認証マイナンバーカードの希望', source: '003 §9(2)イ(ク)' },
  { key: 'mailing_address', label: 'カードの郵送先（住民登録地以外・施設宛）', source: '003 §9(2)イ(ケ)' },
  { key: 'card_keeping', label: '入所者のマイナンバーカードの管理方法', source: '003 §9(2)イ(コ), 001 第8' },
  { key: 'city_visit_beforehand', label: '市職員による事前の現地説明', source: '003 §9(2)イ(カ)※', minApplicants: 10 },
];

export const COORDINATION_STATES = ['open', 'in_progress', 'done', 'not_applicable'] as const;
export type CoordinationState = (typeof COORDINATION_STATES)[number];
export const COORDINATION_STATE_LABELS_JA: Record<CoordinationState, string> = { open: '未確認', in_progress: '確認中', done: '確認済み', not_applicable: '該当なし' };

/** The items that apply to a facility of this many expected applicants. */
export function coordinationItemsFor(expectedApplicants: number): CoordinationItem[] {
  return COORDINATION_ITEMS.filter((i) => i.minApplicants === undefined || expectedApplicants >= i.minApplicants);
}

/** How far the checklist is: settled items (done or not applicable) of those that apply. */
export function coordinationProgress(expectedApplicants: number, states: Readonly<Record<string, CoordinationState | undefined>>): { settled: number; total: number } {
  const items = coordinationItemsFor(expectedApplicants);
  return { settled: items.filter((i) => states[i.key] === 'done' || states[i.key] === 'not_applicable').length, total: items.length };
}

/** The steps before a facility visit and how many days before the visit each is due (a program setting). */
export interface FacilityTimelineSettings {
  /** 案内: the facility is told about the visit (001: 約30日前). */
  noticeDaysBefore: number;
  /** 事前打合せ (001: 約20日前). */
  preMeetingDaysBefore: number;
  /** 申請者リスト to the city (003 §9(2)ウ: おおむね1週間前). */
  applicantListDaysBefore: number;
}
export const DEFAULT_FACILITY_TIMELINE: FacilityTimelineSettings = { noticeDaysBefore: 30, preMeetingDaysBefore: 20, applicantListDaysBefore: 7 };

export const FACILITY_STEPS = ['notice', 'pre_meeting', 'applicant_list', 'visit'] as const;
export type FacilityStep = (typeof FACILITY_STEPS)[number];
export const FACILITY_STEP_LABELS_JA: Record<FacilityStep, string> = { notice: '施設への案内', pre_meeting: '事前打合せ', applicant_list: '申請者リストの市への提出', visit: '訪問（出張申請受付）' };

export type StepState = 'done' | 'overdue' | 'due_soon' | 'upcoming';
export interface TimelineStep {
  step: FacilityStep;
  due: DateKey;
  doneOn: DateKey | null;
  state: StepState;
}

/**
 * The steps done and on which day: the coordination's three recorded dates, and the visit itself once the booking
 * is visited (on the day it was finished) — a visit held is not 「期限超過」.
 */
export function facilityStepsDone(
  c: { noticeDoneOn: DateKey | null; preMeetingDoneOn: DateKey | null; applicantListDoneOn: DateKey | null } | null | undefined,
  booking: { status: string; visitDate: DateKey | null; visitFinishedDate?: DateKey | null } | null | undefined,
): Record<FacilityStep, DateKey | null> {
  return {
    notice: c?.noticeDoneOn ?? null,
    pre_meeting: c?.preMeetingDoneOn ?? null,
    applicant_list: c?.applicantListDoneOn ?? null,
    visit: booking?.status === 'visited' ? (booking.visitFinishedDate ?? booking.visitDate) : null,
  };
}

/** A step not done is "due soon" this many days before its due date. */
export const DUE_SOON_DAYS = 3;

/**
 * The facility's timeline: each step's due date counted back from the visit, and its state on `today` — done (a
 * date recorded), overdue (past its due date), due soon (within DUE_SOON_DAYS), or upcoming. A due date that would
 * fall before the request was received is the reception day itself (a visit booked at short notice).
 */
export function facilityTimeline(
  visitDate: DateKey,
  receivedOn: DateKey,
  done: Readonly<Partial<Record<FacilityStep, DateKey | null>>>,
  today: DateKey,
  settings: FacilityTimelineSettings = DEFAULT_FACILITY_TIMELINE,
): TimelineStep[] {
  const before: Record<FacilityStep, number> = {
    notice: settings.noticeDaysBefore,
    pre_meeting: settings.preMeetingDaysBefore,
    applicant_list: settings.applicantListDaysBefore,
    visit: 0,
  };
  return FACILITY_STEPS.map((step) => {
    const counted = addDays(visitDate, -before[step]);
    const due = counted < receivedOn && step !== 'visit' ? receivedOn : counted;
    const doneOn = done[step] ?? null;
    const state: StepState = doneOn ? 'done' : today > due ? 'overdue' : today >= addDays(due, -DUE_SOON_DAYS) ? 'due_soon' : 'upcoming';
    return { step, due, doneOn, state };
  });
}

const ITEM_KEYS = COORDINATION_ITEMS.map((i) => i.key) as [string, ...string[]];

/** PUT /api/bookings/:id/coordination: what changed (absent fields stay as they are). */
export const coordinationUpdateSchema = z.object({
  procedure: z.enum(FACILITY_PROCEDURES).nullable().optional(),
  items: z
    .partialRecord(
      z.enum(ITEM_KEYS),
      z.object({ state: z.enum(COORDINATION_STATES), date: dateKeySchema.nullable().optional(), note: freeText(200).optional() }),
    )
    .optional(),
  /** The day a step was done (null: not done). */
  steps: z.partialRecord(z.enum(['notice', 'pre_meeting', 'applicant_list']), dateKeySchema.nullable()).optional(),
});
export type CoordinationUpdate = z.output<typeof coordinationUpdateSchema>;

/** A facility visit's coordination as the API answers it. */
export interface CoordinationView {
  bookingId: string;
  receptionNumber: number;
  expectedApplicants: number;
  procedure: FacilityProcedure | null;
  items: Array<{ key: string; label: string; source: string; state: CoordinationState; date: DateKey | null; note: string | null }>;
  progress: { settled: number; total: number };
  /** Null until the visit date is fixed (a request still being coordinated). */
  timeline: TimelineStep[] | null;
  updatedAt: string | null;
}
