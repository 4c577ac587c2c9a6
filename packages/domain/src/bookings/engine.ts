import type { DateKey } from '../common/dates.js';
import { addDays, weekday } from '../common/dates.js';
import { formatMonthDayWithWeekday } from '../common/wareki.js';
import type { BookingHalf, ExcludedSlot, FindSlotsInput, FindSlotsResult, SlotOffer, SlotWishes } from './booking.schema.js';
import type { PreparedContext, RequestPlan } from './rules.js';
import { dayRefusal, evaluateSlot, planRequest, prepare } from './rules.js';
import { UNKNOWN_DISTRICT_WARNING, travelMinutes } from './travel.js';

/**
 * The operator's view while on the phone (Otaru §8(2)オ): the best free slots for the caller's wishes under every
 * booking rule, at once, and for the slots the caller wished but cannot have, the reason in Japanese.
 */

const DEFAULT_LIMIT = 10;
/** The excluded list stays short: only slots the caller wished, the earliest first. */
const EXCLUDED_MAX = 20;
const HALF_ORDER: Record<BookingHalf, number> = { am: 0, pm: 1, both: 2 };

export function findSlots(input: FindSlotsInput): FindSlotsResult {
  const p = prepare(input);
  const { request } = input;
  const plan = planRequest(input.rules, request);
  const wishes = request.wishes ?? {};
  const ranked: Array<{ offer: SlotOffer; score: number }> = [];
  const excluded: ExcludedSlot[] = [];

  for (const date of candidateDates(p, plan, wishes)) {
    const dayIssue = dayRefusal(p, plan, date);
    if (dayIssue) {
      if (dateMatches(wishes, date)) excluded.push({ date, half: 'both', reason: dayIssue.reason, overridable: false });
      continue;
    }
    for (const half of halvesFor(plan)) {
      const verdict = evaluateSlot(p, plan, request, date, half);
      const match = wishMatch(wishes, date, half);
      if (verdict.ok) {
        const { positions, window, warnings } = verdict;
        ranked.push({ offer: { date, half, position: positions[0], positions, window, matchesWishes: match.all, warnings }, score: match.score });
      } else if (match.all) {
        excluded.push({ date, half, position: verdict.position, reason: verdict.reason, overridable: verdict.overridable });
      }
    }
  }

  // Full matches first, then the most wishes met, then the earliest slot.
  ranked.sort((a, b) => b.score - a.score || compareSlots(a.offer, b.offer));
  excluded.sort(compareSlots);
  const limit = Math.max(0, input.limit ?? DEFAULT_LIMIT);
  const offers = ranked.slice(0, limit).map((r) => r.offer);
  return { offers, excluded: excluded.slice(0, EXCLUDED_MAX), warnings: requestWarnings(input, p, plan, offers.length) };
}

function halvesFor(plan: RequestPlan): BookingHalf[] {
  return plan.unit === 'both' ? ['both'] : ['am', 'pm'];
}

function compareSlots(a: { date: DateKey; half: BookingHalf }, b: { date: DateKey; half: BookingHalf }): number {
  return a.date.localeCompare(b.date) || HALF_ORDER[a.half] - HALF_ORDER[b.half];
}

/**
 * Visit days of the request's kind from today on, plus any date the caller named (so a named holiday or a
 * facility day gets its reason in the excluded list). Past days are skipped unless named.
 */
function candidateDates(p: PreparedContext, plan: RequestPlan, wishes: SlotWishes): DateKey[] {
  const dates = new Set<DateKey>(wishes.dates ?? []);
  for (const [date, kind] of p.dayKinds) if (kind === plan.dayKind && date >= p.ctx.today) dates.add(date);
  return [...dates].sort();
}

/** The wishes about the day (dates, weekdays, from/to), without the half. */
function dateMatches(wishes: SlotWishes, date: DateKey): boolean {
  return dayCriteria(wishes, date).every(Boolean);
}

function dayCriteria(wishes: SlotWishes, date: DateKey): boolean[] {
  const out: boolean[] = [];
  if (wishes.dates?.length) out.push(wishes.dates.includes(date));
  if (wishes.weekdays?.length) out.push(wishes.weekdays.includes(weekday(date)));
  if (wishes.from || wishes.to) out.push((!wishes.from || date >= wishes.from) && (!wishes.to || date <= wishes.to));
  return out;
}

/**
 * How many of the given wishes a slot meets. A both-halves slot meets a half wish only when both halves are
 * wished: a caller who asked for mornings only is told it is not what they asked for.
 */
function wishMatch(wishes: SlotWishes, date: DateKey, half: BookingHalf): { score: number; all: boolean } {
  const criteria = dayCriteria(wishes, date);
  if (wishes.halves?.length) {
    criteria.push(half === 'both' ? wishes.halves.includes('am') && wishes.halves.includes('pm') : wishes.halves.includes(half));
  }
  const score = criteria.filter(Boolean).length;
  return { score, all: score === criteria.length };
}

/** Warnings about the request as a whole, shown above the offers. */
function requestWarnings(input: FindSlotsInput, p: PreparedContext, plan: RequestPlan, offerCount: number): string[] {
  const { rules, request } = input;
  const warnings: string[] = [];
  if (request.kind === 'facility' && plan.dayKind === 'home_visit') {
    warnings.push(`${rules.smallFacilityMax}人以下の施設は個人宅訪問の枠で予約します`);
  }
  if (plan.tooLarge) warnings.push(plan.tooLarge);
  // Travel is checked only for home slots shared with other visits; say once that it cannot be for this caller.
  if (plan.dayKind === 'home_visit' && !plan.wholeHalf && !travelMinutes(input.travel, request.district, request.district).known) {
    warnings.push(`申込者の${UNKNOWN_DISTRICT_WARNING}`);
  }
  warnings.push(...periodWarnings(input, plan));
  const kindLabel = plan.dayKind === 'home_visit' ? '個人宅訪問' : '施設訪問';
  const upcoming = [...p.dayKinds].some(([date, kind]) => kind === plan.dayKind && date >= input.today);
  if (!upcoming) warnings.push(`今日以降の${kindLabel}の実施予定日がありません`);
  else if (offerCount === 0) warnings.push('予約できる空き枠がありません');
  return warnings;
}

/**
 * The visit period (実施期間) against the notice and the wish: a request received too late for any day inside the
 * period (a facility of 6+ needs a month's notice counted from the day it is received, 003 §8(2)オ), or a wished time
 * (「1月中旬」 read as dates) with no day inside the period after the notice, is said so at once.
 */
function periodWarnings(input: FindSlotsInput, plan: RequestPlan): string[] {
  const visits = input.visits;
  if (!visits) return [];
  const md = formatMonthDayWithWeekday;
  const notice = input.overrides?.leadTime ? 0 : plan.leadDays;
  // Counted from the day the request was received (as the lead-time rule does), never before today.
  const received = input.receivedOn && input.receivedOn < input.today ? input.receivedOn : input.today;
  const byNotice = addDays(received, notice);
  const earliest = byNotice > input.today ? byNotice : input.today;
  if (earliest > visits.end) {
    return [`受付日から${notice}日後（${md(byNotice)}）が実施期間の終わり（${md(visits.end)}）より後のため、期間内に訪問できる日がありません（管理者の例外が必要です）`];
  }
  const wishes = input.request.wishes ?? {};
  if (!wishes.from && !wishes.to) return [];
  const from = [wishes.from ?? visits.start, visits.start, earliest].sort().at(-1)!;
  const to = [wishes.to ?? visits.end, visits.end].sort()[0];
  if (from <= to) return [];
  const wished = `${wishes.from ? md(wishes.from) : ''}〜${wishes.to ? md(wishes.to) : ''}`;
  return [`ご希望の時期（${wished}）には、実施期間（${md(visits.start)}〜${md(visits.end)}）のうち受付から${notice}日以上先の日がありません`];
}
