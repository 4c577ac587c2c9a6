import { z } from 'zod';
import { addDays, type DateKey } from '../common/dates.js';
import { freeText } from '../common/fields.js';
import { dateKeyView, idView, instantView } from '../common/view.js';
import {
  APPLICANT_LIST_APPLICATION_TYPE_LABELS,
  type ApplicantListColumnKey,
  applicantRowSchema,
  CARD_DELIVERY_LABELS,
  FACE_AUTH_CARD_LABELS,
  GENDER_LABELS,
  IDENTITY_DOCUMENT_SET_LABELS,
  PROXY_WRITING_LABELS,
  rowErrorSchema,
} from './applicant-list.js';

/**
 * The applicant list (申請者名簿) of one facility booking once uploaded (issue 18 item 4): when it may be shared
 * with the city, when its purpose has ended, and what the API answers about it. The rows themselves are sealed
 * personal data (API module facilities, table facility_applicant).
 */

/** 001 第5 / Otaru §9(2)ウ: the list goes to the city about a week before the visit (program timeline default). */
export const APPLICANT_LIST_SHARE_DAYS_BEFORE = 7;
/** The largest file accepted: 10,000 rows (MAX_APPLICANT_ROWS) take about 1 MB; a list full of pictures is refused. */
export const APPLICANT_LIST_MAX_BYTES = 10 * 1024 * 1024;

export type ApplicantListState = 'none' | 'committed' | 'shared' | 'deleted';

export const APPLICANT_LIST_DELETION_RULES_JA = {
  visited: '施設訪問の完了後（名簿の利用目的の終了）',
  cancelled: '施設予約のキャンセル・中止',
  manual: '受託者管理者による削除',
  contract_closed: '契約終了に伴う削除（特記事項第10）',
} as const;
export type ApplicantListDeletionRule = keyof typeof APPLICANT_LIST_DELETION_RULES_JA;

export const APPLICANT_LIST_SHARE_MESSAGES = {
  notCommitted: '取り込み済みの申請者名簿がありません',
  deleted: 'この申請者名簿は削除済みです',
  alreadyShared: 'この申請者名簿はすでに市に共有されています',
  notConfirmed: '訪問日が確定した施設予約の名簿だけを共有できます',
  tooEarly: (opensOn: DateKey) => `市への共有は訪問日の${APPLICANT_LIST_SHARE_DAYS_BEFORE}日前（${opensOn}）からです。それより前に共有する場合は理由を入力してください`,
} as const;

/** The first day the list may be shared without a reason: a week before the visit. */
export function applicantListShareOpensOn(visitDate: DateKey): DateKey {
  return addDays(visitDate, -APPLICANT_LIST_SHARE_DAYS_BEFORE);
}

/**
 * Why the list may not be shared today, or null. The city needs it to prepare the application forms (003 §9(2)ウ)
 * about a week ahead; sharing earlier hands residents' data over sooner than its purpose needs, so it takes a
 * reason (kept in the handling record). A booking without a fixed visit date cannot be shared at all.
 */
export function applicantListShareProblem(
  list: { state: ApplicantListState },
  booking: { status: string; visitDate: DateKey | null },
  today: DateKey,
  reason: string | null,
): string | null {
  if (list.state === 'none') return APPLICANT_LIST_SHARE_MESSAGES.notCommitted;
  if (list.state === 'deleted') return APPLICANT_LIST_SHARE_MESSAGES.deleted;
  if (list.state === 'shared') return APPLICANT_LIST_SHARE_MESSAGES.alreadyShared;
  if (booking.status !== 'confirmed' || !booking.visitDate) return APPLICANT_LIST_SHARE_MESSAGES.notConfirmed;
  const opensOn = applicantListShareOpensOn(booking.visitDate);
  if (today < opensOn && !reason) return APPLICANT_LIST_SHARE_MESSAGES.tooEarly(opensOn);
  return null;
}

/**
 * On which rule the list's purpose has ended, or null while it has not: the facility was visited (the city had
 * it for the forms, or the visit came without it — either way nothing is left for it to serve), or the booking
 * was cancelled or called off (no visit will use it).
 */
export function applicantListDeletionRule(booking: { status: string }): ApplicantListDeletionRule | null {
  if (booking.status === 'visited') return 'visited';
  if (booking.status === 'cancelled' || booking.status === 'no_show') return 'cancelled';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The API's contract

/** POST …/applicant-list/share. */
export const applicantListShareSchema = z.object({
  /** Why it is shared before the week before the visit; not needed from then on. */
  reason: freeText(200).optional(),
});
export type ApplicantListShare = z.infer<typeof applicantListShareSchema>;

/** POST …/applicant-list/preview answers a stream of these (application/x-ndjson), one per line; the last is the result. */
export const applicantListPreviewEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), fraction: z.number().min(0).max(1) }),
  z.object({ type: z.literal('result'), rows: z.array(applicantRowSchema), errors: z.array(rowErrorSchema) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type ApplicantListPreviewEvent = z.infer<typeof applicantListPreviewEventSchema>;

/** GET/POST …/applicant-list: the list's state, and its rows only for those who may read them. */
export const applicantListViewSchema = z.object({
  bookingId: idView,
  state: z.enum(['none', 'committed', 'shared', 'deleted']),
  /** The rows the list came with (also once deleted: the record of how many were listed). */
  rowCount: z.int(),
  committedAt: instantView.nullable(),
  committedByName: z.string().nullable(),
  sharedAt: instantView.nullable(),
  deletedAt: instantView.nullable(),
  deletionRuleLabel: z.string().nullable(),
  visitDate: dateKeyView.nullable(),
  /** The day sharing opens without a reason (a week before the visit), once the visit date is fixed. */
  shareOpensOn: dateKeyView.nullable(),
  /** Whether sharing today takes a reason (it is before shareOpensOn). */
  shareNeedsReason: z.boolean(),
  /** The rows, for those who may read them (the vendor; the city once shared), else null. */
  rows: z.array(applicantRowSchema).nullable(),
  /** Why the rows are not shown, when they exist but this person may not see them. */
  rowsHiddenReason: z.string().nullable(),
});
export type ApplicantListView = z.infer<typeof applicantListViewSchema>;

/**
 * One committed row as the city's copy shows it (its agreed form: the template's own headings and list words, the
 * date of birth in 西暦), so the city reads back exactly what the facility wrote.
 */
export function applicantRowCells(r: z.infer<typeof applicantRowSchema>): Record<ApplicantListColumnKey, string | number | null> {
  return {
    no: r.no,
    name: r.name,
    kana: r.kana,
    dateOfBirth: r.dateOfBirth,
    gender: r.gender ? GENDER_LABELS[r.gender] : null,
    address: r.address,
    applicationType: APPLICANT_LIST_APPLICATION_TYPE_LABELS[r.applicationType],
    identityDocuments: IDENTITY_DOCUMENT_SET_LABELS[r.identityDocuments],
    proxyWriting: r.proxyWritingNeeded ? PROXY_WRITING_LABELS.needed : PROXY_WRITING_LABELS.not_needed,
    photoException: r.photoExceptionReason,
    faceAuthCard: r.faceAuthCardWanted ? FACE_AUTH_CARD_LABELS.wanted : FACE_AUTH_CARD_LABELS.not_wanted,
    cardDelivery: CARD_DELIVERY_LABELS[r.cardDelivery],
    note: r.note,
  };
}
