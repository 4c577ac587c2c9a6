import { z } from 'zod';
import { BOOKING_STATUS_LABELS_JA } from '../bookings/booking-api.schema.js';
import { CALLER_RELATION_LABELS } from '../bookings/intake.js';
import { halfLabel } from '../bookings/slots.js';
import { CALL_CATEGORY_LABELS_JA, CALL_DIRECTION_LABELS_JA, CALL_OUTCOME_LABELS_JA } from '../calls/call.schema.js';
import type { DateKey } from '../common/dates.js';
import { DAILY_REPORT_STATUS_LABELS_JA } from '../daily-reports/report-workflow.js';
import { BOOKING_KIND_LABELS_JA } from '../personal-data/deletion-ledger.js';
import { SESSION_COUNT_FIELDS, SESSION_COUNT_LABELS_JA, SESSION_STATUS_LABELS_JA } from '../sessions/session.schema.js';
import { APPLICATION_METHOD_LABELS_JA, SERVICE_KIND_LABELS_JA } from './labels.js';
import { reportFilename } from './report-params.js';

/**
 * 全件データ: every session, call, reservation, daily report and the photo statistics of one program, or of every
 * program the person serves (a city: its municipality's; a vendor: its organization's), one sheet (or one CSV file)
 * per kind. **No personal data**: no names, addresses, phone numbers, birth dates and no free text (notes, reasons,
 * problems, places — any of them may hold a name or an address); only dates, kinds, statuses, counts and districts.
 * The reservation's caller relation (本人, 同居の家族 …) is a kind, not a person. The API reads raw rows through each
 * table's owner and hands them to the functions below; the writer (exceljs, or the CSV zip) never sees anything else.
 */

export const fullDataFormatSchema = z.enum(['xlsx', 'csv'], { message: '形式は xlsx か csv を指定してください' });
export type FullDataFormat = z.infer<typeof fullDataFormatSchema>;

/** Parameters of a 全件データ job: the format, and (for the job outside a program) nothing else. */
export const fullDataParamsSchema = z.object({ format: fullDataFormatSchema.default('xlsx') });
export type FullDataParams = z.output<typeof fullDataParamsSchema>;

export const FULL_DATA_FORMAT_LABELS_JA: Record<FullDataFormat, string> = { xlsx: 'Excel（.xlsx）', csv: 'CSV（.zip）' };

export type FullDataCell = string | number | null;
export type FullDataSheetKey = 'sessions' | 'calls' | 'bookings' | 'daily-reports' | 'photo-stats';

export interface FullDataColumn {
  header: string;
  width: number;
}

export interface FullDataSheet {
  key: FullDataSheetKey;
  /** Sheet name, and the CSV file's name inside the zip (name + .csv). */
  name: string;
  columns: FullDataColumn[];
}

/** The program a row belongs to, as its first two columns. */
export interface FullDataProgram {
  municipality: string;
  title: string;
}

const PROGRAM_COLUMNS: FullDataColumn[] = [
  { header: '市区町村', width: 12 },
  { header: '事業名', width: 36 },
];

export const FULL_DATA_SHEETS: readonly FullDataSheet[] = [
  {
    key: 'sessions',
    name: '実施記録',
    columns: [
      ...PROGRAM_COLUMNS,
      { header: '実施日', width: 11 },
      { header: '開始', width: 6 },
      { header: '終了', width: 6 },
      { header: '種別', width: 14 },
      { header: '方式', width: 14 },
      { header: '状況', width: 9 },
      { header: '市職員同席', width: 8 },
      ...SESSION_COUNT_FIELDS.map((f) => ({ header: SESSION_COUNT_LABELS_JA[f], width: 8 })),
    ],
  },
  {
    key: 'calls',
    name: '受電記録',
    columns: [
      ...PROGRAM_COLUMNS,
      { header: '受付日', width: 11 },
      { header: '時刻', width: 7 },
      { header: '受発信', width: 7 },
      { header: '分類', width: 16 },
      { header: '結果', width: 12 },
      { header: '件数', width: 6 },
      { header: '通話分数', width: 8 },
      { header: '時間外', width: 7 },
      { header: '遅延登録', width: 8 },
    ],
  },
  {
    key: 'bookings',
    name: '予約',
    columns: [
      ...PROGRAM_COLUMNS,
      { header: '受付番号', width: 8 },
      { header: '種別', width: 14 },
      { header: '状況', width: 9 },
      { header: '受付日', width: 11 },
      { header: '訪問日', width: 11 },
      { header: '午前・午後', width: 8 },
      { header: '地区', width: 14 },
      { header: '申請者数', width: 8 },
      { header: '申請予定件数', width: 10 },
      { header: '電話をかけた方', width: 16 },
      { header: '訪問完了日', width: 11 },
    ],
  },
  {
    key: 'daily-reports',
    name: '日次報告',
    columns: [
      ...PROGRAM_COLUMNS,
      { header: '日付', width: 11 },
      { header: '状況', width: 12 },
      { header: '提出日時', width: 16 },
      { header: '確認日時', width: 16 },
    ],
  },
  {
    key: 'photo-stats',
    name: '活動写真統計',
    columns: [
      ...PROGRAM_COLUMNS,
      { header: '日付', width: 11 },
      { header: '写真枚数', width: 8 },
      { header: '確認待ち', width: 8 },
      { header: '承認', width: 8 },
      { header: '差し戻し', width: 8 },
      { header: '合計サイズ（KB）', width: 12 },
    ],
  },
];

/** Every heading of the export, for the test that no personal-data column slipped in. */
export const FULL_DATA_HEADERS: readonly string[] = FULL_DATA_SHEETS.flatMap((s) => s.columns.map((c) => c.header));

/** Instants arrive as ISO strings (UTC); the sheets show them in JST. */
function jst(iso: string | null): { date: string; time: string } | null {
  if (!iso) return null;
  const t = new Date(Date.parse(iso) + 9 * 3600_000).toISOString();
  return { date: t.slice(0, 10), time: t.slice(11, 16) };
}
const jstDateTime = (iso: string | null) => {
  const t = jst(iso);
  return t ? `${t.date} ${t.time}` : null;
};
const mark = (b: boolean) => (b ? '○' : null);
const label = <K extends string>(labels: Record<K, string>, v: string | null) => (v === null ? null : (labels[v as K] ?? v));

export interface FullDataSessionRow {
  date: DateKey;
  startTime: string | null;
  endTime: string | null;
  serviceKind: string;
  method: string;
  status: string;
  cityStaffPresent: boolean;
  counts: Record<(typeof SESSION_COUNT_FIELDS)[number], number>;
}

export function fullDataSessionCells(p: FullDataProgram, r: FullDataSessionRow): FullDataCell[] {
  return [
    p.municipality,
    p.title,
    r.date,
    r.startTime,
    r.endTime,
    label(SERVICE_KIND_LABELS_JA, r.serviceKind),
    label(APPLICATION_METHOD_LABELS_JA, r.method),
    label(SESSION_STATUS_LABELS_JA, r.status),
    mark(r.cityStaffPresent),
    ...SESSION_COUNT_FIELDS.map((f) => r.counts[f]),
  ];
}

export interface FullDataCallRow {
  date: DateKey;
  receivedAt: string;
  direction: string;
  category: string;
  outcome: string | null;
  count: number;
  durationMinutes: number | null;
  outsideHours: boolean;
  late: boolean;
}

export function fullDataCallCells(p: FullDataProgram, r: FullDataCallRow): FullDataCell[] {
  return [
    p.municipality,
    p.title,
    r.date,
    jst(r.receivedAt)?.time ?? null,
    label(CALL_DIRECTION_LABELS_JA, r.direction),
    label(CALL_CATEGORY_LABELS_JA, r.category),
    label(CALL_OUTCOME_LABELS_JA, r.outcome),
    r.count,
    r.durationMinutes,
    mark(r.outsideHours),
    mark(r.late),
  ];
}

export interface FullDataBookingRow {
  receptionNumber: number;
  kind: string;
  status: string;
  receivedDate: DateKey;
  visitDate: DateKey | null;
  half: string | null;
  district: string | null;
  applicants: number;
  plannedApplications: number;
  callerRelation: string | null;
  visitFinishedDate: DateKey | null;
}

const HALF_LABELS_JA: Record<string, string> = { am: halfLabel('am'), pm: halfLabel('pm') };

export function fullDataBookingCells(p: FullDataProgram, r: FullDataBookingRow): FullDataCell[] {
  return [
    p.municipality,
    p.title,
    r.receptionNumber,
    label(BOOKING_KIND_LABELS_JA, r.kind),
    label(BOOKING_STATUS_LABELS_JA, r.status),
    r.receivedDate,
    r.visitDate,
    label(HALF_LABELS_JA, r.half),
    r.district,
    r.applicants,
    r.plannedApplications,
    label(CALLER_RELATION_LABELS, r.callerRelation),
    r.visitFinishedDate,
  ];
}

export interface FullDataDailyReportRow {
  date: DateKey;
  status: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

export function fullDataDailyReportCells(p: FullDataProgram, r: FullDataDailyReportRow): FullDataCell[] {
  return [p.municipality, p.title, r.date, label(DAILY_REPORT_STATUS_LABELS_JA, r.status), jstDateTime(r.submittedAt), jstDateTime(r.decidedAt)];
}

/** The activity photos of one daily report, counted (the photos themselves are not exported). */
export interface FullDataPhotoStatRow {
  date: DateKey;
  photos: number;
  pending: number;
  approved: number;
  rejected: number;
  bytes: number;
}

export function fullDataPhotoStatCells(p: FullDataProgram, r: FullDataPhotoStatRow): FullDataCell[] {
  return [p.municipality, p.title, r.date, r.photos, r.pending, r.approved, r.rejected, Math.round(r.bytes / 1024)];
}

/**
 * One CSV line: fields with a comma, a quote or a line break are quoted (quotes doubled), as RFC 4180 and Excel
 * read them; lines end with CRLF.
 */
export function csvLine(cells: readonly FullDataCell[]): string {
  return `${cells.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}

/** 小樽市_全件データ_2026年12月5日.xlsx (or .zip for the CSV files). */
export function fullDataFilename(scopeName: string, asOf: DateKey, format: FullDataFormat): string {
  const name = reportFilename(scopeName, 'full-data', { date: asOf });
  return format === 'csv' ? name.replace(/\.xlsx$/, '.zip') : name;
}
