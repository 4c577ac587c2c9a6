import type { DateKey } from '../common/dates.js';
import { eachDay } from '../common/dates.js';
import { closedReason, nationalHoliday } from '../common/holidays.js';
import type { BookingContext } from './booking.schema.js';
import type { Half, SlotPosition } from './slots.js';
import { facilityPositions, HALVES, homePositions, slotWindow } from './slots.js';

export interface HalfAvailability {
  half: Half;
  positions: Array<{ position: SlotPosition; label: string; bookingId: string | null }>;
  preMeeting: boolean;
  free: number;
}

export interface DayAvailability {
  date: DateKey;
  /** The national holiday's name, when it is one. */
  holiday: string | null;
  /** Why the office is closed (weekend, holiday, 12/29–1/3, city's own day), or null. */
  closed: string | null;
  visitKind: 'home_visit' | 'facility_visit' | null;
  halves: HalfAvailability[];
}

/**
 * The operator's week view: for each day, whether it is a visit day and of which kind, and per half-day
 * which positions are taken (and by which booking), free, or blocked by a pre-meeting.
 */
export function dayAvailability(ctx: Pick<BookingContext, 'rules' | 'workingHours' | 'visitDays' | 'bookings' | 'preMeetings'>, from: DateKey, to: DateKey): DayAvailability[] {
  const taken = new Map<string, string>();
  for (const b of ctx.bookings) for (const pos of b.positions) taken.set(`${b.date}:${pos}`, b.id);
  return eachDay(from, to).map((date) => {
    const visit = ctx.visitDays.find((d) => d.date === date) ?? null;
    const halves = visit
      ? HALVES.map((half): HalfAvailability => {
          const all: SlotPosition[] = visit.kind === 'home_visit' ? homePositions(ctx.rules, half) : facilityPositions(ctx.rules, half);
          const positions = all.map((position) => ({ position, label: slotWindow(position).label, bookingId: taken.get(`${date}:${position}`) ?? null }));
          const preMeeting = ctx.preMeetings.some((m) => m.date === date && m.half === half);
          return { half, positions, preMeeting, free: preMeeting ? 0 : positions.filter((p) => !p.bookingId).length };
        })
      : [];
    return { date, holiday: nationalHoliday(date)?.name ?? null, closed: closedReason(date, ctx.workingHours) ?? null, visitKind: visit?.kind ?? null, halves };
  });
}
