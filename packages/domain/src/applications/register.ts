import type { IntakeApplicant } from '../bookings/intake.js';
import { z } from 'zod';
import { normalizeKana, normalizeName, type SearchToken, searchTermProblem, searchTermTokens } from '../bookings/search.js';
import type { ApplicantRow } from '../facilities/applicant-list.js';
import { APPLICATION_COUNT_FIELDS, type ApplicationType } from '../sessions/application-type.js';
import { SESSION_COUNT_LABELS_JA, type SessionCounts } from '../sessions/session.schema.js';
import { type ApplicationFacts, type ApplicationFields, type ApplicationPersonal, normalizeApplicationFormId, type PhotoException } from './application.schema.js';

/**
 * The register (申請台帳) of a session or a day: its applications. The daily report's counts are derived from it
 * where one exists (issue 19 item 2): applications by type, face-auth cards, cards received at the facility, the
 * photo statistics and proxy writing — the session counts of the same names, so both can be compared field by field.
 */

/** The counts a register determines; the others (consultations, retakes, not taken) it cannot know. */
export const REGISTER_COUNT_FIELDS = [
  'applicationsNew',
  'applicationsRenewal',
  'applicationsReissueLost',
  'applicationsReissueDamaged',
  'applicationsReissueOther',
  'faceAuthCards',
  'mailToFacility',
  'photosTakenOnSite',
  'photosBrought',
  'photoExceptionsMedical',
  'photoExceptionsDisability',
  'photoExceptionsBedridden',
  'photoExceptionsOther',
  'proxyWriting',
] as const satisfies ReadonlyArray<keyof SessionCounts>;
export type RegisterCountField = (typeof REGISTER_COUNT_FIELDS)[number];
export type RegisterCounts = Record<RegisterCountField, number>;

const EXCEPTION_FIELDS: Record<PhotoException, RegisterCountField> = {
  medical: 'photoExceptionsMedical',
  disability: 'photoExceptionsDisability',
  bedridden: 'photoExceptionsBedridden',
  other: 'photoExceptionsOther',
};

/** What a register row must tell for the counts: facts only, no personal data. */
export type RegisterRow = Pick<ApplicationFacts, 'applicationType' | 'photoSource' | 'photoException' | 'proxyWriting' | 'receiptMethod' | 'faceAuthCard'>;

export function emptyRegisterCounts(): RegisterCounts {
  return Object.fromEntries(REGISTER_COUNT_FIELDS.map((f) => [f, 0])) as RegisterCounts;
}

/** The counts of a register: one application per row, by its type, photo, exception, receipt, wish and proxy writing. */
export function registerCounts(rows: Iterable<RegisterRow>): RegisterCounts {
  const counts = emptyRegisterCounts();
  for (const r of rows) {
    counts[APPLICATION_COUNT_FIELDS[r.applicationType as ApplicationType]] += 1;
    if (r.faceAuthCard) counts.faceAuthCards += 1;
    if (r.receiptMethod === 'facility') counts.mailToFacility += 1;
    if (r.photoSource === 'taken_on_site') counts.photosTakenOnSite += 1;
    else counts.photosBrought += 1;
    if (r.photoException) counts[EXCEPTION_FIELDS[r.photoException]] += 1;
    if (r.proxyWriting) counts.proxyWriting += 1;
  }
  return counts;
}

export interface RegisterMismatch {
  field: RegisterCountField;
  /** The count's Japanese name (SESSION_COUNT_LABELS_JA). */
  label: string;
  reported: number;
  register: number;
}

/** Where counts as entered differ from the register's, in REGISTER_COUNT_FIELDS order (empty when they agree). */
export function registerMismatches(reported: Readonly<Partial<Record<RegisterCountField, number>>>, register: Readonly<RegisterCounts>): RegisterMismatch[] {
  return REGISTER_COUNT_FIELDS.filter((f) => (reported[f] ?? 0) !== register[f]).map((field) => ({
    field,
    label: SESSION_COUNT_LABELS_JA[field],
    reported: reported[field] ?? 0,
    register: register[field],
  }));
}

/**
 * The daily report's check against the register, { field: Japanese message } beside each count that differs: a held
 * session with applications in the register is submitted only with the register's counts.
 */
export function registerChecks(reported: Readonly<Partial<Record<RegisterCountField, number>>>, register: Readonly<RegisterCounts>): Record<string, string> {
  return Object.fromEntries(registerMismatches(reported, register).map((m) => [m.field, `申請台帳では${m.register}件です（入力${m.reported}件）`]));
}

/** The message shown before a daily report is submitted, naming every count that differs. */
export function registerMismatchMessage(mismatches: readonly RegisterMismatch[]): string | null {
  if (!mismatches.length) return null;
  return `申請台帳と件数が一致しません：${mismatches.map((m) => `${m.label}（報告${m.reported}件・台帳${m.register}件）`).join('、')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Prefill: what the booking or the list already says of an applicant

/** The fields staff confirm, before they add the 申請書ID, the photo and any exception. */
export type ApplicationPrefill = Partial<ApplicationFields>;

/** A booked applicant (the intake): identity, type and the documents they said they would show. */
export function prefillFromBooking(a: Pick<IntakeApplicant, 'name' | 'kana' | 'address' | 'dateOfBirth' | 'applicationType' | 'identityDocuments'>): ApplicationPrefill {
  return {
    name: a.name,
    kana: a.kana,
    address: a.address,
    dateOfBirth: a.dateOfBirth,
    applicationType: a.applicationType,
    identityDocuments: [...a.identityDocuments],
    photoSource: 'taken_on_site',
    receiptMethod: 'limited_delivery_mail',
  };
}

/**
 * A row of the facility's applicant list: its set of documents becomes the old card for a renewal (the only set
 * that names one document); proxy writing, the photo exception's reason, the face-auth wish and a card sent to the
 * facility carry over.
 */
export function prefillFromApplicantRow(r: ApplicantRow): ApplicationPrefill {
  return {
    name: r.name,
    kana: r.kana,
    address: r.address,
    dateOfBirth: r.dateOfBirth,
    sex: r.gender,
    applicationType: r.applicationType,
    identityDocuments: r.identityDocuments === 'old_card' ? ['my_number_card'] : [],
    photoSource: 'taken_on_site',
    photoException: r.photoExceptionReason ? 'other' : null,
    photoExceptionReason: r.photoExceptionReason,
    proxyWriting: r.proxyWritingNeeded,
    receiptMethod: r.cardDelivery === 'facility' ? 'facility' : 'limited_delivery_mail',
    faceAuthCard: r.faceAuthCardWanted,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Search (issue 19 item 4): a resident who calls about a J-LIS notice is found by name, kana or 申請書ID

/** What an application can be found by: its name and kana as a booking's are normalized, and its 申請書ID. */
export function applicationSearchTokens(p: Pick<ApplicationPersonal, 'name' | 'kana' | 'applicationFormId'>): SearchToken[] {
  const tokens: SearchToken[] = [
    { kind: 'name', value: normalizeName(p.name) },
    { kind: 'kana', value: normalizeKana(p.kana) },
    { kind: 'application_form_id', value: normalizeApplicationFormId(p.applicationFormId) },
  ];
  return tokens.filter((t, i) => t.value && tokens.findIndex((o) => o.kind === t.kind && o.value === t.value) === i);
}

/** What to look up for a term: 23 digits are a 申請書ID, anything else a name or kana (bookings' searchTermTokens). */
export function applicationTermTokens(term: string): SearchToken[] {
  const formId = normalizeApplicationFormId(term);
  if (/^\d{23}$/.test(formId)) return [{ kind: 'application_form_id', value: formId }];
  return searchTermTokens(term).filter((t) => t.kind !== 'phone');
}

/** POST /api/programs/:programId/applications/search: the term in the body, never in a URL. */
export const applicationSearchSchema = z.object({
  q: z
    .string({ message: '検索する氏名、フリガナまたは申請書IDを入力してください' })
    .max(100, { message: '100文字以内で入力してください' })
    .superRefine((q, ctx) => {
      if (/^\d{23}$/.test(normalizeApplicationFormId(q))) return;
      const problem = searchTermProblem(q);
      if (problem || applicationTermTokens(q).length === 0) ctx.addIssue({ code: 'custom', message: '検索する氏名、フリガナまたは申請書ID（23桁）を入力してください' });
    }),
});

/** The handling record's words for a search (never the term): what kind of term, how many found. */
export function applicationSearchReason(tokens: readonly SearchToken[], found: number): string {
  const kind = tokens.some((t) => t.kind === 'application_form_id') ? '申請書ID' : tokens.some((t) => t.kind === 'kana') ? 'フリガナ・氏名' : '氏名';
  return `${kind}で申請を検索（${found}件）`;
}
