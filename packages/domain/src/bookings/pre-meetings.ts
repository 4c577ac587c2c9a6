import type { DateKey } from '../common/dates.js';
import { type Half, parsePosition } from './slots.js';

/** A booking as it sits on the calendar: its day and the positions it takes. */
export interface BookedPositions {
  date: DateKey;
  positions: readonly string[];
}

/**
 * Whether a half-day already has a booking: a 事前打合せ (which blocks its half-day in the slot finder) may not
 * be put there. Home positions (AM1, PM2 …) and facility ones (FAM, FPM2 …) count alike; a value that is not a
 * position belongs to no half.
 */
export function halfDayBooked(bookings: readonly BookedPositions[], date: DateKey, half: Half): boolean {
  return bookings.some((b) => b.date === date && b.positions.some((p) => parsePosition(p)?.half === half));
}
