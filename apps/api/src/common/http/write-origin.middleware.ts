import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@outreach/domain/common';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a write may carry: JSON, or a multipart upload (the upload routes read it; elsewhere it is an empty body → 400). */
const WRITE_TYPES = ['application/json', 'multipart/form-data'];

export const CROSS_SITE_MESSAGE = '別のサイトからの操作は受け付けられません。画面を開き直してから操作してください';
export const CONTENT_TYPE_MESSAGE = 'この形式のデータは受け付けられません（JSON で送信してください）';

/** The request's own origin as the browser saw it ('https://desk.example.lg.jp'); behind TRUST_PROXY, from X-Forwarded-Proto. */
function ownOrigin(req: Request): string | undefined {
  const host = req.get('host');
  return host ? `${req.protocol}://${host}`.toLowerCase() : undefined;
}

/** Whether the browser's word for this request's origin is one we accept writes from. */
export function originAllowed(origin: string, req: Request, allowed: readonly string[]): boolean {
  const o = origin.toLowerCase();
  if (o === 'null') return false;
  if (allowed.some((a) => a.toLowerCase() === o)) return true;
  // Same host: compare host[:port] only, so a TLS-terminating proxy that forgot X-Forwarded-Proto still works.
  const own = ownOrigin(req);
  return own !== undefined && o.replace(/^https?:\/\//, '') === own.replace(/^https?:\/\//, '');
}

/**
 * Cross-site request forgery, refused before any route runs (ASVS 5.0 V3.5):
 * - a write (anything but GET/HEAD/OPTIONS) from a browser must come from our own origin or one of CORS_ORIGINS:
 *   `Sec-Fetch-Site: cross-site`/`same-site` (set by the browser, a page cannot forge it) is refused unless its
 *   Origin is listed; otherwise an `Origin` that is neither ours nor listed is refused;
 * - a write with a body must be `application/json` (or multipart for uploads): the form encodings a cross-site
 *   `<form>` can send without a CORS preflight (urlencoded, text/plain) are a 415.
 * Requests with neither header are not from a browser (scripts, supertest, curl): only the content type applies.
 */
export function writeOriginCheck(allowedOrigins: readonly string[]) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.get('sec-fetch-site')?.toLowerCase();
    const origin = req.get('origin');
    const fromElsewhere =
      site === 'cross-site' || site === 'same-site'
        ? !(origin && allowedOrigins.some((a) => a.toLowerCase() === origin.toLowerCase()))
        : site === 'same-origin' || site === 'none'
          ? false
          : origin !== undefined && !originAllowed(origin, req, allowedOrigins);
    if (fromElsewhere) return next(new DomainError('forbidden', CROSS_SITE_MESSAGE));

    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if ((hasBody || type) && !WRITE_TYPES.includes(type)) {
      return next(new DomainError('unsupported_media_type', CONTENT_TYPE_MESSAGE, { 'content-type': 'application/json で送信してください' }));
    }
    next();
  };
}

/** Responses of the API carry tenant and often personal data: no browser or proxy cache keeps them (ASVS V14.3). */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}
