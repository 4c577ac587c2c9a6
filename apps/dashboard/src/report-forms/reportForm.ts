import type { PeriodReportKind, ReportFormBody, ReportFormView, ReportSheetKey } from '@outreach/domain/reports';
import { REPORT_SHEET_LABELS, reportSheetKeys } from '@outreach/domain/reports';

/**
 * The logic of the 様式 editor (issue 20 item 4), tested without a browser: every sheet the kind has, the chosen
 * ones first in their order with a tick, the others after them in the usual order; moved up or down, ticked or not.
 */
export interface SheetRow {
  key: ReportSheetKey;
  label: string;
  included: boolean;
}

export interface ReportFormDraft {
  kind: PeriodReportKind;
  rows: SheetRow[];
  eraStyle: 'wareki' | 'seireki';
  title: string;
  documentNumber: string;
}

export function draftOf(view: ReportFormView): ReportFormDraft {
  const labels = REPORT_SHEET_LABELS[view.kind];
  const chosen = view.sheets.filter((k) => Object.hasOwn(labels, k));
  const rest = reportSheetKeys(view.kind).filter((k) => !chosen.includes(k));
  return {
    kind: view.kind,
    rows: [...chosen.map((key) => ({ key, label: labels[key], included: true })), ...rest.map((key) => ({ key, label: labels[key], included: false }))],
    eraStyle: view.eraStyle,
    title: view.title ?? '',
    documentNumber: view.documentNumber ?? '',
  };
}

/** The row at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveSheet(draft: ReportFormDraft, index: number, delta: -1 | 1): ReportFormDraft {
  const to = index + delta;
  if (index < 0 || index >= draft.rows.length || to < 0 || to >= draft.rows.length) return draft;
  const rows = [...draft.rows];
  [rows[index], rows[to]] = [rows[to], rows[index]];
  return { ...draft, rows };
}

export function toggleSheet(draft: ReportFormDraft, key: ReportSheetKey): ReportFormDraft {
  return { ...draft, rows: draft.rows.map((r) => (r.key === key ? { ...r, included: !r.included } : r)) };
}

/** What PUT report-forms receives: the ticked sheets in their order; the API checks the rest and answers per field. */
export function toBody(draft: ReportFormDraft): ReportFormBody {
  return {
    kind: draft.kind,
    sheets: draft.rows.filter((r) => r.included).map((r) => r.key),
    eraStyle: draft.eraStyle,
    title: draft.title.trim() || null,
    documentNumber: draft.documentNumber.trim() || null,
  };
}
