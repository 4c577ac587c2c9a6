import type { PersonalDataDeletionRow } from '../bookings/booking-api.schema.js';
import { type ReportContext, reportMeta } from '../reports/figures.js';
import { SheetBuilder, type WorkbookSpec } from '../reports/sheet.js';
import { jaDate, jaDateTime } from '../reports/tables.js';

/**
 * 個人情報削除記録 (the deletion ledger, issue 14 item 2): each reservation whose personal data was deleted —
 * what (reception number, kind, dates), when, by whom or by the sweep, on which rule. The screen and the Excel
 * download say the same words.
 */

/** A ledger row with the name of the person who deleted it (null: the sweep, or a user no longer known). */
export interface DeletionLedgerEntry extends PersonalDataDeletionRow {
  deletedByName: string | null;
}

export const BOOKING_KIND_LABELS_JA: Record<string, string> = { home: '個人宅訪問', facility: '福祉施設訪問' };

/** Who deleted: the sweep (利用目的の終了による自動削除) when no person did. */
export const SWEEP_LABEL_JA = '自動削除（定期処理）';

export function deletedByLabel(row: Pick<DeletionLedgerEntry, 'deletedBy' | 'deletedByName'>): string {
  if (!row.deletedBy) return SWEEP_LABEL_JA;
  return row.deletedByName ?? '（登録のない利用者）';
}

export const DELETION_LEDGER_TITLE = '個人情報削除記録';
export const DELETION_LEDGER_HEADERS = ['受付番号', '種別', '訪問日', '訪問完了日', '市への共有日', '削除日時', '削除した者', '削除の根拠'] as const;

/** The ledger as one sheet, newest first as the rows come; the period line says "as of". */
export function shapeDeletionLedger(input: { context: ReportContext; asOf: string; rows: readonly DeletionLedgerEntry[] }): WorkbookSpec {
  const style = input.context.eraStyle;
  const date = (d: string | null) => (d ? jaDate(d, style) : '');
  const sheet = new SheetBuilder(DELETION_LEDGER_TITLE, { title: DELETION_LEDGER_TITLE, meta: reportMeta(input.context, { label: '現在', value: jaDate(input.asOf, style) }) }, { orientation: 'landscape' });
  const [number, kind, visit, finished, shared, deletedAt, by, rule] = DELETION_LEDGER_HEADERS;
  sheet.table({
    freeze: true,
    columns: [
      { header: number, kind: 'int' },
      { header: kind, width: 14 },
      { header: visit, width: 18 },
      { header: finished, width: 18 },
      { header: shared, width: 18 },
      { header: deletedAt, width: 24 },
      { header: by, width: 22 },
      { header: rule, width: 30 },
    ],
    rows: input.rows.map((r) => [
      r.receptionNumber,
      BOOKING_KIND_LABELS_JA[r.kind] ?? r.kind,
      date(r.visitDate),
      date(r.visitFinishedDate),
      date(r.sharedWithCityDate),
      jaDateTime(r.deletedAt, style),
      deletedByLabel(r),
      r.ruleLabel,
    ]),
  });
  sheet.note(
    `削除件数 ${input.rows.length}件`,
    '※削除した個人情報は、予約ごとの暗号鍵を破棄しており、データベースやバックアップからも復元できません。',
    '※受付番号・日付は個人情報を含まないため、削除後も受付一覧表とこの記録に残ります。',
  );
  return { sheets: [sheet.build()] };
}
