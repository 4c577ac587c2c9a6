/**
 * Typed errors of the domain. The API maps them to HTTP in exactly one exception filter, always as
 * { message, errors: { field: message } } — the shape react-admin shows next to the right input.
 * Messages are Japanese: they are shown to the people who work in Japanese offices.
 */
export type DomainErrorCode =
  | 'bad_request' // 400: malformed request (unknown sort field, broken JSON in a query)
  | 'unauthenticated' // 401
  | 'forbidden' // 403: own record, action not allowed for the role
  | 'not_found' // 404: missing or someone else's record
  | 'conflict' // 409: taken slot, duplicate key, parallel duplicate submit
  | 'unsupported_media_type' // 415: a write that is not JSON (or multipart for an upload)
  | 'invalid' // 422: well-formed but breaks a business rule
  | 'too_many_requests'; // 429

export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors: FieldErrors = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badRequest = (message: string, errors: FieldErrors = {}) => new DomainError('bad_request', message, errors);
export const notFound = (message = '対象のデータが見つかりません', errors: FieldErrors = {}) => new DomainError('not_found', message, errors);
/** An id inside a body that the actor may not see: a 404 naming the field, like an id in the path. */
export const notFoundIn = (field: string, message: string) => new DomainError('not_found', message, { [field]: message });
export const conflict = (message: string, errors: FieldErrors = {}, details?: Record<string, unknown>) =>
  new DomainError('conflict', message, errors, details);
export const invalid = (message: string, errors: FieldErrors = {}) => new DomainError('invalid', message, errors);
export const forbidden = (message = 'この操作を行う権限がありません') => new DomainError('forbidden', message);

/** Zod-style issues ({ path, message }) to { 'a.b': message }, first message per field wins. */
export function issuesToFieldErrors(
  issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string }>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null ? String(p.key) : String(p))).join('.') || '_';
    out[field] ??= issue.message;
  }
  return out;
}
