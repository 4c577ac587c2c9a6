import { type DateKey } from '@outreach/domain/common';
import { BOOKING_KIND_LABELS_JA, type DeletionLedgerEntry, deletedByLabel } from '@outreach/domain/personal-data';
import { formatDateTime, formatOfficialDate } from '../common/dates';

/** One ledger row in the words the screen shows (the Excel download says the same, from the domain). */
export interface LedgerLine {
  id: string;
  receptionNumber: number;
  kind: string;
  visitDate: string;
  visitFinishedDate: string;
  sharedWithCityDate: string;
  deletedAt: string;
  deletedBy: string;
  rule: string;
}

const date = (key: DateKey | null) => (key ? formatOfficialDate(key) : '—');

export function ledgerLine(row: DeletionLedgerEntry): LedgerLine {
  return {
    id: row.bookingId,
    receptionNumber: row.receptionNumber,
    kind: BOOKING_KIND_LABELS_JA[row.kind] ?? row.kind,
    visitDate: date(row.visitDate),
    visitFinishedDate: date(row.visitFinishedDate),
    sharedWithCityDate: date(row.sharedWithCityDate),
    deletedAt: formatDateTime(row.deletedAt),
    deletedBy: deletedByLabel(row),
    rule: row.ruleLabel,
  };
}

/** The columns in order, as keys of resources.personal-data-deletions.fields. */
export const LEDGER_COLUMNS = ['receptionNumber', 'kind', 'visitDate', 'visitFinishedDate', 'sharedWithCityDate', 'deletedAt', 'deletedBy', 'rule'] as const satisfies ReadonlyArray<keyof LedgerLine>;
