import { z } from 'zod';
import { addDays, type DateKey, daysBetween } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { dateKeyView, idView, instantView } from '../common/view.js';
import { formatJapaneseDate } from '../common/wareki.js';
import { type ReportContext, reportMeta } from '../reports/figures.js';
import { SheetBuilder, type WorkbookSpec } from '../reports/sheet.js';
import { APPLICATION_TYPE_LABELS, type ApplicationType } from '../sessions/application-type.js';
import {
  APPLICATION_SOURCE_LABELS,
  type ApplicationPersonal,
  type ApplicationSource,
  PHOTO_EXCEPTION_LABELS,
  PHOTO_SOURCE_LABELS,
  type PhotoException,
  type PhotoSource,
  RECEIPT_METHOD_LABELS,
  type ReceiptMethod,
  SEX_LABELS,
} from './application.schema.js';

/**
 * 引渡し (issue 19 item 3): the applications of a day or a week go to the city as one recorded batch — an Excel list
 * in the agreed form (申請書ID, 氏名, フリガナ, 生年月日 in 和暦, 性別, 住所, 申請区分, 受取方法 …) — each application's
 * hand-over date kept, each application in one batch at most. After the program's follow-up period
 * (handOverFollowUpDays, default HAND_OVER_FOLLOW_UP_DAYS) the scheduled purge deletes their personal fields.
 * The register keeps no face photo (only whether it was taken or brought): the batch carries none.
 */

/** A batch covers one day or up to one week (7 days): the city receives them weekly at most. */
export const HAND_OVER_MAX_DAYS = 7;

export const HAND_OVER_MESSAGES = {
  order: '終了日は開始日以降にしてください',
  span: `引渡しの期間は1日から${HAND_OVER_MAX_DAYS}日までです`,
  empty: 'この期間に引渡していない申請はありません',
  deleted: 'この引渡しの個人情報は保存期間を過ぎて削除済みのため、一覧を出力できません',
} as const;

/** The range of a batch (POST /api/programs/:programId/hand-overs, and the screen's "not yet handed over"). */
export const handOverRangeSchema = z
  .object({ from: dateKeySchema, to: dateKeySchema })
  .superRefine((r, ctx) => {
    for (const [field, message] of Object.entries(handOverRangeProblems(r))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type HandOverRange = z.output<typeof handOverRangeSchema>;

/** What is wrong with a range, by field: the end before the start, or more than a week. */
export function handOverRangeProblems(r: HandOverRange): Record<string, string> {
  if (r.to < r.from) return { to: HAND_OVER_MESSAGES.order };
  if (daysBetween(r.from, r.to) >= HAND_OVER_MAX_DAYS) return { to: HAND_OVER_MESSAGES.span };
  return {};
}

/** What the batch rule needs of an application. */
export interface HandOverCandidate {
  id: string;
  date: DateKey;
  handOverBatchId: string | null;
  personalDataDeleted: boolean;
}

/**
 * The applications a batch for [from, to] takes: taken on a day of the range, in no batch yet, their personal fields
 * still held (a deleted one has nothing to hand over). An application is never in two batches.
 */
export function applicationsToHandOver<T extends HandOverCandidate>(rows: readonly T[], range: HandOverRange): T[] {
  return rows.filter((a) => a.date >= range.from && a.date <= range.to && a.handOverBatchId === null && !a.personalDataDeleted);
}

/** The day after which a handed-over application's personal fields are deleted (hand-over date + follow-up days). */
export function handOverDeletionDue(handedOverDate: DateKey, followUpDays: number): DateKey {
  return addDays(handedOverDate, followUpDays);
}

/** Whether the follow-up period after the hand-over has passed on `today` (the purge deletes then). */
export function handOverFollowUpEnded(handedOverDate: DateKey, followUpDays: number, today: DateKey): boolean {
  return today > handOverDeletionDue(handedOverDate, followUpDays);
}

// ---------------------------------------------------------------------------------------------------------
// Views

export const handOverBatchViewSchema = z.object({
  id: idView,
  programId: idView,
  /** 第N回: sequential per program. */
  number: z.number().int(),
  from: dateKeyView,
  to: dateKeyView,
  handedOverDate: dateKeyView,
  applicationCount: z.number().int(),
  createdAt: instantView,
  /** The day after which the batch's personal fields are deleted. */
  deletionDue: dateKeyView,
  /** When the purge deleted them (null while held). */
  personalDataDeletedAt: instantView.nullable(),
});
export type HandOverBatchView = z.output<typeof handOverBatchViewSchema>;

// ---------------------------------------------------------------------------------------------------------
// The Excel list

/** One application as the list shows it: its facts and its opened personal fields. */
export interface HandOverRow {
  date: DateKey;
  source: ApplicationSource | string;
  applicationType: ApplicationType | string;
  photoSource: PhotoSource | string;
  photoException: PhotoException | string | null;
  proxyWriting: boolean;
  receiptMethod: ReceiptMethod | string;
  faceAuthCard: boolean;
  personal: ApplicationPersonal;
}

export const HAND_OVER_HEADERS = ['No', '申請書ID', '氏名', 'フリガナ', '生年月日', '性別', '住所', '申請区分', '受取方法', '顔写真', '写真の例外', '写真の例外の理由', '代筆', '顔認証カード希望', '申請日', '受付元'] as const;

const label = (labels: Record<string, string>, v: string | null) => (v === null ? '' : (labels[v] ?? v));

/**
 * 申請者一覧（引渡し）: one sheet, one row per application in the order given, Japanese headings, 生年月日 and 申請日
 * in 和暦 whatever the program's era style (the form the city files), the batch's number and range in the header.
 */
export function shapeHandOverList(input: { context: ReportContext; batch: Pick<HandOverBatchView, 'number' | 'from' | 'to' | 'handedOverDate'>; rows: readonly HandOverRow[] }): WorkbookSpec {
  const { batch } = input;
  const w = (d: DateKey) => formatJapaneseDate(d, 'wareki');
  const period = batch.from === batch.to ? w(batch.from) : `${w(batch.from)}〜${w(batch.to)}`;
  const sheet = new SheetBuilder(
    '申請者一覧',
    { title: `申請者一覧（第${batch.number}回引渡し）`, meta: [...reportMeta(input.context, { label: '申請日の期間', value: period }), ['引渡日', w(batch.handedOverDate)], ['件数', `${input.rows.length}件`]] },
    { orientation: 'landscape' },
  );
  const [no, formId, name, kana, dob, sex, address, type, receipt, photo, exception, reason, proxy, faceAuth, date, source] = HAND_OVER_HEADERS;
  sheet.table({
    freeze: true,
    columns: [
      { header: no, kind: 'int' },
      { header: formId, width: 26 },
      { header: name, width: 16 },
      { header: kana, width: 18 },
      { header: dob, width: 16 },
      { header: sex, width: 6 },
      { header: address, width: 36 },
      { header: type, width: 12 },
      { header: receipt, width: 16 },
      { header: photo, width: 10 },
      { header: exception, width: 12 },
      { header: reason, width: 24 },
      { header: proxy, width: 6 },
      { header: faceAuth, width: 8 },
      { header: date, width: 16 },
      { header: source, width: 10 },
    ],
    rows: input.rows.map((r, i) => [
      i + 1,
      r.personal.applicationFormId,
      r.personal.name,
      r.personal.kana,
      w(r.personal.dateOfBirth),
      r.personal.sex ? SEX_LABELS[r.personal.sex] : '',
      r.personal.address,
      label(APPLICATION_TYPE_LABELS, r.applicationType),
      label(RECEIPT_METHOD_LABELS, r.receiptMethod),
      label(PHOTO_SOURCE_LABELS, r.photoSource),
      label(PHOTO_EXCEPTION_LABELS, r.photoException),
      r.personal.photoExceptionReason ?? '',
      r.proxyWriting ? 'あり' : '',
      r.faceAuthCard ? '希望' : '',
      w(r.date),
      label(APPLICATION_SOURCE_LABELS, r.source),
    ]),
  });
  sheet.note(
    '※個人番号（マイナンバー）は記録していません。',
    '※顔写真はこの一覧と同じファイルの「顔写真」フォルダに、申請書IDをファイル名として入っています（添付のない申請は申請書とともにお渡しします）。',
  );
  return { sheets: [sheet.build()] };
}
