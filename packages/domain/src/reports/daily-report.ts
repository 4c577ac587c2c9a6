import type { DateKey } from '../common/dates.js';
import { weekday } from '../common/dates.js';
import { formatJapaneseDate } from '../common/wareki.js';
import { DAILY_REPORT_STATUS_LABELS_JA, type DailyReportStatus } from '../daily-reports/report-workflow.js';
import { heldSessionsIn, type ReportContext, reportMeta, type ReportSession } from './figures.js';
import { labelOf, PHOTO_REVIEW_LABELS_JA, weekdayLabel } from './labels.js';
import { SheetBuilder, type SheetSpec, uniqueSheetNames, type WorkbookSpec } from './sheet.js';
import { dailyNotesTable, dailyPhotosTable, dailySessionsTable, jaDateTime } from './tables.js';

/** 日次報告書: the day's held sessions with their counts, photo statistics, notes, and the activity photos. */

/** Photos are embedded as thumbnails up to this many; above it the sheet lists their captions only. */
export const MAX_EMBEDDED_PHOTOS = 20;
/** The box a thumbnail is fitted into on the sheet, in pixels. */
export const PHOTO_BOX = { width: 240, height: 160 };

export interface DailyReportPhoto {
  id: string;
  caption: string | null;
  confirmedNoPersonalData: boolean;
  reviewStatus: string;
  width: number;
  height: number;
}

export interface DailyReportInput {
  context: ReportContext;
  date: DateKey;
  status: DailyReportStatus;
  submittedAt: string | null;
  dueAt: string;
  sessions: readonly ReportSession[];
  specialNotes: string | null;
  photos: readonly DailyReportPhoto[];
}

export const DAILY_REPORT_SHEETS = ['日次報告書', '活動写真'] as const;

/** Whether the day's photos go into the workbook as pictures (a small report) or as captions only. */
export function embedsPhotos(count: number): boolean {
  return count > 0 && count <= MAX_EMBEDDED_PHOTOS;
}

/** A picture's size fitted into the box, keeping its proportions. */
export function fitInto(width: number, height: number, box = PHOTO_BOX): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { ...box };
  const scale = Math.min(box.width / width, box.height / height, 1);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function shapeDailyReport(input: DailyReportInput): WorkbookSpec {
  const { context: ctx, date } = input;
  const style = ctx.eraStyle;
  const names = uniqueSheetNames(DAILY_REPORT_SHEETS);
  const held = heldSessionsIn(input.sessions, date, date);
  const day = `${formatJapaneseDate(date, style)}（${weekdayLabel(weekday(date))}）`;
  const status = `${DAILY_REPORT_STATUS_LABELS_JA[input.status]}${input.submittedAt ? `（提出 ${jaDateTime(input.submittedAt, style)}）` : `（提出期限 ${jaDateTime(input.dueAt, style)}）`}`;
  const meta = [...reportMeta(ctx, { label: '実施日', value: day }), ['報告の状況', status] as [string, string]];

  const main = new SheetBuilder(names[0], { title: `日次報告書（${formatJapaneseDate(date, style)}）`, meta }, { orientation: 'landscape' });
  main.table(dailySessionsTable(held));
  main.table(dailyPhotosTable(held));
  main.table(dailyNotesTable(held));
  main.table({ heading: '特記事項', span: true, columns: [{ header: '特記事項' }], rows: input.specialNotes?.trim() ? [[input.specialNotes]] : [] });

  return { sheets: [main.build(), photoSheet(names[1], input, meta)] };
}

function photoSheet(name: string, input: DailyReportInput, meta: Array<[string, string]>): SheetSpec {
  const embed = embedsPhotos(input.photos.length);
  const sheet = new SheetBuilder(name, { title: '実施状況がわかる写真', meta }, { orientation: 'portrait' });
  const rowHeight = embed ? Math.ceil(PHOTO_BOX.height * 0.75) + 8 : undefined; // points: 0.75 pt per pixel
  const placed = sheet.table({
    freeze: true,
    columns: [
      { header: 'No', width: 5 },
      { header: '説明', width: 36 },
      { header: '申請者の顔や個人情報が判別できないことの確認', width: 22 },
      { header: '市の確認', width: 12 },
      { header: '写真', width: embed ? 36 : 10 },
    ],
    rows: input.photos.map((p, i) => [i + 1, p.caption ?? '', p.confirmedNoPersonalData ? '確認済み' : '未確認', labelOf(PHOTO_REVIEW_LABELS_JA, p.reviewStatus), embed ? '' : '（埋め込みなし）']),
    rowHeight,
  });
  if (embed) {
    input.photos.forEach((p, i) => sheet.image({ key: p.id, row: placed.firstDataRow + i, col: 5, ...fitInto(p.width, p.height) }));
  } else if (input.photos.length > 0) {
    sheet.note(`※写真が${input.photos.length}枚あるため、画像は埋め込んでいません（${MAX_EMBEDDED_PHOTOS}枚まで埋め込みます）。画像は画面でご確認ください。`);
  } else {
    sheet.note('この日の写真はありません。');
  }
  return sheet.build();
}
