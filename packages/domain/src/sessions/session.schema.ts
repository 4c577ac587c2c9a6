import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import type { FieldErrors } from '../common/errors.js';
import { formatWareki } from '../common/wareki.js';
import { applicationMethodSchema, type ServiceKind, serviceKindSchema } from '../programs/program.schema.js';
import { BOOKED_VISIT_KINDS } from '../programs/program-api.schema.js';
import { dateKeyField, freeText, hhmmField } from '../common/fields.js';
import { applicationsTotal } from './application-type.js';

/** A session (実施): one visit or event, and the counts its daily report gives for it. */

export const sessionStatusSchema = z.enum(['planned', 'held', 'cancelled']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const SESSION_STATUS_LABELS_JA: Record<SessionStatus, string> = {
  planned: '予定',
  held: '実施済み',
  cancelled: '中止',
};

/**
 * Why a held home or facility visit has no booking (予約なしの訪問): the funnel counts these apart from the visits
 * that came from a booking, by reason (docs/metrics.md). 'other' needs its text.
 */
export const unbookedReasonSchema = z.enum(['non_phone_application', 'facility_request', 'same_day_addition', 'other'], {
  message: '予約なしの理由を選んでください',
});
export type UnbookedReason = z.infer<typeof unbookedReasonSchema>;

export const UNBOOKED_REASON_LABELS_JA: Record<UnbookedReason, string> = {
  non_phone_application: '電話以外の申込み',
  facility_request: '施設からの直接依頼',
  same_day_addition: '当日の追加',
  other: 'その他',
};

// A street address has block numbers: 3丁目, 12番地, 5番, 2号, or 1-2-3. A district name has none of them.
export const ADDRESS_LIKE = /\d+\s*(丁目|番地|番|号)|\d+\s*-\s*\d+/;

export const sessionInputSchema = z
  .object({
    date: dateKeyField,
    serviceKind: serviceKindSchema,
    /** Facility or venue name; for home visits the district only, never the household's address. */
    place: freeText(100, { required: '場所を入力してください' }),
    method: applicationMethodSchema,
    startTime: hhmmField.optional(),
    endTime: hhmmField.optional(),
    staffUserIds: z.array(z.uuid({ message: '担当者のIDが正しくありません' })).default([]),
    cityStaffPresent: z.boolean(),
    status: sessionStatusSchema,
    cancelReason: freeText(200).optional(),
    /** Why the session is on a day the program does not work; the API requires it there (sessionNeedsOffDayReason). */
    offDayReason: freeText(200).optional(),
    /** Why a home or facility visit is held without a booking; the API requires it there (unbookedVisitProblem). */
    unbookedReason: unbookedReasonSchema.optional(),
    unbookedReasonText: freeText(200).optional(),
    /** The facility (施設) of a facility visit: set from its booking, or chosen when the session is entered by hand. */
    facilityId: z.uuid({ message: '施設のIDが正しくありません' }).nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.serviceKind === 'home_visit' && ADDRESS_LIKE.test(s.place.normalize('NFKC'))) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: '個人宅訪問の場所は地区名までにしてください（番地・住所は入力しない）' });
    }
    // 'HH:MM' strings compare correctly as text.
    if (s.startTime && s.endTime && s.endTime <= s.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: '終了時刻は開始時刻より後にしてください' });
    }
    if (new Set(s.staffUserIds).size !== s.staffUserIds.length) {
      ctx.addIssue({ code: 'custom', path: ['staffUserIds'], message: '同じ担当者が重複しています' });
    }
    if (s.status === 'cancelled' && !s.cancelReason) {
      ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: '中止の理由を入力してください' });
    }
    if (s.unbookedReason === 'other' && !s.unbookedReasonText?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['unbookedReasonText'], message: '予約なしの理由（その他）の内容を入力してください' });
    }
    // On-site acceptance means a city employee checks identity on the spot (DOMAIN "Service kinds").
    if (s.status === 'held' && s.method === 'on_site_acceptance' && !s.cityStaffPresent) {
      ctx.addIssue({ code: 'custom', path: ['cityStaffPresent'], message: '出張申請受付では市職員の立会いが必要です' });
    }
  });
export type SessionInput = z.output<typeof sessionInputSchema>;

/**
 * Why a session may not be marked held (実施済み): the field to change and a Japanese message, or undefined.
 * A visit is held on its date or later, never before (`today` is the JST date of the clock); the session of a
 * booking is held on or after the booking's visit date, so a booking becomes visited — and its personal data
 * deletable — only once the visit really took place.
 */
export function heldSessionProblem(
  session: { date: DateKey; status: SessionStatus },
  today: DateKey,
  bookingVisitDate?: DateKey | null,
): { field: 'status' | 'date'; message: string } | undefined {
  if (session.status !== 'held') return undefined;
  if (session.date > today) {
    return { field: 'status', message: `実施日（${formatWareki(session.date)}）より前に「実施済み」にはできません。訪問・実施の当日以降に記録してください` };
  }
  if (bookingVisitDate && session.date < bookingVisitDate) {
    return { field: 'date', message: `予約の訪問日（${formatWareki(bookingVisitDate)}）より前の日付で「実施済み」にはできません` };
  }
  return undefined;
}

/**
 * Whether a session of this kind, with or without a booking, is an unbooked visit (予約なしの訪問): a home or facility
 * visit without a booking in a program that books visits (takesBookings; where none are taken, none is missing).
 */
export function isUnbookedVisit(session: { serviceKind: ServiceKind }, bookingId: string | null, takesBookings: boolean): boolean {
  return takesBookings && bookingId === null && (BOOKED_VISIT_KINDS as readonly string[]).includes(session.serviceKind);
}

/**
 * Why a session may not be saved for want of its unbooked reason: a held home or facility visit that did not come
 * from a booking says why (the funnel counts it as 予約なしの訪問 by that reason). The schema cannot tell whether the
 * session has a booking, so the API checks this with the stored session's booking.
 */
export function unbookedVisitProblem(
  session: { status: SessionStatus; serviceKind: ServiceKind; unbookedReason?: UnbookedReason | null },
  bookingId: string | null,
  takesBookings: boolean,
): { field: 'unbookedReason'; message: string } | undefined {
  if (session.status !== 'held' || !isUnbookedVisit(session, bookingId, takesBookings) || session.unbookedReason) return undefined;
  return { field: 'unbookedReason', message: '予約から作成されていない訪問を「実施済み」にするには、予約なしの理由を選んでください' };
}

// ---------------------------------------------------------------------------------------------------------
// Counts of one session in a daily report

const countField = (label: string) =>
  z
    .int({ message: `${label}は整数で入力してください` })
    .min(0, { message: `${label}は0以上で入力してください` })
    .max(9999, { message: `${label}は9999以下で入力してください` })
    .default(0);

/** Japanese names of the counts, for messages and Excel headings. */
export const SESSION_COUNT_LABELS_JA = {
  applicationsNew: '新規申請',
  applicationsRenewal: '更新申請',
  applicationsReissueLost: '再交付（紛失）',
  applicationsReissueDamaged: '再交付（破損）',
  applicationsReissueOther: '再交付（その他）',
  faceAuthCards: '顔認証カード',
  mailToFacility: '施設への郵送',
  consultations: '相談件数',
  photosTakenOnSite: '現地撮影',
  photosBrought: '写真持参',
  photoRetakes: '撮り直し',
  photoExceptionsMedical: '写真の特例（医療機器等）',
  photoExceptionsDisability: '写真の特例（障害）',
  photoExceptionsBedridden: '写真の特例（寝たきり）',
  photoExceptionsOther: '写真の特例（その他）',
  proxyWriting: '代筆',
  notTaken: '受付できなかった件数',
} as const;

/** The counts of a session, in the order the daily report form and the Excel sheets show them. */
export const SESSION_COUNT_FIELDS = Object.keys(SESSION_COUNT_LABELS_JA) as ReadonlyArray<keyof typeof SESSION_COUNT_LABELS_JA>;

const c = SESSION_COUNT_LABELS_JA;

/** Counts default to 0 so a form may leave the ones that did not happen empty. */
export const sessionCountsSchema = z.object({
  applicationsNew: countField(c.applicationsNew),
  applicationsRenewal: countField(c.applicationsRenewal),
  applicationsReissueLost: countField(c.applicationsReissueLost),
  applicationsReissueDamaged: countField(c.applicationsReissueDamaged),
  applicationsReissueOther: countField(c.applicationsReissueOther),
  /** Face-auth cards (no PIN) among the applications. */
  faceAuthCards: countField(c.faceAuthCards),
  /** Applications whose card is mailed to the facility instead of the registered address. */
  mailToFacility: countField(c.mailToFacility),
  consultations: countField(c.consultations),
  photosTakenOnSite: countField(c.photosTakenOnSite),
  photosBrought: countField(c.photosBrought),
  photoRetakes: countField(c.photoRetakes),
  /** Exceptions of the national manual (001_… 第7(1)); they are among the photos taken on site. */
  photoExceptionsMedical: countField(c.photoExceptionsMedical),
  photoExceptionsDisability: countField(c.photoExceptionsDisability),
  photoExceptionsBedridden: countField(c.photoExceptionsBedridden),
  photoExceptionsOther: countField(c.photoExceptionsOther),
  photoExceptionsOtherText: freeText(100).optional(),
  proxyWriting: countField(c.proxyWriting),
  /** People met who could not apply (no ID, changed their mind…). */
  notTaken: countField(c.notTaken),
  notTakenReason: freeText(200).optional(),
  problems: freeText(500).optional(),
  note: freeText(500).optional(),
  /** Why fewer photos than applications (e.g. photos to follow by mail). */
  photoShortfallExplanation: freeText(200).optional(),
});
export type SessionCounts = z.output<typeof sessionCountsSchema>;

const blank = (text: string | undefined) => !text?.trim();

/**
 * Cross-field rules of a session's counts, as { field: Japanese message } (empty when fine), each on the field
 * a user has to change and naming the numbers. Run after sessionCountsSchema; the status is the session's.
 */
export function checkSessionCounts(counts: SessionCounts, context: { status: SessionStatus }): FieldErrors {
  const errors: FieldErrors = {};
  const apps = applicationsTotal(counts);
  const exceeds = (field: keyof typeof c) => {
    if (counts[field] > apps) errors[field] = `${c[field]}（${counts[field]}件）が申請件数（${apps}件）を超えています`;
  };
  exceeds('faceAuthCards');
  exceeds('mailToFacility');
  exceeds('proxyWriting');

  // Every application needs a photo: taken on site or brought.
  const photos = counts.photosTakenOnSite + counts.photosBrought;
  if (photos < apps && blank(counts.photoShortfallExplanation)) {
    errors.photoShortfallExplanation = `顔写真（現地撮影${counts.photosTakenOnSite}件＋持参${counts.photosBrought}件＝${photos}件）が申請件数（${apps}件）より少ないため、理由を入力してください`;
  }
  const exceptions =
    counts.photoExceptionsMedical + counts.photoExceptionsDisability + counts.photoExceptionsBedridden + counts.photoExceptionsOther;
  if (exceptions > counts.photosTakenOnSite) {
    errors.photosTakenOnSite = `写真の特例（計${exceptions}件）が現地撮影（${counts.photosTakenOnSite}件）を超えています`;
  }
  if (counts.photoExceptionsOther > 0 && blank(counts.photoExceptionsOtherText)) {
    errors.photoExceptionsOtherText = `写真の特例（その他）${counts.photoExceptionsOther}件の内容を入力してください`;
  }
  if (counts.notTaken > 0 && blank(counts.notTakenReason)) {
    errors.notTakenReason = `受付できなかった${counts.notTaken}件の理由を入力してください`;
  }

  if (context.status === 'held') {
    if (apps === 0 && counts.consultations === 0 && blank(counts.note)) {
      errors.note = '申請・相談がともに0件のため、状況を備考に入力してください';
    }
  } else if (apps + counts.consultations + photos + counts.notTaken > 0) {
    // Only a held session has anything to count.
    errors.status = `${SESSION_STATUS_LABELS_JA[context.status]}の実施には件数を入力できません`;
  }
  return errors;
}

/** Create body of a session (react-admin sends the record flat): the program it belongs to and the session. */
export const sessionCreateSchema = z.object({ programId: z.uuid({ message: '事業を選択してください' }) }).and(sessionInputSchema);
