import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { eachDay } from '../common/dates.js';
import { closedReason, nationalHoliday } from '../common/holidays.js';
import { dateRangeQuerySchema } from '../common/input.js';
import type { BookingRules } from '../programs/program.schema.js';
import type { VisitDayKind } from '../programs/visit-calendar.js';
import type { BookingContext, BookingOverrides, SlotRequest } from './booking.schema.js';
import { requestKindSchema } from './booking.schema.js';
import { evaluateSlot, planRequest, prepare, type PreparedContext, type Verdict } from './rules.js';
import type { Half, SlotPosition } from './slots.js';
import { facilityPositions, HALVES, homePositions, slotWindow } from './slots.js';

/**
 * Why a position of the week view can or cannot be taken, decided by the same rules as the slot finder
 * (evaluateSlot), so the grid and the offers never disagree:
 * - `bookable`: the finder would book this position for the request now;
 * - `taken`: another booking holds it;
 * - `later`: free, but the half-day is booked in visiting order and another position comes first;
 * - `blocked`: no booking of this request can go here — `reason` says why, `overrides` names the rules a manager's
 *   override would lift (lead time, the extra afternoon slot's travel), empty when none would.
 */
export type PositionState = 'bookable' | 'taken' | 'later' | 'blocked';
export type OverridableRule = keyof BookingOverrides;

export interface PositionAvailability {
  position: SlotPosition;
  label: string;
  bookingId: string | null;
  state: PositionState;
  reason: string;
  overrides: OverridableRule[];
}

export interface HalfAvailability {
  half: Half;
  positions: PositionAvailability[];
  preMeeting: boolean;
  /** Positions no booking holds (whether the request may take them or not: see each position's state). */
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

/** The request the week view is judged for; without one, each day is judged for the smallest request of its kind. */
export type AvailabilityRequest = Pick<SlotRequest, 'kind' | 'plannedApplications' | 'district'>;

/** GET /api/programs/:programId/availability: the week, and optionally the caller's request (never personal data). */
export const availabilityQuerySchema = dateRangeQuerySchema.extend({
  kind: requestKindSchema.optional(),
  applicants: z.coerce.number({ message: '申請予定件数を整数で入力してください' }).int({ message: '申請予定件数を整数で入力してください' }).min(1).max(500).optional(),
  district: z.string().trim().min(1).max(50).optional(),
});

function defaultRequest(kind: VisitDayKind, rules: BookingRules): AvailabilityRequest {
  return kind === 'home_visit' ? { kind: 'home', plannedApplications: 1, district: null } : { kind: 'facility', plannedApplications: rules.smallFacilityMax + 1, district: null };
}

const LIFTS: OverridableRule[][] = [['leadTime'], ['pmThirdTravel'], ['leadTime', 'pmThirdTravel']];

/** The overridable rules that, set aside by a manager, would make the refused slot bookable. */
function liftedBy(p: PreparedContext, judge: (q: PreparedContext) => Verdict): OverridableRule[] {
  for (const rules of LIFTS) {
    const overrides = Object.fromEntries(rules.map((r) => [r, true])) as BookingOverrides;
    if (judge({ ...p, ctx: { ...p.ctx, overrides } }).ok) return rules;
  }
  return [];
}

function judgePositions(p: PreparedContext, all: SlotPosition[], taken: Map<string, string>, date: DateKey, verdict: Verdict, lifts: OverridableRule[]): PositionAvailability[] {
  return all.map((position) => {
    const base = { position, label: slotWindow(position).label, bookingId: taken.get(`${date}:${position}`) ?? null, overrides: [] as OverridableRule[] };
    if (base.bookingId) return { ...base, state: 'taken', reason: '予約済みです' };
    if (!verdict.ok) return { ...base, state: 'blocked', reason: verdict.reason, overrides: lifts };
    if (verdict.positions.includes(position)) return { ...base, state: 'bookable', reason: ['予約できます', ...verdict.warnings].join('／') };
    return { ...base, state: 'later', reason: `訪問の順に予約します（この時間帯は次に${slotWindow(verdict.positions[0]).label}の枠）` };
  });
}

/**
 * The operator's week view: for each day, whether it is a visit day and of which kind, and per half-day each
 * position with its state and the reason, judged for `request` by the slot finder's rules (ctx.overrides ignored:
 * what an override would lift is told per position).
 */
export function dayAvailability(ctx: BookingContext, from: DateKey, to: DateKey, request?: AvailabilityRequest): DayAvailability[] {
  const p = prepare({ ...ctx, overrides: undefined });
  const taken = new Map<string, string>();
  for (const b of ctx.bookings) for (const pos of b.positions) taken.set(`${b.date}:${pos}`, b.id);
  return eachDay(from, to).map((date) => {
    const visit = ctx.visitDays.find((d) => d.date === date) ?? null;
    const req = visit ? (request ?? defaultRequest(visit.kind, ctx.rules)) : null;
    const plan = req ? planRequest(ctx.rules, req) : null;
    const halves =
      visit && req && plan
        ? HALVES.map((half): HalfAvailability => {
            const all: SlotPosition[] = visit.kind === 'home_visit' ? homePositions(ctx.rules, half) : facilityPositions(ctx.rules, half);
            const judge = (q: PreparedContext) => evaluateSlot(q, plan, req, date, plan.unit === 'both' ? 'both' : half);
            const verdict = judge(p);
            const lifts = !verdict.ok && verdict.overridable ? liftedBy(p, judge) : [];
            const positions = judgePositions(p, all, taken, date, verdict, lifts);
            const preMeeting = ctx.preMeetings.some((m) => m.date === date && m.half === half);
            return { half, positions, preMeeting, free: preMeeting ? 0 : positions.filter((x) => !x.bookingId).length };
          })
        : [];
    return { date, holiday: nationalHoliday(date)?.name ?? null, closed: closedReason(date, ctx.workingHours) ?? null, visitKind: visit?.kind ?? null, halves };
  });
}
