import { ROLE_LABELS_JA, type Role } from '../auth/roles.js';
import { type DateKey, jstDateKey } from '../common/dates.js';
import { type EraStyle, formatPeriod } from '../common/wareki.js';
import { halfLabel } from '../bookings/slots.js';
import { SHARE_FILE_PURPOSE_LABELS_JA, type ShareFilePurpose } from '../booking-shares/share-file.js';
import type { ServiceKind } from '../programs/program.schema.js';
import { APPLICATION_TYPE_LABELS, type ApplicationType } from '../sessions/application-type.js';
import { SERVICE_KIND_LABELS_JA } from './labels.js';
import { handlingActionLabel } from '../handling-records/handling-actions.js';
import { REPORT_KIND_LABELS_JA, type ReportKind } from './report-params.js';
import { SheetBuilder, type WorkbookSpec } from './sheet.js';
import { jaDate, jaDateTime } from './tables.js';

/**
 * 個人情報の取扱状況の報告 (個人情報取扱特記事項 §15): the handling record as a city files it — who did what to
 * which record and when, each action and target in words (受付番号 and visit date, the report's name, the
 * person's name), never an id or raw JSON; the period in the era the city uses, page numbers on every page.
 */

/** What kind of record a row is about, in Japanese (the report kinds of a download are named by the report). */
export const HANDLING_TARGET_TYPE_LABELS_JA: Record<string, string> = {
  booking: '予約（受付票）',
  program: '事業',
  user: '利用者',
  organization: '組織',
  municipality: '自治体',
  session: '実施記録',
  daily_report: '日次報告',
  call_week: '受電件数報告',
  activity_photo: '活動写真',
  pre_meeting: '事前打合せ',
  share_file: '受付票ファイル',
  handling_record: '取扱記録',
  incident: '個人情報の事故報告',
  defect: '不備対応',
  application: '申請記録',
  hand_over: '引渡し',
  inquiry: '問い合わせ・苦情',
  call_back: '折り返し',
  facility: '施設',
  site_approval: '実施場所の承認',
  business_plan: '業務計画書',
  report_form: '報告書の様式',
  report_submission: '月次・完了報告',
  visit_team: '訪問チーム',
};

export function handlingTargetTypeLabel(type: string | null): string {
  if (!type) return '';
  if (Object.hasOwn(REPORT_KIND_LABELS_JA, type)) return '帳票';
  return HANDLING_TARGET_TYPE_LABELS_JA[type] ?? 'その他';
}

/** The target of a report download in words: 帳票「月次報告」. */
export function reportTargetLabel(kind: string): string | null {
  return Object.hasOwn(REPORT_KIND_LABELS_JA, kind) ? `帳票「${REPORT_KIND_LABELS_JA[kind as ReportKind]}」` : null;
}

/** A reservation as the target of a row: 受付番号12（令和8年6月17日訪問）. */
export function bookingTargetLabel(receptionNumber: number, visitDate: DateKey | null, style: EraStyle = 'wareki'): string {
  return `受付番号${receptionNumber}（${visitDate ? `${jaDate(visitDate, style)}訪問` : '訪問日未定'}）`;
}

/**
 * An application as the target of a row, never its applicant: 令和8年11月12日の申請（新規・受付番号12）, the booking's
 * number where the applicant was booked.
 */
export function applicationTargetLabel(a: { date: DateKey; applicationType: string; receptionNumber: number | null }, style: EraStyle = 'wareki'): string {
  const type = Object.hasOwn(APPLICATION_TYPE_LABELS, a.applicationType) ? APPLICATION_TYPE_LABELS[a.applicationType as ApplicationType] : a.applicationType;
  return `${jaDate(a.date, style)}の申請（${type}${a.receptionNumber === null ? '' : `・受付番号${a.receptionNumber}`}）`;
}

/** A hand-over to the city as the target of a row: 第3回引渡し（令和8年11月20日）. */
export function handOverTargetLabel(number: number, handedOverDate: DateKey, style: EraStyle = 'wareki'): string {
  return `第${number}回引渡し（${jaDate(handedOverDate, style)}）`;
}

/** A session as the target of a row, by its day and kind (a home visit's place is the resident's address): 令和8年11月12日 個人宅訪問. */
export function sessionTargetLabel(date: DateKey, serviceKind: string, style: EraStyle = 'wareki'): string {
  const kind = Object.hasOwn(SERVICE_KIND_LABELS_JA, serviceKind) ? SERVICE_KIND_LABELS_JA[serviceKind as ServiceKind] : serviceKind;
  return `${jaDate(date, style)} ${kind}`;
}

/**
 * A record known by its day, as the target of a row: 令和8年11月12日の日次報告, 令和8年11月24日の不備対応 (a defect's,
 * an inquiry's or an incident's contents may name a resident, so only the day and the kind).
 */
export function datedTargetLabel(type: string, date: DateKey, style: EraStyle = 'wareki'): string {
  return `${jaDate(date, style)}の${handlingTargetTypeLabel(type)}`;
}

/** A week's call report as the target of a row, read from its id (`<program>_<week start>`): 令和8年11月2日からの週の受電件数報告. */
export function callWeekTargetLabel(id: string, style: EraStyle = 'wareki'): string | null {
  const week = /_(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1];
  return week ? `${jaDate(week, style)}からの週の${handlingTargetTypeLabel('call_week')}` : null;
}

/** A file of reception slips as the target of a row: 令和8年12月7日作成の受付票ファイル（週次の受付票）. */
export function shareFileTargetLabel(preparedOn: DateKey, purpose: string, style: EraStyle = 'wareki'): string {
  const why = Object.hasOwn(SHARE_FILE_PURPOSE_LABELS_JA, purpose) ? SHARE_FILE_PURPOSE_LABELS_JA[purpose as ShareFilePurpose] : purpose;
  return `${jaDate(preparedOn, style)}作成の受付票ファイル（${why}）`;
}

/** A business plan as the target of a row: 業務計画書 第2版「令和8年度 業務計画」. */
export function businessPlanTargetLabel(version: number, title: string): string {
  return `業務計画書 第${version}版「${title}」`;
}

/** A report's form as the target of a row, read from its id (`<program>:<kind>`): 報告書の様式「月次報告書」. */
export function reportFormTargetLabel(id: string): string | null {
  const kind = id.slice(id.lastIndexOf(':') + 1);
  return Object.hasOwn(REPORT_KIND_LABELS_JA, kind) ? `報告書の様式「${REPORT_KIND_LABELS_JA[kind as ReportKind]}」` : null;
}

/** A call-back request as the target of a row, by the day it is due (its caller is personal): 令和8年12月8日期限の折り返し. */
export function callBackTargetLabel(dueOn: DateKey, style: EraStyle = 'wareki'): string {
  return `${jaDate(dueOn, style)}期限の折り返し`;
}

/** A half-day's team as the target of a row: 令和8年12月8日 午前. */
export function teamTargetLabel(date: DateKey, half: 'am' | 'pm', style: EraStyle = 'wareki'): string {
  return `${jaDate(date, style)} ${halfLabel(half)}`;
}

const FILTER_LABELS_JA: Record<string, string> = { from: '期間の開始', to: '期間の終了', action: '操作', userId: '利用者', programId: '事業' };

/**
 * The conditions of a handling-record export in words: dates in the era style, the action by its label, the
 * program and the person by the names the caller found for them (`names`, by filter key).
 */
export function handlingFilterParts(filter: Record<string, unknown>, style: EraStyle = 'wareki', names: Record<string, string> = {}): string[] {
  return Object.entries(filter)
    .filter(([k, v]) => typeof v === 'string' && v !== '' && Object.hasOwn(FILTER_LABELS_JA, k))
    .map(([k, v]) => {
      const value = String(v);
      if (k === 'from' || k === 'to') return `${FILTER_LABELS_JA[k]} ${/^\d{4}-\d{2}-\d{2}$/.test(value) ? jaDate(value, style) : value}`;
      if (k === 'action') return `操作 ${handlingActionLabel(value)}`;
      return names[k] ? `${FILTER_LABELS_JA[k]} ${names[k]}` : FILTER_LABELS_JA[k];
    });
}

/** The filter of a handling-record export as one line (the reason of the export's own row). */
export function describeHandlingFilter(filter: Record<string, unknown>, style: EraStyle = 'wareki', names: Record<string, string> = {}): string {
  const parts = handlingFilterParts(filter, style, names);
  return parts.length ? `条件: ${parts.join('、')}` : '条件なし（すべて）';
}

/** A reason as words: a JSON object left by an older export is described, anything else kept as written. */
export function handlingReasonText(action: string, reason: string | null, style: EraStyle = 'wareki'): string {
  if (!reason) return '';
  if (action === 'handling_record.export' && reason.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(reason);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return describeHandlingFilter(parsed as Record<string, unknown>, style);
    } catch {
      // not JSON after all: shown as written
    }
  }
  return reason;
}

export interface HandlingReportRow {
  /** ISO instant. */
  occurredAt: string;
  userName: string | null;
  organizationName: string | null;
  role: string | null;
  action: string;
  resourceType: string | null;
  /** The target in words, resolved by the API (受付番号, the report's name, a person's name…), or null. */
  target: string | null;
  programTitle: string | null;
  reason: string | null;
}

export const HANDLING_REPORT_HEADERS = ['日時', '利用者', '組織', '役割', '操作', '対象の種類', '対象', '事業', '理由・内容'] as const;

export function shapeHandlingRecordReport(input: {
  /** Whose record it is: the city's office (担当課) or the vendor (受託者). */
  holder: { label: '担当課' | '受託者'; name: string };
  /** The period asked for; open ends are filled from the rows (or today). */
  from: DateKey | null;
  to: DateKey | null;
  createdOn: DateKey;
  eraStyle: EraStyle;
  rows: readonly HandlingReportRow[];
  /** The other conditions of the export, in words. */
  conditions?: string;
}): WorkbookSpec {
  const style = input.eraStyle;
  const first = input.rows[0]?.occurredAt;
  const from = input.from ?? (first ? jstDateKey(new Date(first)) : input.createdOn);
  const to = input.to ?? input.createdOn;
  const sheet = new SheetBuilder(
    '取扱状況報告',
    {
      title: '個人情報の取扱状況報告（取扱記録）',
      meta: [
        [input.holder.label, input.holder.name],
        ['対象期間', formatPeriod(from, to, style)],
        ['件数', `${input.rows.length}件`],
        ...(input.conditions ? [['抽出条件', input.conditions] as [string, string]] : []),
        ['作成日', jaDate(input.createdOn, style)],
      ],
    },
    { orientation: 'landscape' },
  );
  sheet.note('個人情報取扱特記事項第15に基づき、本業務における個人情報の取扱いの状況を、下記のとおり報告します。');
  sheet.table({
    freeze: true,
    columns: [
      { header: HANDLING_REPORT_HEADERS[0], kind: 'text', width: 24 },
      { header: HANDLING_REPORT_HEADERS[1], kind: 'text', width: 14 },
      { header: HANDLING_REPORT_HEADERS[2], kind: 'text', width: 20 },
      { header: HANDLING_REPORT_HEADERS[3], kind: 'text', width: 16 },
      { header: HANDLING_REPORT_HEADERS[4], kind: 'text', width: 26 },
      { header: HANDLING_REPORT_HEADERS[5], kind: 'text', width: 14 },
      { header: HANDLING_REPORT_HEADERS[6], kind: 'text', width: 30 },
      { header: HANDLING_REPORT_HEADERS[7], kind: 'text', width: 24 },
      { header: HANDLING_REPORT_HEADERS[8], kind: 'text', width: 34 },
    ],
    rows: input.rows.map((r) => [
      jaDateTime(r.occurredAt, style),
      r.userName ?? '',
      r.organizationName ?? '',
      r.role ? (ROLE_LABELS_JA[r.role as Role] ?? '') : '',
      handlingActionLabel(r.action),
      handlingTargetTypeLabel(r.resourceType),
      r.target ?? '',
      r.programTitle ?? '',
      handlingReasonText(r.action, r.reason, style),
    ]),
  });
  return { sheets: [sheet.build()] };
}
