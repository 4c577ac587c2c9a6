import { issuesToFieldErrors } from '@outreach/domain';

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
