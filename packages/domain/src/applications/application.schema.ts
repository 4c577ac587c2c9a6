import { z } from 'zod';
import { dateKeySchema } from '../common/input.js';
import { looksLikeIndividualNumber } from '../common/fields.js';
import type { FieldErrors } from '../common/errors.js';
import { normalizeApplicantKana } from '../facilities/applicant-list.js';
import { identityDocumentIdSchema, identityDocumentsSufficient } from '../bookings/intake.js';
import { applicationTypeSchema } from '../sessions/application-type.js';

/**
 * 申請記録 (`application`, issue 19): one application per applicant served at a session — created from the booking's
 * applicants, the facility's applicant list (申請者名簿) or taken on the day where the session has no booking — with
 * what the contracts ask the vendor to keep (004 §8(3), §8(9); 001 第5-1(8), 第7): the 申請書ID, the applicant's
 * identity, the documents seen, the photo and its exception, proxy writing and whose consent, how the card will be
 * received, the face-authentication-free card wish. The session's register (申請台帳) is its applications.
 *
 * Personal fields (`APPLICATION_PERSONAL_FIELDS`) are sealed by the API like a booking's; the individual number
 * (個人番号) is never stored and a field that looks like one is refused (`individualNumberProblems`).
 */

// ---------------------------------------------------------------------------------------------------------
// 申請書ID

/**
 * 申請書ID: the number printed on the 個人番号カード交付申請書 (and asked for by the national call centre, 001 第7(1)①).
 * Neither the seeds nor the contracts write its format down; the national application form prints it as 23
 * half-width digits (groups of four and three, e.g. `1234 5678 9012 3456 7890 123`). Assumption (docs/glossary.md):
 * 23 digits after NFKC, spaces and hyphens removed; no check digit is verified (none is published).
 */
export const APPLICATION_FORM_ID_DIGITS = 23;

/** The 申請書ID as stored and searched: NFKC, separators (spaces, hyphens) removed. */
export function normalizeApplicationFormId(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\-‐－−ー]/g, '');
}

export const APPLICATION_MESSAGES = {
  formIdRequired: '申請書IDを入力してください',
  formIdFormat: `申請書IDは${APPLICATION_FORM_ID_DIGITS}桁の数字で入力してください`,
  formIdIndividualNumber: `12桁の番号は個人番号（マイナンバー）の可能性があるため入力できません。申請書ID（${APPLICATION_FORM_ID_DIGITS}桁）を入力してください`,
  individualNumber: '個人番号（マイナンバー）のような12桁の数字があります。個人番号は記録しません',
  photoExceptionReason: '写真の例外の具体的な理由を入力してください（001 第7(1)）',
  photoExceptionNeedsOnSite: '写真の例外は現地で撮影した写真にだけ付けられます',
  proxyConsentBy: '代筆の同意をした方を選んでください',
  walkInOnly: '予約・申請者名簿のある実施です。その予約・名簿の申請者として登録してください',
} as const;

/**
 * Whether a session takes applications entered on the day (当日受付): one without a booking — a venue event, a visit
 * recorded without one (where the program books no visits, or a household added on the day). A booked visit's
 * applicants are its booking's people or its facility's list, entered from there.
 */
export function takesWalkIns(session: { bookingId: string | null }): boolean {
  return session.bookingId === null;
}

/** Why a 申請書ID as typed is not one, or undefined. */
export function applicationFormIdProblem(text: string): string | undefined {
  const id = normalizeApplicationFormId(text);
  if (!id) return APPLICATION_MESSAGES.formIdRequired;
  if (/^\d{12}$/.test(id)) return APPLICATION_MESSAGES.formIdIndividualNumber;
  if (!new RegExp(`^\\d{${APPLICATION_FORM_ID_DIGITS}}$`).test(id)) return APPLICATION_MESSAGES.formIdFormat;
  return undefined;
}

export const applicationFormIdSchema = z
  .string({ message: APPLICATION_MESSAGES.formIdRequired })
  .overwrite(normalizeApplicationFormId)
  .superRefine((id, ctx) => {
    const problem = applicationFormIdProblem(id);
    // 12 digits are left to individualNumberProblems, which the API answers with a 422 on the field.
    if (problem && problem !== APPLICATION_MESSAGES.formIdIndividualNumber) ctx.addIssue({ code: 'custom', message: problem });
  });

// ---------------------------------------------------------------------------------------------------------
// Choices

/**
 * Where the applicant's data came from: the visit's booking, the facility's applicant list, or taken on the day
 * (当日受付) where the session has neither (takesWalkIns).
 */
export const applicationSourceSchema = z.enum(['booking', 'applicant_list', 'walk_in'], { message: '申請の受付元を選んでください' });
export type ApplicationSource = z.infer<typeof applicationSourceSchema>;
export const APPLICATION_SOURCE_LABELS: Record<ApplicationSource, string> = { booking: '予約', applicant_list: '申請者名簿', walk_in: '当日受付' };

export const sexSchema = z.enum(['male', 'female'], { message: '性別を選んでください' });
export type Sex = z.infer<typeof sexSchema>;
export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' };

/** The face photo: taken by the staff on site, or brought by the applicant. */
export const photoSourceSchema = z.enum(['taken_on_site', 'brought'], { message: '顔写真を現地撮影か持参か選んでください' });
export type PhotoSource = z.infer<typeof photoSourceSchema>;
export const PHOTO_SOURCE_LABELS: Record<PhotoSource, string> = { taken_on_site: '現地撮影', brought: '持参' };

/**
 * Why the photo is not 無帽・正面・無背景 (001 第7(1)): the same four kinds as a session's counts
 * (photoExceptionsMedical … Other), with the concrete reason the manual asks to be passed on.
 */
export const photoExceptionSchema = z.enum(['medical', 'disability', 'bedridden', 'other'], { message: '写真の例外の種類を選んでください' });
export type PhotoException = z.infer<typeof photoExceptionSchema>;
export const PHOTO_EXCEPTION_LABELS: Record<PhotoException, string> = { medical: '医療機器等', disability: '障害', bedridden: '寝たきり', other: 'その他' };

/** Who consented to the application being written by someone else (代筆). */
export const proxyConsentBySchema = z.enum(['applicant', 'legal_representative', 'family'], { message: APPLICATION_MESSAGES.proxyConsentBy });
export type ProxyConsentBy = z.infer<typeof proxyConsentBySchema>;
export const PROXY_CONSENT_BY_LABELS: Record<ProxyConsentBy, string> = { applicant: '本人', legal_representative: '法定代理人', family: '家族' };

/**
 * How the card will be received (seed 002 and the contracts): 本人限定受取郵便 (identity checked on site), at the
 * office when it is issued (交付時来庁) or by a visit at application (申請時来庁), or at the facility (mailed there).
 */
export const receiptMethodSchema = z.enum(['limited_delivery_mail', 'office_at_issue', 'office_at_application', 'facility'], { message: 'カードの受取方法を選んでください' });
export type ReceiptMethod = z.infer<typeof receiptMethodSchema>;
export const RECEIPT_METHOD_LABELS: Record<ReceiptMethod, string> = {
  limited_delivery_mail: '本人限定受取郵便',
  office_at_issue: '交付時来庁',
  office_at_application: '申請時来庁',
  facility: '施設で受取',
};

// ---------------------------------------------------------------------------------------------------------
// The record

const text = (label: string, max: number) =>
  z
    .string({ message: `${label}を入力してください` })
    .trim()
    .min(1, { message: `${label}を入力してください` })
    .max(max, { message: `${label}は${max}文字以内で入力してください` });

const kanaField = text('フリガナ', 100)
  .overwrite(normalizeApplicantKana)
  // An individual number typed here is left to individualNumberProblems (422), not called "not katakana".
  .refine((s) => looksLikeIndividualNumber(s) || /^[ァ-ヶー・\s\u3000]+$/.test(s), { message: 'フリガナはカタカナで入力してください' });

const dateOfBirthField = z
  .string({ message: '生年月日を入力してください' })
  .refine((d) => dateKeySchema.safeParse(d).success, { message: '生年月日はYYYY-MM-DDの形式で入力してください' })
  .refine((d) => d >= '1900-01-01', { message: '生年月日が正しくありません' });

/** What staff enter or confirm for one applicant. */
export const applicationFieldsSchema = z.object({
  applicationFormId: applicationFormIdSchema,
  name: text('氏名', 100),
  kana: kanaField,
  dateOfBirth: dateOfBirthField,
  sex: sexSchema.nullable().default(null),
  address: text('住所', 200),
  applicationType: applicationTypeSchema,
  identityDocuments: z.array(identityDocumentIdSchema).max(20, { message: '本人確認書類が多すぎます' }).default([]),
  photoSource: photoSourceSchema,
  photoException: photoExceptionSchema.nullable().default(null),
  photoExceptionReason: z.string().trim().max(200, { message: '写真の例外の理由は200文字以内で入力してください' }).nullable().default(null),
  proxyWriting: z.boolean().default(false),
  proxyConsentBy: proxyConsentBySchema.nullable().default(null),
  receiptMethod: receiptMethodSchema,
  faceAuthCard: z.boolean().default(false),
});
export type ApplicationFields = z.output<typeof applicationFieldsSchema>;

/** Cross-field rules, each on the field to change. */
function checkFields(a: ApplicationFields, ctx: z.RefinementCtx): void {
  for (const [field, message] of Object.entries(applicationFieldProblems(a))) ctx.addIssue({ code: 'custom', path: [field], message });
}

export const applicationInputSchema = applicationFieldsSchema
  .extend({
    source: applicationSourceSchema,
    /** The booking whose applicant this is (source booking or applicant_list: the facility booking). */
    bookingId: z.uuid({ message: '予約のIDが正しくありません' }).nullable().default(null),
    /** The applicant's place in the booking's applicants or the list's rows (0-based), so one is not entered twice. */
    sourceIndex: z.int().min(0).max(9999).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    checkFields(a, ctx);
    if (a.source !== 'walk_in' && (a.bookingId === null || a.sourceIndex === null)) {
      ctx.addIssue({ code: 'custom', path: ['bookingId'], message: '予約または名簿の申請者を選んでください' });
    }
  });
export type ApplicationInput = z.output<typeof applicationInputSchema>;

/** An edit: every field again (the source does not change). */
export const applicationUpdateSchema = applicationFieldsSchema.superRefine(checkFields);
export type ApplicationUpdate = z.output<typeof applicationUpdateSchema>;

/**
 * The rules between fields: a photo exception needs its concrete reason and a photo taken on site; proxy writing
 * names who consented; the identity documents seen must suffice (A区分1点 or B区分2点, a renewal the old card —
 * the bookings' `identityDocumentsSufficient`) unless the card is received at the office, where it is checked again.
 */
export function applicationFieldProblems(a: ApplicationFields): FieldErrors {
  const errors: FieldErrors = {};
  if (a.photoException && !a.photoExceptionReason?.trim()) errors.photoExceptionReason = APPLICATION_MESSAGES.photoExceptionReason;
  if (a.photoException && a.photoSource !== 'taken_on_site') errors.photoException = APPLICATION_MESSAGES.photoExceptionNeedsOnSite;
  if (a.proxyWriting && !a.proxyConsentBy) errors.proxyConsentBy = APPLICATION_MESSAGES.proxyConsentBy;
  if (a.receiptMethod !== 'office_at_issue') {
    const documents = identityDocumentsSufficient(a.identityDocuments, a.applicationType);
    if (!documents.ok) errors.identityDocuments = documents.message;
  }
  return errors;
}

/** The fields sealed under the record's key (personal data, ADR 0008); the others are facts counted in clear. */
export const APPLICATION_PERSONAL_FIELDS = ['applicationFormId', 'name', 'kana', 'dateOfBirth', 'sex', 'address', 'identityDocuments', 'photoExceptionReason'] as const;
export type ApplicationPersonal = Pick<ApplicationFields, (typeof APPLICATION_PERSONAL_FIELDS)[number]>;
export type ApplicationFacts = Omit<ApplicationFields, (typeof APPLICATION_PERSONAL_FIELDS)[number]>;

export function splitApplication(a: ApplicationFields): { personal: ApplicationPersonal; facts: ApplicationFacts } {
  const { applicationFormId, name, kana, dateOfBirth, sex, address, identityDocuments, photoExceptionReason, ...facts } = a;
  return { personal: { applicationFormId, name, kana, dateOfBirth, sex, address, identityDocuments, photoExceptionReason }, facts };
}

/** Free-text fields checked for an individual number (the 申請書ID has its own format check). */
const FREE_TEXT_FIELDS = ['name', 'kana', 'address', 'photoExceptionReason'] as const;

/**
 * The individual number (個人番号) is never stored: each free-text field that holds 12 digits written as one
 * (together or in groups of four — the applicant list's `looksLikeIndividualNumber`) is refused by field, and the
 * message never repeats the value. The 申請書ID is checked by its format (23 digits; 12 digits refused by name).
 */
export function individualNumberProblems(input: Partial<Record<(typeof FREE_TEXT_FIELDS)[number] | 'applicationFormId', unknown>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FREE_TEXT_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && looksLikeIndividualNumber(value)) errors[field] = APPLICATION_MESSAGES.individualNumber;
  }
  const formId = input.applicationFormId;
  if (typeof formId === 'string' && /^\d{12}$/.test(normalizeApplicationFormId(formId))) errors.applicationFormId = APPLICATION_MESSAGES.formIdIndividualNumber;
  return errors;
}
