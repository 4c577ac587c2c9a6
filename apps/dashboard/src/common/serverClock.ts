import { type DateKey, jstDateKey } from '@outreach/domain/common';

/**
 * The dashboard's now is the API's: every API answer carries the API's clock (X-Server-Time), and the difference
 * from this PC's clock is kept. A city laptop whose clock is off would otherwise default a form to another day or
 * show a report as late that is not; the API's fixed clock in tests and demos reaches the screens the same way.
 */
let offsetMs = 0;

/** Takes the API's time from an answer's header (received at `receivedAt`, this PC's ms); a missing or bad one is ignored. */
export function noteServerTime(header: string | null | undefined, receivedAt: number = Date.now()): void {
  const at = header ? Date.parse(header) : Number.NaN;
  if (Number.isFinite(at)) offsetMs = at - receivedAt;
}

/** The API's now (this PC's own until the first answer came). */
export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The API's today, in Japan. */
export function serverToday(): DateKey {
  return jstDateKey(serverNow());
}
