import fc from 'fast-check';
import type { DateKey } from '../common/dates.js';
import { addDays, daysBetween } from '../common/dates.js';
import { isWorkingDay } from '../common/holidays.js';
import type { BookingRules, WorkingHours } from '../programs/program.schema.js';
import { bookingRulesSchema, workingHoursSchema } from '../programs/program.schema.js';
import type { DateRange } from '../programs/periods.js';
import type { VisitDay } from '../programs/visit-calendar.js';
import type { BookingContext, BookingHalf, BookingOverrides, ExistingBooking, PreMeeting, SlotRequest, TravelMatrix } from './booking.schema.js';
import { findSlots } from './engine.js';
import type { SlotPosition } from './slots.js';
import { checkBooking } from './validate.js';

/**
 * Random programs, calendars and call sequences: each call takes the first or a random offer, re-checks it
 * with checkBooking and adds it to the bookings. Afterwards an independent checker (written from the spec, not
 * from the engine) verifies that the accepted bookings break no rule.
 */

const START: DateKey = '2026-06-29'; // a Monday; the 50 days after it include Marine Day (7/20) and weekends
const SPAN = 50;
const DISTRICTS = ['A', 'B', 'C', 'D'];

// ---------------------------------------------------------------------------------------------------------
// Arbitraries

const rulesArb: fc.Arbitrary<BookingRules> = fc
  .record({
    homeSlotsAm: fc.integer({ min: 0, max: 3 }),
    homeSlotsPm: fc.integer({ min: 0, max: 3 }),
    pmThirdSlotEnabled: fc.boolean(),
    largeHouseholdThreshold: fc.integer({ min: 2, max: 8 }),
    facilitySlotsAm: fc.integer({ min: 0, max: 2 }),
    facilitySlotsPm: fc.integer({ min: 0, max: 2 }),
    facilitySessionMaxApplicants: fc.integer({ min: 2, max: 25 }),
    smallFraction: fc.double({ min: 0, max: 0.99, noNaN: true }),
    travelMaxMinutes: fc.integer({ min: 5, max: 60 }),
    pmThirdFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    leadDaysHome: fc.integer({ min: 0, max: 14 }),
    leadDaysLargeFacility: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ smallFraction, pmThirdFraction, ...r }) =>
    bookingRulesSchema.parse({
      ...r,
      smallFacilityMax: Math.floor(smallFraction * r.facilitySessionMaxApplicants),
      pmThirdTravelMaxMinutes: Math.floor(pmThirdFraction * r.travelMaxMinutes),
    }),
  );

const offsetArb = fc.integer({ min: 0, max: SPAN - 1 });

const calendarArb = fc.record({
  // Any day may be a visit day (weekends and holidays too: the engine must still refuse them when closed).
  visitDays: fc.uniqueArray(fc.record({ offset: offsetArb, kind: fc.constantFrom('home_visit' as const, 'facility_visit' as const) }), {
    selector: (d) => d.offset,
    minLength: 1,
    maxLength: 8,
  }),
  extraClosed: fc.uniqueArray(offsetArb, { maxLength: 3 }),
  preMeetings: fc.array(fc.record({ offset: offsetArb, half: fc.constantFrom('am' as const, 'pm' as const) }), { maxLength: 4 }),
  // The visit period (実施期間) may leave some calendar days outside it (a period shortened after planning).
  visits: fc.option(fc.tuple(offsetArb, offsetArb), { nil: undefined }),
});

/** A symmetric matrix stored one way round, with some pairs missing. */
const travelArb: fc.Arbitrary<TravelMatrix> = fc
  .array(fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined, freq: 6 }), { minLength: 6, maxLength: 6 })
  .map((values) => {
    const minutes: Record<string, Record<string, number>> = {};
    let i = 0;
    for (let a = 0; a < DISTRICTS.length; a++) {
      for (let b = a + 1; b < DISTRICTS.length; b++) {
        const v = values[i++];
        if (v !== undefined) (minutes[DISTRICTS[a]] ??= {})[DISTRICTS[b]] = v;
      }
    }
    return { districts: DISTRICTS, minutes };
  });

const districtArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DISTRICTS) }, { weight: 1, arbitrary: fc.constantFrom<string | null>(null, '不明') });

const wishesArb = fc.record(
  {
    from: offsetArb.map((o) => addDays(START, o)),
    to: offsetArb.map((o) => addDays(START, o)),
    weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    halves: fc.uniqueArray(fc.constantFrom('am' as const, 'pm' as const), { maxLength: 2 }),
    dates: fc.uniqueArray(offsetArb.map((o) => addDays(START, o)), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const stepArb = fc.record({
  // Mostly several calls on the same day, so half-days fill up and the travel rules meet each other.
  advance: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
  kind: fc.constantFrom('home' as const, 'facility' as const),
  plannedApplications: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }) }),
  district: districtArb,
  wishes: wishesArb,
  overrides: fc.record({ leadTime: fc.boolean(), pmThirdTravel: fc.boolean() }, { requiredKeys: [] }),
  // Mostly the best offer (it concentrates visits on the same half-days), sometimes any offer.
  pick: fc.oneof({ weight: 3, arbitrary: fc.constant('first' as const) }, { weight: 1, arbitrary: fc.nat(30) }),
});

const scenarioArb = fc.record({
  rules: rulesArb,
  calendar: calendarArb,
  travel: travelArb,
  steps: fc.array(stepArb, { minLength: 5, maxLength: 25 }),
});

// ---------------------------------------------------------------------------------------------------------
// The independent checker: the Otaru rules restated from the spec, over the accepted bookings

interface Accepted extends ExistingBooking {
  seq: number;
  bookedOn: DateKey;
  overrides: BookingOverrides;
}

interface World {
  visits?: DateRange;
  rules: BookingRules;
  workingHours: WorkingHours;
  visitDays: VisitDay[];
  preMeetings: PreMeeting[];
  travel: TravelMatrix;
}

const isHomeSlot = (r: BookingRules, b: { kind: string; plannedApplications: number }) => b.kind === 'home' || b.plannedApplications <= r.smallFacilityMax;

/** The positions a half-day has under the settings, in visiting order (the extra PM slot last). */
function allowedPositions(r: BookingRules, homeSlot: boolean, half: 'am' | 'pm'): string[] {
  if (!homeSlot) {
    const n = half === 'am' ? r.facilitySlotsAm : r.facilitySlotsPm;
    const base = half === 'am' ? 'FAM' : 'FPM';
    return Array.from({ length: n }, (_, i) => (i === 0 ? base : `${base}${i + 1}`));
  }
  const n = half === 'am' ? r.homeSlotsAm : r.homeSlotsPm;
  const extra = half === 'pm' && r.pmThirdSlotEnabled && n >= 1 ? 1 : 0;
  return Array.from({ length: n + extra }, (_, i) => `${half.toUpperCase()}${i + 1}`);
}

const halfOfPosition = (p: string): 'am' | 'pm' => (p.includes('AM') ? 'am' : 'pm');

function minutesBetween(t: TravelMatrix, a: string | null, b: string | null): number | undefined {
  if (a === null || b === null || !t.districts.includes(a) || !t.districts.includes(b)) return undefined;
  if (a === b) return t.minutes[a]?.[b] ?? 0;
  return t.minutes[a]?.[b] ?? t.minutes[b]?.[a];
}

/** Every rule broken by the accepted bookings, as readable strings (empty = all good). */
function brokenRules(world: World, bookings: readonly Accepted[]): string[] {
  const { rules: r, travel } = world;
  const broken: string[] = [];
  const kindOf = new Map(world.visitDays.map((d) => [d.date, d.kind]));
  const keys = new Set<string>();

  for (const b of bookings) {
    const homeSlot = isHomeSlot(r, b);
    const id = `#${b.seq} ${b.date} ${b.positions.join('+')}`;
    // Only visit days of the right kind, open, not in the past.
    if (kindOf.get(b.date) !== (homeSlot ? 'home_visit' : 'facility_visit')) broken.push(`${id}: not a visit day of its kind`);
    if (!isWorkingDay(b.date, world.workingHours)) broken.push(`${id}: closed day`);
    if (b.date < b.bookedOn) broken.push(`${id}: in the past`);
    if (world.visits && (b.date < world.visits.start || b.date > world.visits.end)) broken.push(`${id}: outside the visit period`);
    // Lead time.
    const lead = homeSlot ? r.leadDaysHome : r.leadDaysLargeFacility;
    if (!b.overrides.leadTime && daysBetween(b.bookedOn, b.date) < lead) broken.push(`${id}: lead time`);
    // One row per slot.
    for (const p of b.positions) {
      const key = `${b.date}:${p}`;
      if (keys.has(key)) broken.push(`${id}: ${key} taken twice`);
      keys.add(key);
      if (!allowedPositions(r, homeSlot, halfOfPosition(p)).includes(p)) broken.push(`${id}: ${p} is not a position of its half`);
      if (world.preMeetings.some((m) => m.date === b.date && m.half === halfOfPosition(p))) broken.push(`${id}: clashes with a pre-meeting`);
    }
    // Shape: one position; a large household all of its half; a facility above one session FAM + FPM.
    const halves = new Set(b.positions.map(halfOfPosition));
    if (homeSlot && b.plannedApplications >= r.largeHouseholdThreshold) {
      const all = allowedPositions(r, true, [...halves][0]);
      if (halves.size !== 1 || b.positions.length !== all.length) broken.push(`${id}: a large household must take its whole half-day`);
    } else if (!homeSlot && b.plannedApplications > 2 * r.facilitySessionMaxApplicants) {
      broken.push(`${id}: more applicants than two sessions take`);
    } else if (!homeSlot && b.plannedApplications > r.facilitySessionMaxApplicants) {
      if (b.positions.length !== 2 || halves.size !== 2) broken.push(`${id}: needs one session in each half`);
    } else if (b.positions.length !== 1) {
      broken.push(`${id}: takes one position`);
    }
  }

  // Per half-day: filled in visiting order, a large household alone, travel limits.
  const byHalf = new Map<string, Array<{ b: Accepted; p: string }>>();
  for (const b of bookings) {
    for (const p of b.positions) {
      const key = `${b.date}:${halfOfPosition(p)}:${p.startsWith('F') ? 'F' : 'H'}`;
      byHalf.set(key, [...(byHalf.get(key) ?? []), { b, p }]);
    }
  }
  for (const [half, held] of byHalf) {
    const isFacility = half.endsWith(':F');
    const order = allowedPositions(r, !isFacility, half.includes(':am:') ? 'am' : 'pm');
    const used = new Set(held.map((h) => h.p));
    // No cancellations happen here, so the occupied positions are always the first ones.
    if (!order.slice(0, used.size).every((p) => used.has(p))) broken.push(`${half}: not filled in order (${[...used].join(',')})`);
    if (isFacility) continue;
    const visits = [...new Map(held.map((h) => [h.b.seq, h])).values()];
    if (visits.some((v) => v.b.plannedApplications >= r.largeHouseholdThreshold) && visits.length > 1) broken.push(`${half}: a large household shares its half-day`);
    for (let i = 0; i < visits.length; i++) {
      for (let j = i + 1; j < visits.length; j++) {
        const [x, y] = [visits[i], visits[j]];
        const minutes = minutesBetween(travel, x.b.district, y.b.district);
        if (minutes === undefined) continue;
        if (minutes > r.travelMaxMinutes) broken.push(`${half}: ${x.p}–${y.p} ${minutes} min > ${r.travelMaxMinutes}`);
        const extra = order.length > (half.includes(':am:') ? r.homeSlotsAm : r.homeSlotsPm) ? order[order.length - 1] : undefined;
        const beforeExtra = extra ? order[order.length - 2] : undefined;
        const pair = new Set([x.p, y.p]);
        const later = x.b.seq > y.b.seq ? x.b : y.b;
        if (extra && pair.has(extra) && pair.has(beforeExtra!) && minutes > r.pmThirdTravelMaxMinutes && !later.overrides.pmThirdTravel) {
          broken.push(`${half}: extra slot ${minutes} min > ${r.pmThirdTravelMaxMinutes}`);
        }
      }
    }
  }
  return broken;
}

// ---------------------------------------------------------------------------------------------------------
// Running a scenario

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function buildWorld(s: Scenario): World {
  return {
    rules: s.rules,
    workingHours: workingHoursSchema.parse({ extraClosedDays: s.calendar.extraClosed.map((o) => addDays(START, o)) }),
    visitDays: s.calendar.visitDays.map((d) => ({ date: addDays(START, d.offset), kind: d.kind })),
    preMeetings: s.calendar.preMeetings.map((m) => ({ date: addDays(START, m.offset), half: m.half })),
    travel: s.travel,
    ...(s.calendar.visits ? { visits: { start: addDays(START, Math.min(...s.calendar.visits)), end: addDays(START, Math.max(...s.calendar.visits)) } } : {}),
  };
}

/** Every (date, half, positions) a client could send for a day: each single position, whole halves, FAM + FPM. */
function possibleChoices(r: BookingRules, date: DateKey): Array<{ date: DateKey; half: BookingHalf; positions: SlotPosition[] }> {
  const out: Array<{ date: DateKey; half: BookingHalf; positions: SlotPosition[] }> = [];
  for (const half of ['am', 'pm'] as const) {
    for (const homeSlot of [true, false]) {
      const positions = allowedPositions(r, homeSlot, half) as SlotPosition[];
      for (const p of positions) out.push({ date, half, positions: [p] });
      if (homeSlot && positions.length > 1) out.push({ date, half, positions });
    }
  }
  for (const am of allowedPositions(r, false, 'am')) {
    for (const pm of allowedPositions(r, false, 'pm')) out.push({ date, half: 'both', positions: [am, pm] as SlotPosition[] });
  }
  return out;
}

function run(s: Scenario, checkConverse: boolean): { world: World; accepted: Accepted[]; problems: string[] } {
  const world = buildWorld(s);
  const accepted: Accepted[] = [];
  const problems: string[] = [];
  let today = START;
  s.steps.forEach((step, seq) => {
    today = addDays(today, step.advance);
    const context: BookingContext = { ...world, bookings: accepted, today, overrides: step.overrides };
    const request: SlotRequest = { kind: step.kind, plannedApplications: step.plannedApplications, district: step.district, wishes: step.wishes };
    const bare = { kind: request.kind, plannedApplications: request.plannedApplications, district: request.district };
    const { offers, excluded } = findSlots({ ...context, request, limit: 1000 });
    const expectedKind = isHomeSlot(world.rules, request) ? 'home_visit' : 'facility_visit';

    for (const offer of offers) {
      // (3) only visit days of the request's kind, open and not past.
      const day = world.visitDays.find((d) => d.date === offer.date);
      const outside = world.visits && (offer.date < world.visits.start || offer.date > world.visits.end);
      if (day?.kind !== expectedKind || !isWorkingDay(offer.date, world.workingHours) || offer.date < today || outside) {
        problems.push(`step ${seq}: offered ${offer.date} ${offer.half}, not an open ${expectedKind} day from ${today}`);
      }
      // (2) every offer is accepted, with the same positions.
      const check = checkBooking({ ...context, request: bare, choice: { date: offer.date, half: offer.half, positions: offer.positions } });
      if (!check.ok) problems.push(`step ${seq}: offer ${offer.date} ${offer.half} ${offer.positions.join('+')} refused: ${check.reason}`);
      if (excluded.some((e) => e.date === offer.date && (e.half === offer.half || e.half === 'both'))) {
        problems.push(`step ${seq}: ${offer.date} ${offer.half} both offered and excluded`);
      }
    }

    // The converse, on the last call: whatever checkBooking accepts was offered.
    if (checkConverse && seq === s.steps.length - 1) {
      const offered = new Set(offers.map((o) => `${o.date}|${o.half}|${[...o.positions].sort().join('+')}`));
      for (let o = -2; o < SPAN; o++) {
        for (const choice of possibleChoices(world.rules, addDays(START, o))) {
          const check = checkBooking({ ...context, request: bare, choice });
          const key = `${choice.date}|${choice.half}|${[...choice.positions].sort().join('+')}`;
          if (check.ok && !offered.has(key)) problems.push(`step ${seq}: accepted but not offered: ${key}`);
        }
      }
    }

    if (offers.length === 0) return;
    const chosen = step.pick === 'first' ? offers[0] : offers[step.pick % offers.length];
    const check = checkBooking({ ...context, request: bare, choice: { date: chosen.date, half: chosen.half, positions: chosen.positions } });
    if (!check.ok) return;
    accepted.push({ ...bare, id: `b${seq}`, date: chosen.date, positions: chosen.positions, seq, bookedOn: today, overrides: step.overrides });
  });
  return { world, accepted, problems };
}

describe('booking engine properties', () => {
  it('(1) accepted booking sequences never break a rule', () => {
    let booked = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { world, accepted } = run(s, false);
        booked += accepted.length;
        expect(brokenRules(world, accepted)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // The generator must actually book: a vacuous run proves nothing.
    expect(booked).toBeGreaterThan(200);
  });

  it('(2) every offered slot is accepted by checkBooking, and every accepted choice was offered', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(run(s, true).problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('(3) no slot on a non-visit day, a closed day or outside the visit period is ever offered', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(run(s, false).problems.filter((p) => p.includes('not an open'))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the checker itself catches broken bookings', () => {
    const rules = bookingRulesSchema.parse({});
    const world: World = {
      rules,
      workingHours: workingHoursSchema.parse({}),
      visitDays: [{ date: '2026-07-15', kind: 'home_visit' }],
      preMeetings: [],
      travel: { districts: ['A', 'B'], minutes: { A: { B: 40 } } },
    };
    const base = { kind: 'home' as const, plannedApplications: 1, bookedOn: '2026-06-01', overrides: {} };
    const bad: Accepted[] = [
      { ...base, id: 'x', seq: 0, date: '2026-07-15', positions: ['AM1'], district: 'A' },
      { ...base, id: 'y', seq: 1, date: '2026-07-15', positions: ['AM2'], district: 'B' },
      { ...base, id: 'z', seq: 2, date: '2026-07-16', positions: ['PM2'], district: 'A', plannedApplications: 6 },
    ];
    expect(brokenRules(world, bad)).toEqual([
      '#2 2026-07-16 PM2: not a visit day of its kind',
      '#2 2026-07-16 PM2: a large household must take its whole half-day',
      '2026-07-15:am:H: AM1–AM2 40 min > 30',
      '2026-07-16:pm:H: not filled in order (PM2)',
    ]);
  });
});
