import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import type { SlotRequest } from './booking.schema.js';
import { slotWishesSchema } from './booking.schema.js';
import { type ApplicationType, applicationTypeSchema } from '../sessions/application-type.js';
import { formatYen } from '../common/wareki.js';
import { type ProgramGuidance, resolveGuidance } from '../programs/guidance.js';
import type { ApplicationMethod, ServiceKind } from '../programs/program.schema.js';

/**
 * Reservation intake (受付, Otaru §8(2)オ): who may call, what the operator records, and the guidance the
 * application type requires. Identity documents follow the national A/B classes (seed 002, 新潟市).
 */

// ---------------------------------------------------------------------------------------------------------
// The guidance checklist of the application types (sessions/application-type.ts)

export interface ChecklistItem {
  id: string;
  text: string;
}

/** Every item once, in the order the operator reads them out; `for` says which application types need it. */
const GUIDANCE: ReadonlyArray<ChecklistItem & { for: readonly ApplicationType[] }> = [
  {
    id: 'renewal_old_card',
    for: ['renewal'],
    text: '申請の際に旧マイナンバーカードを回収します。本人確認も旧カードで行うため、訪問日に旧カードを用意していただくよう案内する',
  },
  {
    id: 'renewal_eligibility_certificate',
    for: ['renewal'],
    text: 'カードをマイナ保険証として使っている場合（資格確認書をお持ちでない場合）は、加入している健康保険の保険者に連絡し、訪問日までに資格確認書を入手していただくよう案内する',
  },
  {
    id: 'reissue_suspend',
    for: ['lost', 'damaged'],
    text: 'マイナンバー総合フリーダイヤルに連絡して、カードを一時停止していただくよう案内する',
  },
  {
    id: 'reissue_police',
    for: ['lost'],
    text: '紛失の状況に応じて、警察へ届け出ていただくよう案内する',
  },
  {
    // The fee is the program's (guidance.reissueFeeYen); the text is written by guidanceChecklist.
    id: 'reissue_fee',
    for: ['lost', 'damaged'],
    text: '',
  },
  {
    id: 'reissue_express',
    for: ['lost', 'damaged'],
    text: '再申請は基本的に特急発行の制度で行うことを案内する',
  },
  {
    id: 'reissue_eligibility_certificate',
    for: ['lost', 'damaged'],
    text: '状況に応じて、資格確認書の入手方法について説明する',
  },
  {
    // The spec's list says 「紛失・自己責任による破損等」 but names no steps for other re-issues: whether a fee or a
    // suspension applies depends on the reason, so the operator confirms it instead of reading out the above.
    id: 'other_reissue_confirm',
    for: ['other_reissue'],
    text: '再交付の理由を確認し、手数料やカードの一時停止が必要かどうかを市に確認してから案内する',
  },
  {
    // §8(2)オ(ア)e ※: the documents needed for on-site acceptance must be explained in full; a renewal uses the old card.
    id: 'identity_documents',
    for: ['new', 'lost', 'damaged', 'other_reissue'],
    text: '本人確認書類（A欄から1点、またはB欄から2点）を訪問日に用意していただくよう案内する',
  },
];

function reissueFeeText(feeYen: number): string {
  return feeYen === 0
    ? '再申請の手数料はかからないことを案内する'
    : `再申請の手数料${formatYen(feeYen).replace('¥', '')}円を訪問当日にお支払いいただくこと、職員は釣銭を持参できないためお釣りが出ないよう用意していただくことを案内する`;
}

/**
 * The guidance for a reservation's applicants: ordered, each item once however many applicants need it. The
 * program's guidance gives the fee and its texts (defaults from seed 002 when absent). Where the card is not
 * handed over on the visit but picked up at the office (申請サポート, 交付時来庁), the pick-up and proxy pick-up
 * rules follow; a renewal hears how long the new card is valid.
 */
export function guidanceChecklist(
  applicationTypes: readonly ApplicationType[],
  options: { guidance?: Partial<ProgramGuidance> | null; method?: ApplicationMethod | null } = {},
): ChecklistItem[] {
  const types = new Set(applicationTypes);
  if (types.size === 0) return [];
  const guidance = resolveGuidance(options.guidance);
  const items = GUIDANCE.filter((item) => item.for.some((t) => types.has(t))).map(({ id, text }) => ({
    id,
    text: id === 'reissue_fee' ? reissueFeeText(guidance.reissueFeeYen) : text,
  }));
  if (types.has('renewal')) items.push({ id: 'validity', text: `有効期限と更新について案内する：${guidance.validity}` });
  if (options.method === 'application_support') {
    items.push({ id: 'pick_up', text: `カードの受け取り方法を案内する：${guidance.pickUp}` });
    items.push({ id: 'proxy_pick_up', text: `代理人による受け取りについて案内する：${guidance.proxyPickUp}` });
  }
  return items;
}

/** The checklist for a booking of a program: its guidance, and the method of the booking's kind of visit. */
export function bookingGuidanceChecklist(
  applicationTypes: readonly ApplicationType[],
  program: { guidance?: Partial<ProgramGuidance> | null; methods: Partial<Record<ServiceKind, ApplicationMethod>> },
  kind: 'home' | 'facility',
): ChecklistItem[] {
  return guidanceChecklist(applicationTypes, { guidance: program.guidance, method: program.methods[kind === 'home' ? 'home_visit' : 'facility_visit'] });
}

// ---------------------------------------------------------------------------------------------------------
// Identity documents (seed 002: 「A区分書類1点またはB区分書類2点」)

export type IdentityDocumentClass = 'A' | 'B';

export const IDENTITY_DOCUMENTS = [
  { id: 'my_number_card', label: 'マイナンバーカード', class: 'A' },
  { id: 'drivers_license', label: '運転免許証', class: 'A' },
  { id: 'driving_history_certificate', label: '運転経歴証明書（平成24年4月1日以降に交付されたもの）', class: 'A' },
  { id: 'passport', label: '旅券（パスポート）', class: 'A' },
  { id: 'physical_disability_certificate', label: '身体障害者手帳', class: 'A' },
  { id: 'mental_disability_certificate', label: '精神障害者保健福祉手帳', class: 'A' },
  { id: 'rehabilitation_certificate', label: '療育手帳', class: 'A' },
  { id: 'residence_card', label: '在留カード', class: 'A' },
  { id: 'special_permanent_resident_certificate', label: '特別永住者証明書', class: 'A' },
  { id: 'health_insurance_eligibility_certificate', label: '健康保険の資格確認書', class: 'B' },
  { id: 'health_insurance_card', label: '健康保険証（有効期限内のもの）', class: 'B' },
  { id: 'medical_benefit_certificate', label: '医療受給者証', class: 'B' },
  { id: 'pension_book', label: '年金手帳', class: 'B' },
  { id: 'care_insurance_card', label: '介護保険被保険者証', class: 'B' },
  { id: 'maternal_child_handbook', label: '母子健康手帳', class: 'B' },
  { id: 'employee_id', label: '社員証', class: 'B' },
  { id: 'student_id', label: '学生証', class: 'B' },
  // Counts as one of the two B documents, for people in hospital or a care facility, receiving home care, etc.
  { id: 'face_photo_certificate', label: '個人番号カード顔写真証明書', class: 'B' },
] as const satisfies ReadonlyArray<{ id: string; label: string; class: IdentityDocumentClass }>;

export type IdentityDocumentId = (typeof IDENTITY_DOCUMENTS)[number]['id'];

const DOCUMENT_IDS = IDENTITY_DOCUMENTS.map((d) => d.id) as [IdentityDocumentId, ...IdentityDocumentId[]];
export const identityDocumentIdSchema = z.enum(DOCUMENT_IDS, { message: '本人確認書類の種類が正しくありません' });

const FACE_PHOTO_CERTIFICATE: IdentityDocumentId = 'face_photo_certificate';
/** A lost or damaged card is suspended before the visit (reissue_suspend), so it proves nothing. */
const CARD_NOT_USABLE: readonly ApplicationType[] = ['lost', 'damaged'];

/** Resolves ids or Japanese labels (as typed by an operator) to documents; unknown entries count for nothing. */
function resolveDocuments(docs: readonly string[]) {
  const found = new Map<string, (typeof IDENTITY_DOCUMENTS)[number]>();
  for (const entry of docs) {
    const doc = IDENTITY_DOCUMENTS.find((d) => d.id === entry || d.label === entry.trim());
    if (doc) found.set(doc.id, doc);
  }
  return [...found.values()];
}

/**
 * Whether the documents an applicant can show are enough: one A-class document, or two B-class documents of
 * which at most one is a face-photo certificate. For a renewal, identity is checked with the old card itself
 * (Otaru §8(2)オ(ア)e ※). A lost or damaged card does not count.
 */
export function identityDocumentsSufficient(
  docs: readonly string[],
  applicationType?: ApplicationType,
): { ok: boolean; message: string } {
  const found = resolveDocuments(docs);
  if (applicationType === 'renewal') {
    return found.some((d) => d.id === 'my_number_card')
      ? { ok: true, message: '更新のため、旧マイナンバーカードで本人確認を行います' }
      : { ok: false, message: '更新の場合は旧マイナンバーカードで本人確認を行います。旧カードを用意してください' };
  }
  const usable = found.filter((d) => !(d.id === 'my_number_card' && applicationType && CARD_NOT_USABLE.includes(applicationType)));
  if (usable.some((d) => d.class === 'A')) return { ok: true, message: 'A欄の書類で本人確認できます' };
  const bCount = usable.filter((d) => d.class === 'B' && d.id !== FACE_PHOTO_CERTIFICATE).length;
  const faceCertificate = usable.some((d) => d.id === FACE_PHOTO_CERTIFICATE) ? 1 : 0;
  if (bCount + faceCertificate >= 2) return { ok: true, message: 'B欄の書類2点で本人確認できます' };
  const held = bCount + faceCertificate;
  return { ok: false, message: `A欄から1点、またはB欄から2点が必要です${held > 0 ? `（現在B欄${held}点）` : ''}` };
}

// ---------------------------------------------------------------------------------------------------------
// What a booking needs before it is confirmed (Otaru §8(2)オ(ア)c・e)

/**
 * A home visit is confirmed only when the operator has read out every guidance item its application types require
 * (the checklist of the booking: bookingGuidanceChecklist) and each applicant can show a set of identity documents
 * that suffices (identityDocumentsSufficient): otherwise the team travels to a visit where the application cannot be
 * taken. Field errors keyed like the intake (`applicants.0.identityDocuments`) and the body (`guidanceGiven`); none:
 * it may be confirmed. A manager may confirm anyway, with a reason (overrides.requirements).
 */
export function bookingRequirementProblems(
  applicants: ReadonlyArray<{ applicationType?: ApplicationType | null; identityDocuments: readonly string[] }>,
  checklist: readonly ChecklistItem[],
  guidanceGiven: readonly string[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  const given = new Set(guidanceGiven);
  const left = checklist.filter((item) => !given.has(item.id)).length;
  if (left > 0) problems.guidanceGiven = `読み上げていない案内が${left}件あります。すべて案内してから予約を確定してください`;
  applicants.forEach((a, i) => {
    const identity = identityDocumentsSufficient(a.identityDocuments, a.applicationType ?? undefined);
    if (!identity.ok) problems[`applicants.${i}.identityDocuments`] = identity.message;
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Who may call (Otaru §8(2)オ)

/** self, family living with the applicant, relatives within the third degree, or someone the applicant asked,
 * calling in front of them. Anyone else (a care manager calling alone, a neighbour) cannot book. */
export const callerRelationSchema = z.enum(['self', 'cohabiting_family', 'relative_within_third_degree', 'requested_in_presence'], {
  message: '予約を受けられるのは本人、同居の家族、三親等以内の親族、または本人の目の前で本人から頼まれて電話する方です',
});
export type CallerRelation = z.infer<typeof callerRelationSchema>;

export const CALLER_RELATION_LABELS: Record<CallerRelation, string> = {
  self: '本人',
  cohabiting_family: '同居の家族',
  relative_within_third_degree: '三親等以内の親族',
  requested_in_presence: '本人から頼まれて本人の目の前で電話する方',
};

/** Trimmed, NFKC-normalised text (full-width digits and half-width kana become one form), required or not. */
function text(emptyMessage: string, max: number) {
  return z
    .string({ message: emptyMessage })
    .trim()
    .overwrite((s) => s.normalize('NFKC'))
    .min(1, { message: emptyMessage })
    .max(max, { message: `${max}文字以内で入力してください` });
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `${max}文字以内で入力してください` })
    .optional();
}

/** A Japanese phone number as the operator types it (NFKC, hyphens of any width): 0 first, 10 or 11 digits. */
export const phoneSchema = z
  .string({ message: '電話番号を入力してください' })
  .trim()
  .overwrite((s) => s.normalize('NFKC').replace(/[‐－−ー]/g, '-'))
  .regex(/^0[\d-]+$/, { message: '電話番号は0から始まる数字とハイフンで入力してください' })
  .refine((s) => /^\d{10,11}$/.test(s.replace(/-/g, '')), { message: '電話番号の桁数が正しくありません' });

const kana = z
  .string({ message: 'フリガナを入力してください' })
  .trim()
  .overwrite((s) => s.normalize('NFKC'))
  .min(1, { message: 'フリガナを入力してください' })
  .max(100, { message: '100文字以内で入力してください' })
  .regex(/^[ァ-ヶー・ ]+$/, { message: 'フリガナはカタカナで入力してください' });

const birthDate = z
  .string({ message: '生年月日を入力してください' })
  .refine((d) => dateKeySchema.safeParse(d).success, { message: '生年月日はYYYY-MM-DDの形式で入力してください' })
  .refine((d) => d >= '1900-01-01', { message: '生年月日が正しくありません' });

export const callerSchema = z
  .object({
    relation: callerRelationSchema,
    /** Who called, when it is not the applicant. */
    name: optionalText(100),
    /** e.g. 長男, 姪 — what the relation is in words. */
    relationDetail: optionalText(100),
    phone: phoneSchema.optional(),
    /** The operator confirmed the caller is with the applicant, who asked them to call. */
    inPresenceConfirmed: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.relation !== 'self' && !c.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: '電話をかけてきた方の氏名を入力してください' });
    }
    if (c.relation === 'requested_in_presence' && c.inPresenceConfirmed !== true) {
      ctx.addIssue({ code: 'custom', path: ['inPresenceConfirmed'], message: '本人の目の前で本人から頼まれて電話していることを確認してください' });
    }
  });
export type Caller = z.infer<typeof callerSchema>;

// ---------------------------------------------------------------------------------------------------------
// Home-visit intake (Otaru §8(2)オ(ア) a〜h)

/** §8(2)オ(ア)f: can a photo be taken, can they write, and if not, can a caregiver be there. */
export const applicantConditionSchema = z.object({
  photoPossible: z.boolean({ message: '顔写真の撮影ができるか選択してください' }),
  canWrite: z.boolean({ message: '字が書けるか選択してください' }),
  caregiverPresent: z.boolean({ message: '介助者が同席できるか選択してください' }),
  note: optionalText(500),
});

export const intakeApplicantSchema = z.object({
  name: text('氏名を入力してください', 100),
  kana,
  address: text('住所を入力してください', 200),
  dateOfBirth: birthDate,
  phone: phoneSchema,
  /**
   * 外出困難な事情: told once per household — required for the first applicant; a later one left empty has the
   * first one's (applicantOutingDifficulty), one who differs (the carer of a bedridden mother) has their own.
   */
  outingDifficulty: optionalText(500),
  /** The caller's relation (続柄) to this applicant; absent: as for the first (applicantRelation). */
  relation: callerRelationSchema.optional(),
  applicationType: applicationTypeSchema,
  /** What they can show, as told; too few refuses the booking unless a manager overrides (bookingRequirementProblems). */
  identityDocuments: z.array(identityDocumentIdSchema).max(20, { message: '本人確認書類が多すぎます' }).default([]),
  condition: applicantConditionSchema,
});
export type IntakeApplicant = z.infer<typeof intakeApplicantSchema>;

export const parkingSchema = z.enum(['available', 'unavailable', 'unknown'], { message: '駐車スペースの有無を選択してください' });

export const homeIntakeSchema = z
  .object({
    caller: callerSchema,
    applicants: z
      .array(intakeApplicantSchema, { message: '申請希望者を入力してください' })
      .min(1, { message: '申請希望者を1人以上入力してください' })
      .max(50, { message: '申請希望者が多すぎます' }),
    wishes: slotWishesSchema.prefault({}),
    /** The caller's wishes in their words (「月末の午前がいい」). */
    wishNote: optionalText(500),
    parking: parkingSchema,
    /** Anything to take care of on the visit (§8(2)オ(ア)h). */
    cautions: optionalText(1000),
    /** Zone of the travel matrix; null when not known yet (the slot search then warns). */
    district: z.string().trim().min(1, { message: '地区を選択してください' }).nullable().default(null),
    /** 申請予定件数 for the reception list; the number of applicants when left out. */
    plannedApplications: z
      .int({ message: '申請予定件数を整数で入力してください' })
      .min(1, { message: '申請予定件数は1以上で入力してください' })
      .max(50, { message: '申請予定件数が多すぎます' })
      .optional(),
  })
  .superRefine((intake, ctx) => {
    if (intake.applicants.length > 0 && !intake.applicants[0].outingDifficulty) {
      ctx.addIssue({ code: 'custom', path: ['applicants', 0, 'outingDifficulty'], message: '外出が困難な事情を入力してください' });
    }
    intake.applicants.forEach((a, i) => {
      // The caller is one person: 本人 of one applicant at most, and when they are the first, the others need their 続柄.
      if (i > 0 && intake.caller.relation === 'self' && (a.relation === undefined || a.relation === 'self')) {
        ctx.addIssue({ code: 'custom', path: ['applicants', i, 'relation'], message: '電話の方（1人目の申請者）との続柄を選択してください' });
      }
    });
    if (intake.plannedApplications !== undefined && intake.plannedApplications < intake.applicants.length) {
      ctx.addIssue({ code: 'custom', path: ['plannedApplications'], message: '申請予定件数は申請希望者の人数以上にしてください' });
    }
  });
export type HomeIntake = z.infer<typeof homeIntakeSchema>;

// ---------------------------------------------------------------------------------------------------------
// Facility request (Otaru §8(2)オ(イ)): taken once, confirmed later by the manager after coordination

export const facilityRequestSchema = z.object({
  facilityName: text('施設名を入力してください', 200),
  /** 施設の種類 (特別養護老人ホーム, グループホーム …) as the facility says it. */
  facilityType: text('施設の種類を入力してください', 100),
  address: text('住所を入力してください', 200),
  phone: phoneSchema,
  contactName: text('御担当者の氏名を入力してください', 100),
  wishes: slotWishesSchema.prefault({}),
  wishNote: optionalText(500),
  estimatedApplicants: z
    .int({ message: '申請者数の目安を整数で入力してください' })
    .min(1, { message: '申請者数の目安は1以上で入力してください' })
    .max(500, { message: '申請者数の目安が多すぎます' }),
  district: z.string().trim().min(1, { message: '地区を選択してください' }).nullable().default(null),
  notes: optionalText(1000),
});
export type FacilityRequest = z.infer<typeof facilityRequestSchema>;

/** The slot search request of an intake: a household books for its planned applications. */
export function intakeSlotRequest(intake: HomeIntake | FacilityRequest): SlotRequest {
  if ('facilityName' in intake) {
    return { kind: 'facility', plannedApplications: intake.estimatedApplicants, district: intake.district, wishes: intake.wishes };
  }
  return {
    kind: 'home',
    plannedApplications: intake.plannedApplications ?? intake.applicants.length,
    district: intake.district,
    wishes: intake.wishes,
  };
}

/** The caller's relation (続柄) to an applicant: their own if given, else the caller's as given for the call. */
export function applicantRelation(intake: { caller: { relation: CallerRelation }; applicants: ReadonlyArray<{ relation?: CallerRelation }> }, i: number): CallerRelation {
  return intake.applicants[i]?.relation ?? intake.caller.relation;
}

/** An applicant's 外出困難な事情: their own, or the household's (the first applicant's). */
export function applicantOutingDifficulty(intake: { applicants: ReadonlyArray<{ outingDifficulty?: string }> }, i: number): string {
  return intake.applicants[i]?.outingDifficulty || intake.applicants[0]?.outingDifficulty || '';
}

/** Age limit past which a date of birth is taken as mistyped. */
const OLDEST = 120;

/** Why a date of birth cannot be one (in the future, or more than 120 years ago), or null; `today` is a JST date. */
export function birthDateProblem(date: string, today: DateKey): string | null {
  if (!dateKeySchema.safeParse(date).success) return null; // the schema says it
  if (date > today) return '生年月日が今日より後の日付になっています';
  if (Number(today.slice(0, 4)) - Number(date.slice(0, 4)) > OLDEST) return `生年月日が正しくありません（${OLDEST}歳を超えています）`;
  return null;
}

/** The intake's problems that need today's date, as field errors keyed like the schema's (`applicants.0.dateOfBirth`). */
export function homeIntakeProblems(intake: { applicants: ReadonlyArray<{ dateOfBirth: string }> }, today: DateKey): Record<string, string> {
  const out: Record<string, string> = {};
  intake.applicants.forEach((a, i) => {
    const problem = birthDateProblem(a.dateOfBirth, today);
    if (problem) out[`applicants.${i}.dateOfBirth`] = problem;
  });
  return out;
}
