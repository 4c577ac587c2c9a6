import type { DateKey } from '../common/dates.js';
import { daysBetween } from '../common/dates.js';
import { closedReason } from '../common/holidays.js';
import { outsidePeriod } from '../programs/periods.js';
import type { BookingRules } from '../programs/program.schema.js';
import type { VisitDayKind } from '../programs/visit-calendar.js';
import type { BookingContext, BookingHalf, BookingOverrides, ExistingBooking, SlotRequest } from './booking.schema.js';
import type { Half, SlotPosition, SlotWindow } from './slots.js';
import {
  extraPmPosition,
  facilityPositions,
  halfLabel,
  halfOf,
  homePositions,
  isHomePosition,
  positionIndex,
  positionLabel,
  slotWindow,
} from './slots.js';
import { travelMinutes } from './travel.js';

/**
 * The booking rules of Otaru §8(2)イ〜オ, as one decision per candidate slot. findSlots (engine.ts) and
 * checkBooking (validate.ts) both call evaluateSlot, so a slot is offered exactly when it would be accepted.
 */

/** How a request is booked under the program's settings. */
export interface RequestPlan {
  /** The visit days it goes to: a facility of ≤ smallFacilityMax applicants is booked into a home slot. */
  dayKind: VisitDayKind;
  /** One half-day, or both halves of one facility day (more applicants than one session takes). */
  unit: 'half' | 'both';
  /** ≥ largeHouseholdThreshold applicants in a home slot: the visit takes its whole half-day alone. */
  wholeHalf: boolean;
  /** Calendar days needed between the call and the visit. */
  leadDays: number;
  /** Why no single day can take it (a facility above two sessions), or undefined. */
  tooLarge?: string;
}

export function planRequest(rules: BookingRules, request: Pick<SlotRequest, 'kind' | 'plannedApplications'>): RequestPlan {
  const { plannedApplications: applications } = request;
  if (request.kind === 'home' || applications <= rules.smallFacilityMax) {
    return { dayKind: 'home_visit', unit: 'half', wholeHalf: applications >= rules.largeHouseholdThreshold, leadDays: rules.leadDaysHome };
  }
  const max = rules.facilitySessionMaxApplicants;
  return {
    dayKind: 'facility_visit',
    unit: applications > max ? 'both' : 'half',
    wholeHalf: false,
    leadDays: rules.leadDaysLargeFacility,
    tooLarge:
      applications > 2 * max
        ? `1日で受けられる人数（${2 * max}人）を超えています。別の日の訪問もあわせて予約してください`
        : undefined,
  };
}

/** The context indexed once per call: visit days by date, occupied positions, pre-meeting half-days. */
export interface PreparedContext {
  ctx: BookingContext;
  dayKinds: ReadonlyMap<DateKey, VisitDayKind>;
  occupied: ReadonlyMap<DateKey, ReadonlyMap<SlotPosition, ExistingBooking>>;
  preMeetings: ReadonlySet<string>;
}

export function prepare(ctx: BookingContext): PreparedContext {
  const dayKinds = new Map<DateKey, VisitDayKind>();
  // A date listed twice keeps its first kind; the calendar editor does not allow that anyway.
  for (const day of ctx.visitDays) if (!dayKinds.has(day.date)) dayKinds.set(day.date, day.kind);
  const occupied = new Map<DateKey, Map<SlotPosition, ExistingBooking>>();
  for (const booking of ctx.bookings) {
    const byPosition = occupied.get(booking.date) ?? new Map<SlotPosition, ExistingBooking>();
    for (const position of booking.positions) byPosition.set(position, booking);
    occupied.set(booking.date, byPosition);
  }
  const preMeetings = new Set(ctx.preMeetings.map((m) => `${m.date}:${m.half}`));
  return { ctx, dayKinds, occupied, preMeetings };
}

export function isOccupied(p: PreparedContext, date: DateKey, position: SlotPosition): boolean {
  return p.occupied.get(date)?.has(position) ?? false;
}

/** What the rules say about one candidate slot. */
export type Verdict =
  | { ok: true; positions: SlotPosition[]; window: SlotWindow; warnings: string[] }
  | Refusal;

export interface Refusal {
  ok: false;
  reason: string;
  /** Only lead time and the extra afternoon slot's travel can be overridden by a manager. */
  overridable: boolean;
  position?: SlotPosition;
}

/** A rule a manager may override: the slot is refused unless overrides[rule] is set, then it carries a warning. */
interface SoftIssue {
  rule: keyof BookingOverrides;
  reason: string;
  overriddenWarning: string;
}

type Fit = { ok: true; positions: SlotPosition[]; warnings: string[]; soft: SoftIssue[] } | Refusal;

const refuse = (reason: string, position?: SlotPosition): Refusal => ({ ok: false, reason, overridable: false, position });

/** The whole decision for one slot: the day, then the half-day's capacity and travel, then the overridable rules. */
export function evaluateSlot(
  p: PreparedContext,
  plan: RequestPlan,
  request: Pick<SlotRequest, 'district'>,
  date: DateKey,
  half: BookingHalf,
): Verdict {
  const dayIssue = dayRefusal(p, plan, date);
  if (dayIssue) return dayIssue;
  if (plan.tooLarge) return refuse(plan.tooLarge);
  if ((half === 'both') !== (plan.unit === 'both')) {
    return refuse(
      plan.unit === 'both'
        ? `${p.ctx.rules.facilitySessionMaxApplicants}人を超える施設は午前・午後の両方で予約してください`
        : '午前または午後のどちらかで予約してください',
    );
  }
  const fit =
    half === 'both'
      ? fitBothHalves(p, date)
      : plan.dayKind === 'home_visit'
        ? fitHomeHalf(p, plan, request.district, date, half)
        : fitFacilityHalf(p, date, half);
  if (!fit.ok) return fit;
  return settle(p.ctx.overrides ?? {}, fit, [...leadTimeIssues(p.ctx, plan, date), ...fit.soft], half);
}

/** Why no slot of this date can be booked for the request: not a visit day of its kind, closed, or past. */
export function dayRefusal(p: PreparedContext, plan: RequestPlan, date: DateKey): Refusal | undefined {
  const kind = p.dayKinds.get(date);
  if (!kind) return refuse('この日は訪問実施日ではありません');
  const outside = p.ctx.visits && outsidePeriod(date, 'visits', p.ctx.visits);
  if (outside) return refuse(outside);
  if (kind !== plan.dayKind) {
    return refuse(kind === 'facility_visit' ? 'この日は施設訪問の実施日です' : 'この日は個人宅訪問の実施日です');
  }
  // A visit day that has since become a closed day (a city's extra closed day) is not offered.
  const closed = closedReason(date, p.ctx.workingHours);
  if (closed) return refuse(`この日は休業日です（${closed}）`);
  if (date < p.ctx.today) return refuse('過去の日付は予約できません');
  return undefined;
}

function hasPreMeeting(p: PreparedContext, date: DateKey, half: Half): boolean {
  return p.preMeetings.has(`${date}:${half}`);
}

/** The home bookings of a half-day, each with the first position it holds there. */
function homeBookingsInHalf(p: PreparedContext, date: DateKey, half: Half): Array<{ position: SlotPosition; booking: ExistingBooking }> {
  const out = new Map<string, { position: SlotPosition; booking: ExistingBooking }>();
  const held = [...(p.occupied.get(date) ?? new Map<SlotPosition, ExistingBooking>())]
    .filter(([position]) => isHomePosition(position) && halfOf(position) === half)
    .sort(([a], [b]) => positionIndex(a) - positionIndex(b));
  for (const [position, booking] of held) if (!out.has(booking.id)) out.set(booking.id, { position, booking });
  return [...out.values()];
}

/** A large household's booking (or anything holding several positions of a half) fills that half-day. */
function fillsHalf(rules: BookingRules, booking: ExistingBooking, half: Half): boolean {
  const inHalf = booking.positions.filter((pos) => isHomePosition(pos) && halfOf(pos) === half);
  return booking.plannedApplications >= rules.largeHouseholdThreshold || inHalf.length > 1;
}

/** Home half-day (Otaru §8(2)イ・エ): next free position in visiting order, 6+ households alone, travel limits. */
function fitHomeHalf(p: PreparedContext, plan: RequestPlan, district: string | null, date: DateKey, half: Half): Fit {
  const { rules } = p.ctx;
  // Pre-meetings take the staff, so they block any visit in their half-day, not only facility sessions.
  if (hasPreMeeting(p, date, half)) return refuse('事前打合せが入っています');
  const positions = homePositions(rules, half);
  if (positions.length === 0) return refuse(`${halfLabel(half)}は個人宅訪問の枠がありません`);
  const taken = homeBookingsInHalf(p, date, half);
  const threshold = rules.largeHouseholdThreshold;
  if (taken.some((t) => fillsHalf(rules, t.booking, half))) return refuse(`この半日は${threshold}人以上の世帯の訪問で埋まっています`);
  if (plan.wholeHalf) {
    if (taken.length > 0) return refuse(`${threshold}人以上の世帯は、他の予約がない半日のみ予約できます`, positions[0]);
    return { ok: true, positions, warnings: [], soft: [] };
  }
  // Positions fill in visiting order, so the told time window is right for the visit.
  const next = positions.find((pos) => !isOccupied(p, date, pos));
  if (!next) return refuse('この時間帯は満枠です');
  return checkTravel(p, district, next, taken);
}

/**
 * Travel (Otaru §8(2)エ): the new visit must be within travelMaxMinutes of every other visit of the half-day,
 * and the extra afternoon slot within pmThirdTravelMaxMinutes of the visit just before it. An unknown district
 * cannot be checked: the slot is offered with a warning.
 */
function checkTravel(
  p: PreparedContext,
  district: string | null,
  next: SlotPosition,
  taken: ReadonlyArray<{ position: SlotPosition; booking: ExistingBooking }>,
): Fit {
  const { rules, travel } = p.ctx;
  const warnings = new Set<string>();
  const soft: SoftIssue[] = [];
  for (const { position, booking } of taken) {
    // Said in visiting order: from the earlier visit to the later one.
    const [from, to] = positionIndex(position) < positionIndex(next) ? [booking.district, district] : [district, booking.district];
    const lookup = travelMinutes(travel, from, to);
    if (!lookup.known) {
      warnings.add(lookup.warning);
      continue;
    }
    const route = `${from}→${to} ${lookup.minutes}分`;
    if (lookup.minutes > rules.travelMaxMinutes) return refuse(`移動時間が${rules.travelMaxMinutes}分を超えます（${route}）`, next);
    const extra = extraPmPosition(rules);
    if (extra && isExtraPair(extra, next, position) && lookup.minutes > rules.pmThirdTravelMaxMinutes) {
      const label = positionLabel(extra);
      soft.push({
        rule: 'pmThirdTravel',
        reason: `${label}は前の訪問先から${rules.pmThirdTravelMaxMinutes}分以内の場合のみ予約できます（${route}）`,
        overriddenWarning: `${label}の移動時間が${rules.pmThirdTravelMaxMinutes}分を超えています（${route}、管理者承認）`,
      });
    }
  }
  return { ok: true, positions: [next], warnings: [...warnings], soft };
}

/** The extra afternoon position and the one just before it (PM3 and PM2), in either order. */
function isExtraPair(extra: SlotPosition, a: SlotPosition, b: SlotPosition): boolean {
  const before = positionIndex(extra) - 1;
  return (a === extra && positionIndex(b) === before) || (b === extra && positionIndex(a) === before);
}

/** Facility half-day: the next free session position, unless a pre-meeting takes the half. */
function fitFacilityHalf(p: PreparedContext, date: DateKey, half: Half): Fit {
  if (hasPreMeeting(p, date, half)) return refuse('事前打合せが入っています');
  const positions = facilityPositions(p.ctx.rules, half);
  if (positions.length === 0) return refuse(`${halfLabel(half)}は施設訪問の枠がありません`);
  const next = positions.find((pos) => !isOccupied(p, date, pos));
  if (!next) return refuse('この時間帯は満枠です');
  return { ok: true, positions: [next], warnings: [], soft: [] };
}

/** A facility above one session's applicants needs a session in both halves of the same day. */
function fitBothHalves(p: PreparedContext, date: DateKey): Fit {
  const positions: SlotPosition[] = [];
  for (const half of ['am', 'pm'] as const) {
    const fit = fitFacilityHalf(p, date, half);
    if (!fit.ok) {
      return refuse(
        `${p.ctx.rules.facilitySessionMaxApplicants}人を超える施設は午前・午後の両方が空いている日のみ予約できます（${halfLabel(half)}：${fit.reason}）`,
        fit.position,
      );
    }
    positions.push(...fit.positions);
  }
  return { ok: true, positions, warnings: [], soft: [] };
}

/** Lead time (Otaru §8(2)オ) in calendar days from the call (the request's reception): 14 for home slots, 30 for facilities of 6+. */
function leadTimeIssues(ctx: BookingContext, plan: RequestPlan, date: DateKey): SoftIssue[] {
  const from = ctx.receivedOn && ctx.receivedOn < ctx.today ? ctx.receivedOn : ctx.today;
  if (daysBetween(from, date) >= plan.leadDays) return [];
  return [
    {
      rule: 'leadTime',
      reason: `受付から${plan.leadDays}日以上先の日付のみ予約できます`,
      overriddenWarning: `受付から${plan.leadDays}日未満の予約です（管理者承認）`,
    },
  ];
}

/** Overridden soft rules become warnings; any other soft rule refuses the slot, as overridable. */
function settle(overrides: BookingOverrides, fit: Extract<Fit, { ok: true }>, soft: SoftIssue[], half: BookingHalf): Verdict {
  const open = soft.filter((issue) => !overrides[issue.rule]);
  if (open.length > 0) {
    return { ok: false, reason: open.map((issue) => issue.reason).join('／'), overridable: true, position: fit.positions[0] };
  }
  const warnings = [...fit.warnings, ...soft.map((issue) => issue.overriddenWarning)];
  return { ok: true, positions: fit.positions, window: offerWindow(fit.positions, half), warnings };
}

function offerWindow(positions: SlotPosition[], half: BookingHalf): SlotWindow {
  const first = slotWindow(positions[0]);
  if (half !== 'both') return first;
  const last = slotWindow(positions[positions.length - 1]);
  return { start: first.start, end: null, label: `午前 ${first.label}・午後 ${last.label}` };
}
