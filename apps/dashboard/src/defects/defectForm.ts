import { issuesToFieldErrors } from '@outreach/domain/common';
import type { ApplicationView } from '@outreach/domain/applications';
import { contactMethodSchema, contactResultSchema, defectCategorySchema, defectFoundBySchema, defectInputSchema } from '@outreach/domain/follow-ups';

import { type NestedErrors, nestErrors } from '../common/validate';

/*
 * Conversions between the API's defect and the form's inputs, pure so they are tested without a browser.
 * Contact times are Japan time whatever the browser's time zone.
 */

/** Choices whose names are translation keys (react-admin translates choice names). */
export const categoryChoices = defectCategorySchema.options.map((id) => ({ id, name: `app.defects.categories.${id}` }));
export const methodChoices = contactMethodSchema.options.map((id) => ({ id, name: `app.defects.methods.${id}` }));
export const foundByChoices = defectFoundBySchema.options.map((id) => ({ id, name: `app.defects.foundBy.${id}` }));
export const resultChoices = contactResultSchema.options.map((id) => ({ id, name: `app.defects.results.${id}` }));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The defect body the API takes from the form's values (a record carries nulls and fields the API does not take). */
export function defectInputOf(values: Record<string, unknown>): Record<string, unknown> {
  const attempts = Array.isArray(values.attempts) ? (values.attempts as Array<Record<string, unknown> | null>) : [];
  const body: Record<string, unknown> = {
    sessionId: text(values.sessionId),
    applicationId: text(values.applicationId),
    foundBy: text(values.foundBy),
    receivedDate: values.receivedDate ?? '',
    category: values.category,
    description: values.description ?? '',
    attempts: attempts.filter((a) => a !== null && a !== undefined).map((a) => ({ at: a.at ?? '', method: a.method, result: a.result })),
    resolvedDate: text(values.resolvedDate),
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** The latest contact attempt, or undefined. */
export function lastAttempt<T extends { at: string }>(attempts: readonly T[] | null | undefined): T | undefined {
  return [...(attempts ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}

/** The defect form's validate: the shared schema's messages on the body the API would get. */
export function validateDefect(values: Record<string, unknown>): NestedErrors {
  const parsed = defectInputSchema.safeParse(defectInputOf(values));
  return parsed.success ? {} : nestErrors(issuesToFieldErrors(parsed.error.issues));
}

/** A search result as one line: name (kana), the last digits of its 申請書ID to tell two of the same name apart. */
export function applicationLine(a: Pick<ApplicationView, 'personal'>): string {
  const p = a.personal;
  if (!p) return '—';
  return `${p.name}（${p.kana}）\u3000申請書ID …${p.applicationFormId.slice(-4)}`;
}
