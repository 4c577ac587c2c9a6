import { addDays, closedReason, daysBetween, eachDay, jstDateKey, weekday } from '@outreach/domain/common';
import { programBodySchema, resolvePeriods } from '@outreach/domain/programs';
import { DEMO_TODAY_FRACTION, demoShiftWeeks, REAL_DATES_WINDOW, REAL_OTARU_VISITS } from './demo-placement';
import { demoProgramSettings, demoVisitCalendar } from './demo-programs';

/** Every fifteenth day from 2024 to 2032, and the days the issue names: a leap day, year-ends, the window's edges. */
const DAYS = [
  ...eachDay('2024-01-01', '2032-12-31').filter((_, i) => i % 15 === 0),
  '2028-02-29',
  '2027-12-31',
  '2026-12-31',
  '2027-01-01',
  '2026-12-04',
  REAL_DATES_WINDOW.from,
  REAL_DATES_WINDOW.to,
  addDays(REAL_DATES_WINDOW.from, -1),
  addDays(REAL_DATES_WINDOW.to, 1),
];

function placedFor(today: string) {
  const weeks = demoShiftWeeks(today);
  const settings = demoProgramSettings(weeks);
  const otaru = programBodySchema.parse({ ...settings.otaru, vendorOrganizationIds: ['00000000-0000-4000-8000-000000000001'] });
  const shimonoseki = programBodySchema.parse({ ...settings.shimonoseki, vendorOrganizationIds: ['00000000-0000-4000-8000-000000000002'] });
  return { weeks, otaru, shimonoseki, visits: resolvePeriods(otaru).visits, calendar: demoVisitCalendar(otaru) };
}

const fraction = (today: string, visits: { start: string; end: string }) => daysBetween(visits.start, today) / daysBetween(visits.start, visits.end);

describe('the demo placed for the day of its first start', () => {
  it('keeps the real 2026 dates inside the real-dates window, where today is 40–82 % into the real visit period', () => {
    for (const today of eachDay(REAL_DATES_WINDOW.from, REAL_DATES_WINDOW.to)) {
      const { weeks, visits } = placedFor(today);
      expect(weeks).toBe(0);
      expect(visits).toEqual(REAL_OTARU_VISITS);
      expect(fraction(today, visits)).toBeGreaterThan(0.39);
      expect(fraction(today, visits)).toBeLessThan(0.83);
    }
  });

  it.each(DAYS.filter((d) => d < REAL_DATES_WINDOW.from || d > REAL_DATES_WINDOW.to))('on %s: today about two thirds into the visit period, by whole weeks', (today) => {
    const { weeks, visits } = placedFor(today);
    // Whole weeks from the real calendar: every weekday holds.
    expect(daysBetween(REAL_OTARU_VISITS.start, visits.start)).toBe(weeks * 7);
    expect(weekday(visits.start)).toBe(weekday(REAL_OTARU_VISITS.start));
    // Within half a week of the two-thirds mark of a 190-day period.
    expect(Math.abs(fraction(today, visits) - DEMO_TODAY_FRACTION)).toBeLessThanOrEqual(3.5 / daysBetween(visits.start, visits.end) + 1e-9);
  });

  it.each(DAYS)('on %s: the contracts keep their structure — lengths, 36 + 6 visit days on open days inside the period, days ahead to book', (today) => {
    const { otaru, shimonoseki, visits, calendar } = placedFor(today);
    const real = placedFor('2026-10-01');
    // Periods keep their lengths; the report deadline keeps its distance from the visits' end.
    expect(daysBetween(otaru.periodStart, otaru.periodEnd)).toBe(daysBetween(real.otaru.periodStart, real.otaru.periodEnd));
    expect(daysBetween(shimonoseki.periodStart, shimonoseki.periodEnd)).toBe(daysBetween(real.shimonoseki.periodStart, real.shimonoseki.periodEnd));
    expect(daysBetween(visits.end, otaru.reportDeadline!)).toBe(daysBetween(REAL_OTARU_VISITS.end, '2027-01-08'));
    expect(otaru.fiscalYear).toBe(Number(otaru.periodStart.slice(0, 4)) - (Number(otaru.periodStart.slice(5, 7)) < 4 ? 1 : 0));
    // 36 home days and 6 facility days, each inside the visit period and on a day the office is open (holidays of the
    // placed year, the year-end closure).
    expect(calendar.days.filter((d) => d.kind === 'home_visit')).toHaveLength(36);
    expect(calendar.days.filter((d) => d.kind === 'facility_visit')).toHaveLength(6);
    for (const d of calendar.days) {
      expect(d.date >= visits.start && d.date <= visits.end).toBe(true);
      expect(closedReason(d.date, otaru.workingHours)).toBeUndefined();
    }
    // Outside the window the operator has home days beyond the lead time still to offer, and days already held.
    const bookableFrom = addDays(today, otaru.bookingRules.leadDaysHome);
    const ahead = calendar.days.filter((d) => d.kind === 'home_visit' && d.date >= bookableFrom);
    const held = calendar.days.filter((d) => d.date < today);
    expect(held.length).toBeGreaterThanOrEqual(10);
    expect(ahead.length).toBeGreaterThanOrEqual(4);
  });

  it('answers the day in Japan, not UTC: a first start at 23:30 on 11-20 (UTC) is the 21st in Japan, outside the window', () => {
    expect(jstDateKey(new Date('2026-11-20T15:30:00Z'))).toBe('2026-11-21');
    expect(demoShiftWeeks(jstDateKey(new Date('2026-11-20T15:30:00Z')))).toBeGreaterThan(0);
    expect(demoShiftWeeks(jstDateKey(new Date('2026-11-20T14:30:00Z')))).toBe(0);
  });
});
