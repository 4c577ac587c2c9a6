import { type ReceptionListRow, reservationsIn } from '../bookings/booking-api.schema.js';
import { type ReportContext, reportMeta } from './figures.js';
import { SheetBuilder, type WorkbookSpec } from './sheet.js';
import { jaDate } from './tables.js';

/**
 * 受付一覧表 (Otaru §8(2)キ): one row per home reservation — numbers and dates only, so the list outlives the
 * personal data and shows when it was deleted.
 */
export const RECEPTION_LIST_HEADERS = ['受付番号', '受付日', '訪問日', '申請予定件数', '市への共有日', '訪問完了日', '個人情報削除日'] as const;

export function shapeReceptionList(input: { context: ReportContext; asOf: string; rows: readonly ReceptionListRow[] }): WorkbookSpec {
  const style = input.context.eraStyle;
  const date = (d: string | null) => (d ? jaDate(d, style) : '');
  const sheet = new SheetBuilder('受付一覧表', { title: '受付一覧表（個人宅訪問）', meta: reportMeta(input.context, { label: '現在', value: jaDate(input.asOf, style) }) });
  sheet.table({
    freeze: true,
    columns: [
      { header: RECEPTION_LIST_HEADERS[0], kind: 'int' },
      { header: RECEPTION_LIST_HEADERS[1], kind: 'text', width: 18 },
      { header: RECEPTION_LIST_HEADERS[2], kind: 'text', width: 18 },
      { header: RECEPTION_LIST_HEADERS[3], kind: 'int', total: 'sum' },
      { header: RECEPTION_LIST_HEADERS[4], kind: 'text', width: 18 },
      { header: RECEPTION_LIST_HEADERS[5], kind: 'text', width: 18 },
      { header: RECEPTION_LIST_HEADERS[6], kind: 'text', width: 18 },
    ],
    rows: input.rows.map((r) => [r.receptionNumber, date(r.receivedDate), date(r.visitDate), r.plannedApplications, date(r.sharedWithCityDate), date(r.visitFinishedDate), date(r.personalDataDeletedDate)]),
    totalLabel: '合計',
  });
  // The reservations as the dashboard and the targets count them (docs/metrics.md): every row above but the cancellations.
  sheet.note(`予約件数（キャンセルを除く）：${reservationsIn(input.rows, '0000-01-01', input.asOf)}件（受付${input.rows.length}件）`);
  sheet.note('※氏名・住所等の個人情報は、訪問完了後に市へ共有された時点で削除し、削除日を記録しています。');
  return { sheets: [sheet.build()] };
}
