import { randomUUID } from 'node:crypto';
import { type CallCategory, type CallOutcome, freezeCallCounts, weeklyCallSeries } from '@outreach/domain/calls';
import { addDays, daysBetween, eachDay, isWorkingDay, jstDateKey, jstInstant, monthKey, weekStart } from '@outreach/domain/common';
import type { WorkingHours } from '@outreach/domain/programs';
import type { EntityManager } from 'typeorm';
import { CallEntity, CallWeekEntity } from '../../modules/calls/call.entity';
import { around, seededRandom, weighted } from './random';

/** The usual mix of a call center's categories and, by category, outcomes (the demo's and the benchmark's calls). */
export const CALL_CATEGORY_WEIGHTS: Record<CallCategory, number> = { booking: 35, change_cancel: 10, question_card_general: 25, question_program: 20, complaint: 3, other: 7 };

export function callOutcomeFor(random: () => number, category: CallCategory, takesBookings = true): CallOutcome {
  if (category === 'booking' && takesBookings) return weighted(random, { booked: 78, callback_needed: 18, no_answer: 4 });
  // A desk that books nothing itself (Shimonoseki's visits are arranged at approved sites, households apply by letter
  // or at the counter): a caller asking for a visit is told how to apply, or sent to the city's counter.
  if (category === 'booking') return weighted(random, { answered: 60, referred_to_city: 25, callback_needed: 12, no_answer: 3 });
  if (category === 'complaint') return weighted(random, { answered: 50, referred_to_city: 40, callback_needed: 10 });
  return weighted(random, { answered: 80, referred_to_city: 8, callback_needed: 10, no_answer: 2 });
}

export interface DemoCallProgram {
  id: string;
  openedOn: string;
  periodEnd: string;
  weekStartsOn: number;
  workingHours: WorkingHours;
  /** Newspaper inserts and city bulletins: calls jump for about a week after each. */
  inserts: string[];
  baseline: number;
  seed: number;
  /** The desk books visits itself (Otaru); false: a call asking for one ends otherwise (callOutcomeFor). */
  takesBookings: boolean;
  /** Days still logged on paper before the system was in use. */
  paperUntil?: string;
  vendorUserId: string;
  cityUserId: string;
}

/**
 * Realistic call volumes from the call center's opening up to yesterday: a weekday baseline, peaks after
 * newspaper inserts that fade over a week, the usual mix of categories and outcomes; weekly reports filed on
 * their due date and accepted by the city the next day, the newest filed one still waiting for its check.
 */
export async function seedDemoCalls(m: EntityManager, p: DemoCallProgram, now: Date): Promise<void> {
  const random = seededRandom(p.seed);
  const today = jstDateKey(now);
  const last = addDays(today < p.periodEnd ? today : p.periodEnd, -1);
  if (last < p.openedOn) return;
  const rows: CallEntity[] = [];
  for (const date of eachDay(p.openedOn, last)) {
    if (!isWorkingDay(date, p.workingHours)) continue;
    const boost = p.inserts.reduce((b, insert) => {
      const d = daysBetween(insert, date);
      return d >= 0 && d < 10 ? b + 3 * Math.exp(-d / 3) : b;
    }, 1);
    const n = around(random, p.baseline * boost);
    const keys = { date, weekStart: weekStart(date, p.weekStartsOn), month: monthKey(date) };
    if (p.paperUntil && date <= p.paperUntil) {
      const counts = new Map<CallCategory, number>();
      for (let i = 0; i < n; i++) {
        const c = weighted(random, CALL_CATEGORY_WEIGHTS);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      for (const [category, count] of counts) {
        rows.push(callRow(p, { ...keys, receivedAt: jstInstant(date, '12:00'), kind: 'bulk', category, outcome: null, count, durationMinutes: null }));
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const category = weighted(random, CALL_CATEGORY_WEIGHTS);
      const minute = 9 * 60 + Math.floor(random() * 8 * 60);
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      rows.push(
        callRow(p, { ...keys, receivedAt: jstInstant(date, time), kind: 'single', category, outcome: callOutcomeFor(random, category, p.takesBookings), count: 1, durationMinutes: 2 + Math.floor(random() * 12) }),
      );
    }
  }
  for (let i = 0; i < rows.length; i += 500) await m.getRepository(CallEntity).insert(rows.slice(i, i + 500));

  // Weekly reports (003 §10(1)): every finished week filed on its due date at 10:30, accepted by the city the day
  // after; the newest filed one still waits for the city's check, and a week not yet due (or due later today) is open.
  const series = weeklyCallSeries({
    from: p.openedOn,
    to: last,
    weekStartsOn: p.weekStartsOn,
    calls: rows.map((r) => ({ date: r.date, category: r.category as CallCategory, count: r.count })),
    workingHours: p.workingHours,
  });
  const filed = series.filter((w) => jstInstant(w.dueDate, '10:30') <= now);
  const weeks: CallWeekEntity[] = filed.map((w, i) => {
    const awaiting = i === filed.length - 1;
    return {
      id: randomUUID(),
      programId: p.id,
      weekStart: w.weekStart,
      status: awaiting ? 'submitted' : 'accepted',
      submittedAt: jstInstant(w.dueDate, '10:30'),
      submittedBy: p.vendorUserId,
      frozenCounts: JSON.stringify(freezeCallCounts(w)),
      decidedAt: awaiting ? null : jstInstant(addDays(w.dueDate, 1), '15:00'),
      decidedBy: awaiting ? null : p.cityUserId,
      reason: null,
    };
  });
  if (weeks.length) await m.getRepository(CallWeekEntity).insert(weeks);
}

function callRow(
  p: DemoCallProgram,
  v: Pick<CallEntity, 'date' | 'weekStart' | 'month' | 'receivedAt' | 'kind' | 'category' | 'outcome' | 'count' | 'durationMinutes'>,
): CallEntity {
  return {
    id: randomUUID(),
    programId: p.id,
    direction: 'in',
    operatorUserId: p.vendorUserId,
    note: null,
    outsideHours: false,
    late: false,
    bookingId: null,
    createdAt: v.receivedAt,
    ...v,
  };
}
