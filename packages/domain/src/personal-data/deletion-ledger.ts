import { PERSONAL_DATA_DELETION_RULES_JA, type PersonalDataDeletionRow, type PersonalDataDeletionRule } from '../bookings/booking-api.schema.js';
import { APPLICATION_TYPE_LABELS, type ApplicationType } from '../sessions/application-type.js';
import { type ReportContext, reportMeta } from '../reports/figures.js';
import { SheetBuilder, type WorkbookSpec } from '../reports/sheet.js';
import { jaDate, jaDateTime } from '../reports/tables.js';

/**
 * 個人情報削除記録 (the deletion ledger, issue 14 item 2): each reservation whose personal data was deleted —
 * what (reception number, kind, dates), when, by whom or by the sweep, on which rule. The screen and the Excel
 * download say the same words. The Excel download also lists the register's deletions (issue 19): each
 * application whose personal fields — and face photo, where one was attached — were deleted, the kind of record
 * in the first column.
 */

/** A ledger row with the name of the person who deleted it (null: the sweep, or a user no longer known). */
export interface DeletionLedgerEntry extends PersonalDataDeletionRow {
  deletedByName: string | null;
}

/**
 * An application (申請記録) whose personal fields were deleted: after its hand-over and the follow-up period, or at the
 * contract's closing; `facePhoto` when its face photo was deleted with them.
 */
export interface ApplicationDeletionEntry {
  applicationId: string;
  /** The day it was taken. */
  date: string;
  applicationType: ApplicationType | string;
  handedOverDate: string | null;
  facePhoto: boolean;
  deletedAt: string;
  /** The user who deleted it (the contract's closing), or null when the purge did. */
  deletedBy: string | null;
  deletedByName: string | null;
  rule: PersonalDataDeletionRule | null;
  ruleLabel: string;
}

/** A stored deletion rule and its words: 記録なし for deletions made before the ledger kept the rule. */
export function deletionRuleOf(stored: string | null): { rule: PersonalDataDeletionRule | null; ruleLabel: string } {
  const rule = (stored as PersonalDataDeletionRule | null) ?? null;
  return { rule, ruleLabel: rule ? PERSONAL_DATA_DELETION_RULES_JA[rule] : '記録なし' };
}

/** The kind of record a ledger row is about (the Excel's first column). */
export const LEDGER_RECORD_LABELS_JA = { booking: '予約（受付票）', application: '申請記録', applicationWithPhoto: '申請記録・顔写真' } as const;

export const BOOKING_KIND_LABELS_JA: Record<string, string> = { home: '個人宅訪問', facility: '福祉施設訪問' };

/** Who deleted: the sweep (利用目的の終了による自動削除) when no person did. */
export const SWEEP_LABEL_JA = '自動削除（定期処理）';

export function deletedByLabel(row: Pick<DeletionLedgerEntry, 'deletedBy' | 'deletedByName'>): string {
  if (!row.deletedBy) return SWEEP_LABEL_JA;
  return row.deletedByName ?? '（登録のない利用者）';
}

export const DELETION_LEDGER_TITLE = '個人情報削除記録';
export const DELETION_LEDGER_HEADERS = ['記録', '受付番号', '種別', '訪問日・申請日', '訪問完了日', '市への共有・引渡し日', '削除日時', '削除した者', '削除の根拠'] as const;

/**
 * The ledger as one sheet: the reservations' and the applications' deletions together, newest first; the period line
 * says "as of".
 */
export function shapeDeletionLedger(input: { context: ReportContext; asOf: string; rows: readonly DeletionLedgerEntry[]; applications?: readonly ApplicationDeletionEntry[] }): WorkbookSpec {
  const style = input.context.eraStyle;
  const date = (d: string | null) => (d ? jaDate(d, style) : '');
  const sheet = new SheetBuilder(DELETION_LEDGER_TITLE, { title: DELETION_LEDGER_TITLE, meta: reportMeta(input.context, { label: '現在', value: jaDate(input.asOf, style) }) }, { orientation: 'landscape' });
  const [record, number, kind, visit, finished, shared, deletedAt, by, rule] = DELETION_LEDGER_HEADERS;
  type Line = { at: string; cells: Array<string | number | null> };
  const lines: Line[] = [
    ...input.rows.map((r) => ({
      at: r.deletedAt,
      cells: [LEDGER_RECORD_LABELS_JA.booking, r.receptionNumber, BOOKING_KIND_LABELS_JA[r.kind] ?? r.kind, date(r.visitDate), date(r.visitFinishedDate), date(r.sharedWithCityDate), jaDateTime(r.deletedAt, style), deletedByLabel(r), r.ruleLabel],
    })),
    ...(input.applications ?? []).map((a) => ({
      at: a.deletedAt,
      cells: [
        a.facePhoto ? LEDGER_RECORD_LABELS_JA.applicationWithPhoto : LEDGER_RECORD_LABELS_JA.application,
        null,
        APPLICATION_TYPE_LABELS[a.applicationType as ApplicationType] ?? a.applicationType,
        date(a.date),
        '',
        date(a.handedOverDate),
        jaDateTime(a.deletedAt, style),
        deletedByLabel(a),
        a.ruleLabel,
      ],
    })),
  ];
  // Newest first; a stable sort keeps each source's own order among equal instants.
  lines.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
  sheet.table({
    freeze: true,
    columns: [
      { header: record, width: 16 },
      { header: number, kind: 'int' },
      { header: kind, width: 14 },
      { header: visit, width: 18 },
      { header: finished, width: 18 },
      { header: shared, width: 18 },
      { header: deletedAt, width: 24 },
      { header: by, width: 22 },
      { header: rule, width: 30 },
    ],
    rows: lines.map((l) => l.cells),
  });
  sheet.note(
    `削除件数 ${lines.length}件`,
    '※削除した個人情報（申請記録の顔写真を含む）は、予約・申請記録ごとの暗号鍵を破棄しており、データベースやバックアップからも復元できません。',
    '※受付番号・日付は個人情報を含まないため、削除後も受付一覧表とこの記録に残ります。',
  );
  return { sheets: [sheet.build()] };
}
