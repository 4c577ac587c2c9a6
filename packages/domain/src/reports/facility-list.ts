import type { DateKey } from '../common/dates.js';
import { DEFAULT_FACILITY_TIMELINE, facilityTimeline, type FacilityStep } from '../facilities/coordination.js';
import { FACILITY_STAGE_LABELS_JA, FACILITY_TYPE_LABELS_JA, type FacilityStage, type FacilityType } from '../facilities/facility.js';
import { type ReportContext, reportMeta } from './figures.js';
import { SheetBuilder, type WorkbookSpec } from './sheet.js';
import { jaDate } from './tables.js';

/** One facility of the 施設一覧 (issue 18 item 7): its facts, its current booking and that booking's coordination. */
export interface FacilityListRow {
  name: string;
  type: FacilityType;
  district: string | null;
  stage: FacilityStage;
  /** The current booking (the latest not cancelled), or null. */
  receivedDate: DateKey | null;
  visitDate: DateKey | null;
  /** The coordination's steps done (a date each, or null). */
  done: Partial<Record<Exclude<FacilityStep, 'visit'>, DateKey | null>>;
  expectedApplicants: number | null;
  /** Residents on the applicant list committed for the visit (null: no list yet). */
  listedApplicants: number | null;
}

export const FACILITY_LIST_HEADERS = [
  '施設名',
  '種類',
  '地区',
  '段階',
  '受付日',
  '訪問日',
  '施設への案内 期限',
  '施設への案内 実施日',
  '事前打合せ 期限',
  '事前打合せ 実施日',
  '申請者リスト 期限',
  '申請者リスト 提出日',
  '申請者数の目安',
  '名簿の申請者数',
] as const;

/**
 * 施設一覧 for the city: each facility of the program with its stage (段階), its visit day and the coordination's
 * steps — each step's due date counted back from the visit (001: 30/20/7 days) and the day it was done — and the
 * applicants expected and listed. Facilities' names and facts only: no contact person, no resident.
 */
export function shapeFacilityList(input: { context: ReportContext; asOf: DateKey; rows: readonly FacilityListRow[] }): WorkbookSpec {
  const style = input.context.eraStyle;
  const date = (d: DateKey | null | undefined) => (d ? jaDate(d, style) : '');
  const sheet = new SheetBuilder('施設一覧', { title: '施設一覧（福祉施設訪問）', meta: reportMeta(input.context, { label: '現在', value: jaDate(input.asOf, style) }) });
  sheet.table({
    freeze: true,
    columns: [
      { header: FACILITY_LIST_HEADERS[0], kind: 'text', width: 28 },
      { header: FACILITY_LIST_HEADERS[1], kind: 'text', width: 18 },
      { header: FACILITY_LIST_HEADERS[2], kind: 'text', width: 12 },
      { header: FACILITY_LIST_HEADERS[3], kind: 'text', width: 10 },
      ...FACILITY_LIST_HEADERS.slice(4, 12).map((header) => ({ header, kind: 'text' as const, width: 18 })),
      { header: FACILITY_LIST_HEADERS[12], kind: 'int', total: 'sum' },
      { header: FACILITY_LIST_HEADERS[13], kind: 'int', total: 'sum' },
    ],
    rows: input.rows.map((r) => {
      const due = r.visitDate && r.receivedDate ? Object.fromEntries(facilityTimeline(r.visitDate, r.receivedDate, r.done, input.asOf, DEFAULT_FACILITY_TIMELINE).map((s) => [s.step, s.due])) : {};
      return [
        r.name,
        FACILITY_TYPE_LABELS_JA[r.type],
        r.district ?? '',
        FACILITY_STAGE_LABELS_JA[r.stage],
        date(r.receivedDate),
        date(r.visitDate),
        date(due.notice),
        date(r.done.notice),
        date(due.pre_meeting),
        date(r.done.pre_meeting),
        date(due.applicant_list),
        date(r.done.applicant_list),
        r.expectedApplicants,
        r.listedApplicants,
      ];
    }),
    totalLabel: '合計',
  });
  const byStage = Object.entries(FACILITY_STAGE_LABELS_JA)
    .map(([stage, label]) => [label, input.rows.filter((r) => r.stage === stage).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`)
    .join('、');
  sheet.note(`施設数：${input.rows.length}（${byStage || 'なし'}）`);
  sheet.note('※期限は訪問日から数えた目安です（施設への案内 約30日前、事前打合せ 約20日前、申請者リスト おおむね1週間前）。御担当者の氏名・電話番号は載せていません。');
  return { sheets: [sheet.build()] };
}
