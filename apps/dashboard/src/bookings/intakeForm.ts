import {
  bookingRequirementProblems,
  type CallerRelation,
  type ChecklistItem,
  facilityRequestSchema,
  guidanceChecklist,
  type Half,
  homeIntakeProblems,
  homeIntakeSchema,
  type IdentityDocumentId,
  identityDocumentsSufficient,
  type SlotRequest,
  type SlotWishes,
  wishPeriod,
} from '@outreach/domain/bookings';
import type { ProgramView } from '@outreach/domain/programs';
import { type DateKey, type FieldErrors, isDateKey, issuesToFieldErrors } from '@outreach/domain/common';
import type { ApplicationType } from '@outreach/domain/sessions';
import { followWishText, parseWishText } from './wishText';

/**
 * The operator screen's form state and the pure functions around it: what the slot finder searches for, what
 * POST /bookings receives, and the field errors (client-side from the domain's zod schemas, or the API's),
 * keyed by the intake's own paths (`applicants.0.kana`) so that both land next to the same input.
 */

export type Parking = 'available' | 'unavailable' | 'unknown';

export interface WishForm {
  /** The caller's words (wishNote); the toggles below follow them (parseWishText). */
  text: string;
  weekdays: number[];
  halves: Half[];
  dates: DateKey[];
  from: string;
  to: string;
}

export interface CallerForm {
  relation: CallerRelation;
  name: string;
  relationDetail: string;
  phone: string;
  inPresenceConfirmed: boolean;
}

export interface ApplicantForm {
  name: string;
  kana: string;
  address: string;
  /** As typed: 1950-04-10, 1950/4/10, 19500410, 昭和25年4月10日, S25.4.10 (normaliseBirthDate). */
  dateOfBirth: string;
  phone: string;
  /** Required for the first applicant; empty for a later one = the same as the first's (one household). */
  outingDifficulty: string;
  /** The caller's relation (続柄) to this applicant; '' = as for the call (the first applicant). */
  relation: CallerRelation | '';
  applicationType: ApplicationType | '';
  identityDocuments: IdentityDocumentId[];
  photoPossible: boolean;
  canWrite: boolean;
  caregiverPresent: boolean;
  conditionNote: string;
}

export interface HomeForm {
  caller: CallerForm;
  applicants: ApplicantForm[];
  /** Ids of the guidance items read out. */
  guidanceGiven: string[];
  wish: WishForm;
  /** '' = not known yet (the slot finder then warns that travel cannot be checked). */
  district: string;
  parking: Parking;
  cautions: string;
  /** 申請予定件数; '' = the number of applicants. */
  plannedApplications: string;
}

export interface FacilityForm {
  /** The facility record chosen on the desk (施設), or '' when the request makes a new one. */
  facilityId: string;
  facilityName: string;
  facilityType: string;
  address: string;
  phone: string;
  contactName: string;
  estimatedApplicants: string;
  wish: WishForm;
  district: string;
  notes: string;
}

export function emptyWish(): WishForm {
  return { text: '', weekdays: [], halves: [], dates: [], from: '', to: '' };
}

/**
 * A new applicant. Most people the team visits can be photographed and can write; the operator unticks what
 * does not apply (the condition note then opens).
 */
export function emptyApplicant(): ApplicantForm {
  return {
    name: '',
    kana: '',
    address: '',
    dateOfBirth: '',
    phone: '',
    outingDifficulty: '',
    relation: '',
    applicationType: '',
    identityDocuments: [],
    photoPossible: true,
    canWrite: true,
    caregiverPresent: false,
    conditionNote: '',
  };
}

export function emptyHomeForm(): HomeForm {
  return {
    caller: { relation: 'self', name: '', relationDetail: '', phone: '', inPresenceConfirmed: false },
    applicants: [emptyApplicant()],
    guidanceGiven: [],
    wish: emptyWish(),
    district: '',
    parking: 'unknown',
    cautions: '',
    plannedApplications: '',
  };
}

export function emptyFacilityForm(): FacilityForm {
  return { facilityId: '', facilityName: '', facilityType: '', address: '', phone: '', contactName: '', estimatedApplicants: '', wish: emptyWish(), district: '', notes: '' };
}

// ---------------------------------------------------------------------------------------------------------
// Input helpers

const ERA_START: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018, M: 1867, T: 1911, S: 1925, H: 1988, R: 2018 };

function dateKeyOf(y: number, m: number, d: number): DateKey | undefined {
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isDateKey(key) ? key : undefined;
}

/**
 * A date of birth as operators hear and type it, to YYYY-MM-DD: 1950-04-10, 1950/4/10, 1950年4月10日, 19500410,
 * 昭和25年4月10日, S25.4.10, 平成元年1月8日. Undefined when it is not a date.
 */
export function normaliseBirthDate(raw: string): DateKey | undefined {
  const s = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) return dateKeyOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return dateKeyOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/i.exec(s);
  if (m) {
    const start = ERA_START[m[1].length === 1 ? m[1].toUpperCase() : m[1]];
    return dateKeyOf(start + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4]));
  }
  return undefined;
}

/** A wished period's end as typed (2026-12-01, 2026/12/1, 12/1, 12月1日; a date without a year is the next one). */
export function normaliseWishDate(raw: string, today: DateKey): DateKey | undefined {
  const s = raw.normalize('NFKC').trim();
  if (isDateKey(s)) return s;
  const dates = parseWishText(s, today).dates;
  return dates.length === 1 ? dates[0] : undefined;
}

/** フリガナ typed in hiragana or half-width kana, as the schema wants it (full-width katakana). */
export function toKatakana(s: string): string {
  return s.normalize('NFKC').replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

// ---------------------------------------------------------------------------------------------------------
// Form changes

/** The wish after the caller's words changed: the toggles follow what the words say (see followWishText). */
export function withWishText(wish: WishForm, text: string, today: DateKey): WishForm {
  const next = { ...followWishText(wish, parseWishText(wish.text, today), parseWishText(text, today)), text };
  // A period in words (「1月中旬」) becomes the wished from–to, so the finder checks it against the visit period.
  const before = wishPeriod(wish.text, today);
  const after = wishPeriod(text, today);
  if (before?.from !== after?.from || before?.to !== after?.to) return { ...next, from: after?.from ?? '', to: after?.to ?? '' };
  return next;
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** What of the program the checklist reads: its guidance (fee, pick-up …) and the method of home visits. */
export type GuidanceProgram = Partial<Pick<ProgramView, 'guidance' | 'methods'>>;

/** The checklist of the application types chosen so far, in reading order, with the program's guidance. */
export function guidanceFor(form: Pick<HomeForm, 'applicants'>, program?: GuidanceProgram): ChecklistItem[] {
  const types = form.applicants.map((a) => a.applicationType).filter((t): t is ApplicationType => t !== '');
  return guidanceChecklist(types, { guidance: program?.guidance, method: program?.methods?.home_visit });
}

/**
 * Guidance ticks that still belong to the checklist (changing a type drops the ticks it no longer needs). Read
 * with every method's items, so a pick-up tick survives here; the booking body keeps only the program's own.
 */
function keepGuidance(form: HomeForm): HomeForm {
  const ids = new Set(guidanceFor(form, { methods: { home_visit: 'application_support' } }).map((g) => g.id));
  return { ...form, guidanceGiven: form.guidanceGiven.filter((g) => ids.has(g)) };
}

export function withApplicant(form: HomeForm, index: number, change: Partial<ApplicantForm>): HomeForm {
  const applicants = form.applicants.map((a, i) => {
    if (i !== index) return a;
    const next = { ...a, ...change };
    // A renewal identifies the applicant with the old card itself (Otaru §8(2)オ(ア)e ※): it is the document.
    if (change.applicationType === 'renewal' && a.applicationType !== 'renewal' && next.identityDocuments.length === 0) {
      next.identityDocuments = ['my_number_card'];
    }
    return next;
  });
  return keepGuidance({ ...form, applicants });
}

export function addApplicant(form: HomeForm): HomeForm {
  const first = form.applicants[0];
  // A household: the same address and phone are the likely answer; the operator overwrites them if not.
  // The caller who is the first applicant is family of the others, most often: the operator changes it if not.
  const relation: CallerRelation | '' = form.caller.relation === 'self' ? 'cohabiting_family' : '';
  return { ...form, applicants: [...form.applicants, { ...emptyApplicant(), address: first?.address ?? '', phone: first?.phone ?? '', relation }] };
}

export function removeApplicant(form: HomeForm, index: number): HomeForm {
  if (form.applicants.length <= 1) return form;
  return keepGuidance({ ...form, applicants: form.applicants.filter((_, i) => i !== index) });
}

/** The live message beside an applicant's identity documents. */
export function identityStatus(a: ApplicantForm): { ok: boolean; message: string } {
  return identityDocumentsSufficient(a.identityDocuments, a.applicationType || undefined);
}

// ---------------------------------------------------------------------------------------------------------
// Requests

/** The wishes the slot finder can use: empty parts and unfinished dates left out. */
export function wishesOf(w: WishForm): SlotWishes {
  const out: SlotWishes = {};
  if (isDateKey(w.from)) out.from = w.from;
  if (isDateKey(w.to)) out.to = w.to;
  if (out.from && out.to && out.to < out.from) delete out.to;
  if (w.weekdays.length) out.weekdays = [...w.weekdays].sort();
  if (w.halves.length) out.halves = (['am', 'pm'] as const).filter((h) => w.halves.includes(h));
  if (w.dates.length) out.dates = [...w.dates].sort();
  return out;
}

function positiveInt(raw: string): number | undefined {
  const n = Number(raw.normalize('NFKC').trim());
  return raw.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** What the slot finder searches for while the operator fills in a home visit. */
export function homeSearchRequest(form: HomeForm): SlotRequest {
  return {
    kind: 'home',
    plannedApplications: positiveInt(form.plannedApplications) ?? Math.max(1, form.applicants.length),
    district: form.district || null,
    wishes: wishesOf(form.wish),
  };
}

export function facilitySearchRequest(form: FacilityForm): SlotRequest {
  return { kind: 'facility', plannedApplications: positiveInt(form.estimatedApplicants) ?? 1, district: form.district || null, wishes: wishesOf(form.wish) };
}

function optional(s: string): string | undefined {
  return s.trim() === '' ? undefined : s;
}

/** The intake as POST /bookings wants it (before the schema's trimming and normalising). */
export function homeIntake(form: HomeForm) {
  const c = form.caller;
  const caller =
    c.relation === 'self'
      ? { relation: c.relation }
      : {
          relation: c.relation,
          name: optional(c.name),
          relationDetail: optional(c.relationDetail),
          phone: optional(c.phone),
          ...(c.relation === 'requested_in_presence' ? { inPresenceConfirmed: c.inPresenceConfirmed } : {}),
        };
  const planned = form.plannedApplications.trim();
  return {
    caller,
    applicants: form.applicants.map((a) => ({
      name: a.name,
      kana: toKatakana(a.kana),
      address: a.address,
      dateOfBirth: normaliseBirthDate(a.dateOfBirth) ?? a.dateOfBirth,
      phone: a.phone,
      outingDifficulty: optional(a.outingDifficulty),
      relation: a.relation || undefined,
      applicationType: a.applicationType || undefined,
      identityDocuments: a.identityDocuments,
      condition: { photoPossible: a.photoPossible, canWrite: a.canWrite, caregiverPresent: a.caregiverPresent, note: optional(a.conditionNote) },
    })),
    wishes: wishesOf(form.wish),
    wishNote: optional(form.wish.text),
    parking: form.parking,
    cautions: optional(form.cautions),
    district: form.district || null,
    plannedApplications: planned === '' ? undefined : Number(planned.normalize('NFKC')),
  };
}

export interface SlotChoiceLike {
  date: DateKey;
  half: 'am' | 'pm' | 'both';
  positions: readonly string[];
}

/**
 * A manager's exception (Otaru §8(2)エ・オ): book inside the lead time, or PM3 beyond its travel limit, or confirm
 * although guidance is unread or documents fall short (requirements) — always with a reason.
 */
export interface OverridesForm {
  leadTime: boolean;
  pmThirdTravel: boolean;
  requirements: boolean;
  reason: string;
}

export function emptyOverrides(): OverridesForm {
  return { leadTime: false, pmThirdTravel: false, requirements: false, reason: '' };
}

export function overridesActive(o: OverridesForm): boolean {
  return o.leadTime || o.pmThirdTravel || o.requirements;
}

/**
 * The overrides as the API takes them: none when nothing is ticked, and none either while the reason is still
 * empty (the API refuses a flag without a reason; the slot finder then simply applies the rules).
 */
export function overridesBody(o: OverridesForm): { leadTime?: true; pmThirdTravel?: true; requirements?: true; reason: string } | undefined {
  const reason = o.reason.trim();
  if (!overridesActive(o) || reason === '') return undefined;
  return {
    ...(o.leadTime ? { leadTime: true as const } : {}),
    ...(o.pmThirdTravel ? { pmThirdTravel: true as const } : {}),
    ...(o.requirements ? { requirements: true as const } : {}),
    reason,
  };
}

/**
 * What still stands between the form and a confirmed visit (the API's rule, bookingRequirementProblems): guidance
 * items not read out, and applicants whose identity documents do not suffice.
 */
export function requirementProblems(form: HomeForm, program?: GuidanceProgram): FieldErrors {
  const applicants = form.applicants.map((a) => ({ applicationType: a.applicationType || undefined, identityDocuments: a.identityDocuments }));
  return bookingRequirementProblems(applicants, guidanceFor(form, program), form.guidanceGiven);
}

export function homeBookingBody(form: HomeForm, choice: SlotChoiceLike, callId?: string, overrides?: OverridesForm, program?: GuidanceProgram) {
  const ids = new Set(guidanceFor(form, program).map((g) => g.id));
  const exception = overrides ? overridesBody(overrides) : undefined;
  return {
    type: 'home' as const,
    intake: homeIntake(form),
    choice: { date: choice.date, half: choice.half, positions: [...choice.positions] },
    guidanceGiven: form.guidanceGiven.filter((g) => ids.has(g)),
    ...(exception ? { overrides: exception } : {}),
    ...(callId ? { callId } : {}),
  };
}

export function facilityRequest(form: FacilityForm) {
  const estimated = form.estimatedApplicants.trim();
  return {
    facilityName: form.facilityName,
    facilityType: form.facilityType,
    address: form.address,
    phone: form.phone,
    contactName: form.contactName,
    wishes: wishesOf(form.wish),
    wishNote: optional(form.wish.text),
    estimatedApplicants: estimated === '' ? undefined : Number(estimated.normalize('NFKC')),
    district: form.district || null,
    notes: optional(form.notes),
  };
}

export function facilityBookingBody(form: FacilityForm, callId?: string) {
  return { type: 'facility' as const, request: facilityRequest(form), ...(callId ? { callId } : {}), ...(form.facilityId ? { facilityId: form.facilityId } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Errors

/** The intake's field errors before anything is sent (the same zod schema the API parses with). */
export function validateHome(form: HomeForm, today?: DateKey): FieldErrors {
  const intake = homeIntake(form);
  const result = homeIntakeSchema.safeParse(intake);
  const errors: FieldErrors = { ...(today ? homeIntakeProblems(intake, today) : {}), ...(result.success ? {} : issuesToFieldErrors(result.error.issues)) };
  // The schema says it only once the rest parses; the operator is told with the other empty fields.
  if (form.applicants[0] && form.applicants[0].outingDifficulty.trim() === '') errors['applicants.0.outingDifficulty'] ??= '外出が困難な事情を入力してください';
  form.applicants.forEach((a, i) => {
    if (a.dateOfBirth.trim() !== '' && !normaliseBirthDate(a.dateOfBirth)) errors[`applicants.${i}.dateOfBirth`] = '生年月日は 1950-04-10 または 昭和25年4月10日 の形で入力してください';
  });
  return errors;
}

/**
 * The message for one field as it is left (on blur), checked by the same schema as the booking: an impossible date of
 * birth, a phone 「12」, kanji in フリガナ. An empty field is not nagged about until the booking is sent.
 */
export function fieldProblem(form: HomeForm, path: string, today: DateKey): string | undefined {
  const m = /^applicants\.(\d+)\.(\w+)$/.exec(path);
  const value = m ? (form.applicants[Number(m[1])]?.[m[2] as keyof ApplicantForm] ?? '') : path === 'caller.phone' ? form.caller.phone : '';
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return validateHome(form, today)[path];
}

export function validateFacility(form: FacilityForm): FieldErrors {
  const result = facilityRequestSchema.safeParse(facilityRequest(form));
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

/** The API's field errors (`intake.applicants.0.kana`, `request.phone`) keyed like the form's own. */
export function formErrorsFromApi(errors: Record<string, string> | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors ?? {})) out[key.replace(/^(intake|request)\./, '')] = message;
  return out;
}

/** The DOM id of the input for a field path (`applicants.0.kana` → `bk-applicants-0-kana`). */
export function fieldId(path: string): string {
  return `bk-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

const APPLICANT_FIELDS = ['name', 'kana', 'address', 'dateOfBirth', 'phone', 'outingDifficulty', 'applicationType', 'identityDocuments', 'condition'];
const TOP_ORDER = ['caller.relation', 'caller.name', 'caller.relationDetail', 'caller.phone', 'caller.inPresenceConfirmed'];
const AFTER_ORDER = ['guidanceGiven', 'wishes', 'wishNote', 'district', 'parking', 'cautions', 'plannedApplications', 'choice'];
const FACILITY_ORDER = ['facilityName', 'facilityType', 'address', 'phone', 'contactName', 'estimatedApplicants', 'wishes', 'wishNote', 'district', 'notes'];

function rank(path: string, order: readonly string[]): number {
  const i = order.findIndex((p) => path === p || path.startsWith(`${p}.`));
  return i < 0 ? order.length : i;
}

/** The error the operator meets first in the tab order, to move the focus there. */
export function firstErrorPath(errors: FieldErrors, kind: 'home' | 'facility' = 'home'): string | undefined {
  const keys = Object.keys(errors);
  if (kind === 'facility') return [...keys].sort((a, b) => rank(a, FACILITY_ORDER) - rank(b, FACILITY_ORDER))[0];
  const score = (path: string): number => {
    const top = rank(path, TOP_ORDER);
    if (top < TOP_ORDER.length) return top;
    const m = /^applicants\.(\d+)\.([^.]+)/.exec(path);
    if (m) return 100 + Number(m[1]) * 20 + rank(m[2], APPLICANT_FIELDS);
    if (path === 'applicants') return 99;
    return 10_000 + rank(path, AFTER_ORDER);
  };
  return [...keys].sort((a, b) => score(a) - score(b))[0];
}

/** The input to focus for an error path: condition.* and wishes.* errors sit on their group's first input. */
export function focusTarget(path: string): string {
  const condition = /^(applicants\.\d+)\.condition/.exec(path);
  if (condition) return fieldId(`${condition[1]}.condition`);
  if (path.startsWith('wishes.')) return fieldId(path === 'wishes.from' || path === 'wishes.to' ? path : 'wishNote');
  return fieldId(path);
}

/** What a call-back keeps of the desk's form when no slot fits: who called, their phone, what they wanted. */
export function callBackDraft(mode: 'home' | 'facility', home: HomeForm, facility: FacilityForm): { callerName: string; phone: string; wanted: string; kind: 'home' | 'facility' } {
  if (mode === 'facility') {
    const size = facility.estimatedApplicants.trim() ? `約${facility.estimatedApplicants.trim()}人` : '';
    return { kind: 'facility', callerName: facility.contactName, phone: facility.phone, wanted: [facility.facilityName, size, facility.wish.text].filter((s) => s.trim()).join('・') };
  }
  const first = home.applicants[0];
  const callerName = home.caller.relation === 'self' ? (first?.name ?? '') : home.caller.name || (first?.name ?? '');
  const phone = home.caller.phone || (first?.phone ?? '');
  const wanted = [`個人宅訪問 ${home.applicants.length}人`, home.wish.text, home.district].filter((s) => s.trim()).join('・');
  return { kind: 'home', callerName, phone, wanted };
}
