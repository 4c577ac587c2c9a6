import { CALL_CATEGORIES, callBulkInputSchema, type CallBulkInput, type CallCategory } from '@outreach/domain/calls';
import { issuesToFieldErrors } from '@outreach/domain/common';

/*
 * Conversions between the API's shapes and the call forms' inputs, pure so they are tested without a browser.
 * Times are Japan time whatever the browser's time zone: the call center and the city are in Japan.
 */

/** The bulk form's values: a date and one count per category (a number input gives null when left empty). */
export interface BulkFormValues {
  date?: string | null;
  counts?: Partial<Record<CallCategory, number | string | null>>;
}

/** POST /api/calls/bulk's body without the program: every category, an empty count as 0 (the day is replaced whole). */
export function bulkBody(values: BulkFormValues): CallBulkInput {
  return {
    date: values.date ?? '',
    counts: CALL_CATEGORIES.map((category) => {
      const raw = values.counts?.[category];
      return { category, count: raw === null || raw === undefined || raw === '' ? 0 : Number(raw) };
    }),
  };
}

/** The total of the bulk form, for the "N calls in all" line. */
export function bulkTotal(values: BulkFormValues): number {
  return bulkBody(values).counts.reduce((sum, row) => sum + (Number.isFinite(row.count) ? row.count : 0), 0);
}

type NestedErrors = { [field: string]: string | NestedErrors };

/**
 * Field errors keyed as the API and the shared schema give them (`counts.2.count`, `date`) placed on the form's
 * inputs (`counts.question_card_general`), nested as react-admin's validate wants them.
 */
export function bulkFieldErrors(errors: Record<string, string>): NestedErrors {
  const out: NestedErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const row = /^counts\.(\d+)(?:\.|$)/.exec(path);
    const category = row ? CALL_CATEGORIES[Number(row[1])] : undefined;
    if (category) {
      const counts = (out.counts ??= {}) as NestedErrors;
      counts[category] ??= message;
    } else if (path === 'counts') {
      out._counts ??= message;
    } else {
      out[path] ??= message;
    }
  }
  return out;
}

/** The bulk form's validate, from the shared schema. */
export function validateBulk(values: BulkFormValues): NestedErrors {
  const result = callBulkInputSchema.safeParse(bulkBody(values));
  return result.success ? {} : bulkFieldErrors(issuesToFieldErrors(result.error.issues));
}

/** 12分; nothing for a call without a recorded duration. */
export function formatMinutes(minutes: number | null | undefined): string {
  return typeof minutes === 'number' ? `${minutes}分` : '';
}

/**
 * The edit form's values as PUT /api/calls/:id takes them: empty optional fields (null from the API or from an
 * emptied input) are left out, and only the fields the shared schema knows are sent.
 */
export function callInputOf(values: object): Record<string, unknown> {
  const source = values as Partial<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key of ['receivedAt', 'direction', 'category', 'outcome', 'durationMinutes', 'note']) {
    const value = source[key];
    if (value === null || value === undefined || (key === 'note' && typeof value === 'string' && value.trim() === '')) continue;
    out[key] = value;
  }
  return out;
}
