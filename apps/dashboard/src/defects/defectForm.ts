import { contactMethodSchema, contactResultSchema, defectCategorySchema, defectInputSchema, issuesToFieldErrors, jstDateKey, jstTime } from '@outreach/domain';

/*
 * Conversions between the API's defect and the form's inputs, pure so they are tested without a browser.
 * Contact times are Japan time whatever the browser's time zone.
 */

/** Choices whose names are translation keys (react-admin translates choice names). */
export const categoryChoices = defectCategorySchema.options.map((id) => ({ id, name: `app.defects.categories.${id}` }));
export const methodChoices = contactMethodSchema.options.map((id) => ({ id, name: `app.defects.methods.${id}` }));
export const resultChoices = contactResultSchema.options.map((id) => ({ id, name: `app.defects.results.${id}` }));

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** An ISO instant as the value of an <input type="datetime-local"> in Japan time: `2026-06-17T09:30`. */
export function toJstLocalInput(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (LOCAL_INPUT.test(value)) return value.slice(0, 16);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? '' : `${jstDateKey(instant)}T${jstTime(instant)}`;
}

/** A datetime-local value read as Japan time, as the instant the API takes: `2026-06-17T09:30:00+09:00`. */
export function fromJstLocalInput(value: string): string {
  const m = LOCAL_INPUT.exec(value);
  return m ? `${m[1]}T${m[2]}:00+09:00` : value;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The defect body the API takes from the form's values (a record carries nulls and fields the API does not take). */
export function defectInputOf(values: Record<string, unknown>): Record<string, unknown> {
  const attempts = Array.isArray(values.attempts) ? (values.attempts as Array<Record<string, unknown> | null>) : [];
  const body: Record<string, unknown> = {
    sessionId: text(values.sessionId),
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

type NestedErrors = { [key: string]: string | NestedErrors };

/**
 * Flat 'attempts.0.at' error keys as the nested object react-hook-form looks errors up in
 * ({ attempts: { 0: { at } } }), so an attempt's message shows beside its own input.
 */
export function nestErrors(flat: Record<string, string>): NestedErrors {
  const out: NestedErrors = {};
  for (const [path, message] of Object.entries(flat)) {
    const parts = path.split('.');
    let node: NestedErrors = out;
    let blocked = false;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') {
        blocked = true;
        break;
      }
      node = next ?? (node[part] = {});
    }
    const leaf = parts[parts.length - 1];
    if (!blocked && node[leaf] === undefined) node[leaf] = message;
  }
  return out;
}

/** The defect form's validate: the shared schema's messages on the body the API would get. */
export function validateDefect(values: Record<string, unknown>): NestedErrors {
  const parsed = defectInputSchema.safeParse(defectInputOf(values));
  return parsed.success ? {} : nestErrors(issuesToFieldErrors(parsed.error.issues));
}
