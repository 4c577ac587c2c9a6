import { issuesToFieldErrors } from '@outreach/domain/common';

/** The part of a zod schema a form needs: safeParse and its issues. */
interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

/**
 * A react-admin form `validate` from a shared zod schema of @outreach/domain: the form shows the same Japanese
 * messages the API would answer with, before sending.
 */
export function validateWith(schema: Schema) {
  return (values: object): Record<string, string> => {
    const result = schema.safeParse(values);
    return result.success ? {} : issuesToFieldErrors(result.error.issues);
  };
}

export type NestedErrors = { [key: string]: string | NestedErrors };

/**
 * Flat 'a.b.c' error keys (the domain's issuesToFieldErrors) as the nested object react-hook-form looks
 * errors up in ('attempts.0.at' → { attempts: { 0: { at } } }), so a message shows beside its own input;
 * the first message of a path wins.
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
