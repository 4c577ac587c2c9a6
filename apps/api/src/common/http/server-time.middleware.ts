import type { NextFunction, Request, Response } from 'express';
import type { Clock } from '../clock';

/** The header every API answer carries: the API's own now, so the dashboard's "today" is the API's, not the PC's. */
export const SERVER_TIME_HEADER = 'X-Server-Time';

/**
 * The API's clock on every answer (an ISO instant). A city laptop whose clock is off (a closed network without time
 * sync) would otherwise default a form to another day, or call a report late that is not; and the tests' and the
 * demo's fixed clocks reach the screens without patching the browser.
 */
export function serverTime(clock: Clock) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader(SERVER_TIME_HEADER, clock.now().toISOString());
    next();
  };
}
