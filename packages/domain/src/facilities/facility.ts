import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { freeText } from '../common/fields.js';
import { line } from '../common/input.js';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { phoneSchema } from '../bookings/intake.js';
import { FACILITY_STEPS, type FacilityStep, type StepState } from './coordination.js';

/**
 * 施設 (issue 18 item 1): a welfare facility of the program — requested once (003 §8(2)オ(イ)), confirmed by the
 * manager, coordinated, visited and reported. Its name, type, address and district are an organisation's data; its
 * contact person's name and phone are personal data and are sealed like a booking's (ADR 0012).
 */

export const FACILITY_TYPES = ['special_nursing_home', 'geriatric_health', 'group_home', 'disability', 'hospital', 'other'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];
export const FACILITY_TYPE_LABELS_JA: Record<FacilityType, string> = {
  special_nursing_home: '特別養護老人ホーム',
  geriatric_health: '介護老人保健施設',
  group_home: 'グループホーム',
  disability: '障害者施設',
  hospital: '病院',
  other: 'その他',
};

/** The type a caller's words name (特養, 老健, GH …), else その他: a request's free-text type made a facility's type. */
export function facilityTypeOf(text: string): FacilityType {
  const t = text.normalize('NFKC');
  if (/特養|特別養護/.test(t)) return 'special_nursing_home';
  if (/老健|老人保健/.test(t)) return 'geriatric_health';
  if (/グループホーム|GH/i.test(t)) return 'group_home';
  if (/障害|障がい/.test(t)) return 'disability';
  if (/病院|医院|クリニック/.test(t)) return 'hospital';
  return 'other';
}

const nfkcLine = (max: number, required: string) => line(max, required).overwrite((s) => s.normalize('NFKC'));

/** 入所者数の目安: a whole number of residents (the same messages on create and on edit). */
const expectedResidentsSchema = z.int({ message: '入所者数の目安を整数で入力してください' }).min(0, { message: '入所者数の目安は0以上で入力してください' }).max(2000, { message: '入所者数の目安が多すぎます' });

/** POST /api/programs/:programId/facilities. */
export const facilityCreateSchema = z.object({
  name: nfkcLine(200, '施設名を入力してください'),
  type: z.enum(FACILITY_TYPES, { message: '施設の種類を選択してください' }),
  address: nfkcLine(200, '住所を入力してください'),
  district: z.string().trim().min(1, { message: '地区を選択してください' }).max(50).nullable().default(null),
  contactName: nfkcLine(100, '御担当者の氏名を入力してください').nullable().default(null),
  contactPhone: phoneSchema.nullable().default(null),
  expectedResidents: expectedResidentsSchema.nullable().default(null),
  note: freeText(500).nullable().default(null),
});
export type FacilityCreate = z.output<typeof facilityCreateSchema>;

/** PUT /api/programs/:programId/facilities/:id: what changed (absent fields stay as they are). */
export const facilityUpdateSchema = z.object({
  name: facilityCreateSchema.shape.name.optional(),
  type: facilityCreateSchema.shape.type.optional(),
  address: facilityCreateSchema.shape.address.optional(),
  district: z.string().trim().min(1, { message: '地区を選択してください' }).max(50).nullable().optional(),
  contactName: nfkcLine(100, '御担当者の氏名を入力してください').nullable().optional(),
  contactPhone: phoneSchema.nullable().optional(),
  expectedResidents: expectedResidentsSchema.nullable().optional(),
  note: freeText(500).nullable().optional(),
});
export type FacilityUpdate = z.output<typeof facilityUpdateSchema>;

/** 段階: where a facility stands, from registered to reported. Ordered. */
export const FACILITY_STAGES = ['registered', 'requested', 'confirmed', 'coordinating', 'list_received', 'visited', 'reported'] as const;
export type FacilityStage = (typeof FACILITY_STAGES)[number];
export const FACILITY_STAGE_LABELS_JA: Record<FacilityStage, string> = {
  registered: '未依頼',
  requested: '依頼受付',
  confirmed: '日程確定',
  coordinating: '調整中',
  list_received: '名簿受領',
  visited: '訪問済',
  reported: '報告済',
};

/** What the stage is read from: the facility's current booking (the latest not cancelled) and what followed it. */
export interface FacilityStageInput {
  /** The booking's status, or null when the facility has no open, confirmed or visited booking. */
  bookingStatus: string | null;
  /** Any coordination saved (a checklist item or a step's date). */
  coordinationStarted: boolean;
  /** The applicant list (申請者名簿) came in from the facility. */
  applicantListReceived: boolean;
  /** The daily report of the visit day is submitted (or further along). */
  reported: boolean;
}

/**
 * The facility's stage. A request (tentative) is 依頼受付; confirmed is 日程確定, then 調整中 once anything of the
 * coordination is saved and 名簿受領 once the applicant list is in; a held session makes the booking visited (訪問済),
 * and the visit day's report filed makes it 報告済. Without a booking in play the facility is 未依頼.
 */
export function facilityStage(input: FacilityStageInput): FacilityStage {
  switch (input.bookingStatus) {
    case 'tentative':
      return 'requested';
    case 'confirmed':
      return input.applicantListReceived ? 'list_received' : input.coordinationStarted ? 'coordinating' : 'confirmed';
    case 'visited':
      return input.reported ? 'reported' : 'visited';
    default:
      return 'registered';
  }
}

/** Statuses of a booking that is still in play for its facility: a second request is refused while one is open. */
export const FACILITY_OPEN_BOOKING_STATUSES = ['tentative', 'confirmed'] as const;

/** The booking of a facility that speaks for its stage: the latest (highest reception number) not cancelled or a no-show. */
export function currentFacilityBooking<T extends { status: string; receptionNumber: number }>(bookings: readonly T[]): T | null {
  const live = bookings.filter((b) => b.status === 'tentative' || b.status === 'confirmed' || b.status === 'visited');
  return live.reduce<T | null>((best, b) => (!best || b.receptionNumber > best.receptionNumber ? b : best), null);
}

/** The first step of the coordination timeline not done, for the list's 次の期限. */
export function nextDueStep(timeline: ReadonlyArray<{ step: FacilityStep; due: DateKey; state: StepState }> | null): { step: FacilityStep; due: DateKey; state: StepState } | null {
  const next = timeline?.find((s) => s.state !== 'done' && s.step !== 'visit');
  return next ? { step: next.step, due: next.due, state: next.state } : null;
}

const stepView = z.object({ step: z.enum(FACILITY_STEPS), due: dateKeyView, state: z.enum(['done', 'overdue', 'due_soon', 'upcoming']) });

/** A facility as the list answers it: no contact person (personal data stays on its own page). */
export interface FacilitySummaryView {
  id: string;
  programId: string;
  name: string;
  type: FacilityType;
  address: string;
  district: string | null;
  expectedResidents: number | null;
  stage: FacilityStage;
  /** The current booking's visit day, if fixed. */
  visitDate: DateKey | null;
  /** The current booking (for the coordination panel), if any. */
  bookingId: string | null;
  nextStep: { step: FacilityStep; due: DateKey; state: StepState } | null;
  updatedAt: string;
}
export const facilitySummaryViewSchema = describes<FacilitySummaryView>()(
  z.object({
    id: idView,
    programId: idView,
    name: z.string(),
    type: z.enum(FACILITY_TYPES),
    address: z.string(),
    district: z.string().nullable(),
    expectedResidents: z.int().nullable(),
    stage: z.enum(FACILITY_STAGES),
    visitDate: dateKeyView.nullable(),
    bookingId: idView.nullable(),
    nextStep: stepView.nullable(),
    updatedAt: instantView,
  }),
);

/** One facility with its contact person (its reading is recorded), its bookings and its sessions. */
export interface FacilityView extends FacilitySummaryView {
  contactName: string | null;
  contactPhone: string | null;
  note: string | null;
  bookings: Array<{ id: string; receptionNumber: number; status: string; receivedDate: DateKey; visitDate: DateKey | null; sessionId: string | null; plannedApplications: number }>;
  createdAt: string;
}
export const facilityViewSchema = describes<FacilityView>()(
  facilitySummaryViewSchema.extend({
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    note: z.string().nullable(),
    bookings: z.array(z.object({ id: idView, receptionNumber: z.int(), status: z.string(), receivedDate: dateKeyView, visitDate: dateKeyView.nullable(), sessionId: idView.nullable(), plannedApplications: z.int() })),
    createdAt: instantView,
  }),
);
