import fc from 'fast-check';
import type { DateKey } from '../common/dates.js';
import { addDays, daysBetween } from '../common/dates.js';
import { issuesToFieldErrors } from '../common/errors.js';
import {
  monthlyReportDueDate,
  namedPeriod,
  outsidePeriod,
  periodProblems,
  periodTimeline,
  reportingDeadlines,
  resolvePeriods,
} from './periods.js';
import { programInputSchema } from './program.schema.js';

/** Otaru as 003 §3 writes it: contract to 2027-01-08, call center 06-01 – 12-24, visits 06-17 – 12-24. */
const otaru = {
  title: '小樽市マイナンバーカード出張申請受付業務',
  fiscalYear: 2026,
  periodStart: '2026-05-20',
  periodEnd: '2027-01-08',
  reportDeadline: '2027-01-08',
  periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, visits: { start: '2026-06-17', end: '2026-12-24' }, monthlyReportDay: null },
  serviceKinds: ['home_visit', 'facility_visit'],
  methods: { home_visit: 'on_site_acceptance', facility_visit: 'on_site_acceptance' },
};

function fieldErrors(body: unknown) {
  const result = programInputSchema.safeParse(body);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

describe('named periods', () => {
  it('keeps Otaru’s call center, visits and completion date apart', () => {
    const program = programInputSchema.parse(otaru);
    expect(namedPeriod(program, 'contract')).toEqual({ start: '2026-05-20', end: '2027-01-08' });
    expect(namedPeriod(program, 'callCenter')).toEqual({ start: '2026-06-01', end: '2026-12-24' });
    expect(namedPeriod(program, 'visits')).toEqual({ start: '2026-06-17', end: '2026-12-24' });
    expect(reportingDeadlines(program)).toEqual([{ kind: 'completion', month: null, due: '2027-01-08' }]);
  });

  it('takes a missing range from the contract, with monthly reports on the 10th by default', () => {
    const program = programInputSchema.parse({ ...otaru, periods: undefined });
    expect(resolvePeriods(program)).toEqual({
      callCenter: { start: '2026-05-20', end: '2027-01-08' },
      visits: { start: '2026-05-20', end: '2027-01-08' },
      monthlyReportDay: 10,
    });
    expect(resolvePeriods({ periodStart: '2026-06-01', periodEnd: '2026-12-24', periods: null }).monthlyReportDay).toBe(10);
  });

  it('says which period a date falls outside of, in 和暦', () => {
    expect(outsidePeriod('2026-06-10', 'visits', { start: '2026-06-17', end: '2026-12-24' })).toBe(
      '令和8年6月10日は実施期間（令和8年6月17日～令和8年12月24日）の外です',
    );
    expect(outsidePeriod('2026-06-17', 'visits', { start: '2026-06-17', end: '2026-12-24' })).toBeUndefined();
    expect(outsidePeriod('2026-12-25', 'callCenter', { start: '2026-06-01', end: '2026-12-24' })).toContain('コールセンター開設期間');
  });

  it('refuses periods outside the contract and a completion date before the visits end or after the contract', () => {
    expect(fieldErrors({ ...otaru, periods: { ...otaru.periods, visits: { start: '2026-05-01', end: '2027-02-01' } } })).toEqual({
      'periods.visits.start': '実施期間の開始日は契約期間（令和8年5月20日～令和9年1月8日）の中にしてください',
      'periods.visits.end': '実施期間の終了日は契約期間（令和8年5月20日～令和9年1月8日）の中にしてください',
    });
    expect(fieldErrors({ ...otaru, periods: { ...otaru.periods, callCenter: { start: '2026-07-01', end: '2026-06-01' } } })).toEqual({
      'periods.callCenter.end': '終了日は開始日以降にしてください',
    });
    expect(fieldErrors({ ...otaru, reportDeadline: '2026-12-01' })).toEqual({ reportDeadline: '完了報告の期限は実施期間の終了日（令和8年12月24日）以降にしてください' });
    expect(fieldErrors({ ...otaru, reportDeadline: '2027-01-09' })).toEqual({ reportDeadline: '完了報告の期限は契約期間の終了日（令和9年1月8日）以前にしてください' });
    expect(fieldErrors({ ...otaru, periods: { monthlyReportDay: 0 } })).toEqual({ 'periods.monthlyReportDay': '1以上で入力してください' });
  });

  it('puts a monthly report due on the given day of the next month, or that month’s last day', () => {
    expect(monthlyReportDueDate('2026-06', 10)).toBe('2026-07-10');
    expect(monthlyReportDueDate('2026-12', 10)).toBe('2027-01-10');
    expect(monthlyReportDueDate('2027-01', 31)).toBe('2027-02-28');
    expect(monthlyReportDueDate('2027-03', 31)).toBe('2027-04-30');
    expect(
      reportingDeadlines({ periodStart: '2026-07-01', periodEnd: '2027-03-31', reportDeadline: '2027-03-31', periods: { monthlyReportDay: 10 } }).map((d) => d.due),
    ).toEqual(['2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10', '2027-03-10', '2027-03-31', '2027-04-10']);
  });

  it('lays the periods on one axis, with the deadlines and today as markers', () => {
    const t = periodTimeline(programInputSchema.parse(otaru), '2026-09-01');
    expect([t.start, t.end]).toEqual(['2026-05-20', '2027-01-08']);
    expect(t.bars.map((b) => [b.name, b.start, b.end])).toEqual([
      ['contract', '2026-05-20', '2027-01-08'],
      ['callCenter', '2026-06-01', '2026-12-24'],
      ['visits', '2026-06-17', '2026-12-24'],
    ]);
    expect(t.bars[0]).toMatchObject({ left: 0, width: 1 });
    // 2026-06-17 is day 28 of 234 (2026-05-20 … 2027-01-08).
    expect(t.bars[2].left).toBeCloseTo(28 / 234);
    expect(t.markers.map((m) => [m.kind, m.date])).toEqual([
      ['completion', '2027-01-08'],
      ['today', '2026-09-01'],
    ]);
    expect(t.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
  });
});

describe('named periods (properties)', () => {
  const BASE: DateKey = '2025-01-01';
  const day = (n: number) => addDays(BASE, n);
  // A contract and two ranges anywhere inside it, a monthly day and a date.
  const programArb = fc
    .record({
      start: fc.integer({ min: 0, max: 1500 }),
      length: fc.integer({ min: 0, max: 500 }),
      a: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      b: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      monthlyReportDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
      deadline: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ start, length, a, b, monthlyReportDay, deadline }) => {
      const inside = ([x, y]: [number, number]) => {
        const [lo, hi] = [Math.min(x, y), Math.max(x, y)].map((f) => day(start + Math.round(f * length)));
        return { start: lo, end: hi };
      };
      const visits = inside(b);
      const reportDeadline = day(daysBetween(BASE, visits.end) + Math.round(deadline * daysBetween(visits.end, day(start + length))));
      return { periodStart: day(start), periodEnd: day(start + length), reportDeadline, periods: { callCenter: inside(a), visits, monthlyReportDay } };
    });

  it('a date is outside a period exactly when it is before its start or after its end', () => {
    fc.assert(
      fc.property(programArb, fc.integer({ min: -10, max: 2100 }), (p, n) => {
        const date = day(n);
        for (const name of ['contract', 'callCenter', 'visits'] as const) {
          const range = namedPeriod(p, name);
          expect(outsidePeriod(date, name, range) === undefined).toBe(date >= range.start && date <= range.end);
        }
      }),
    );
  });

  it('ranges inside the contract and a deadline between the visits end and the contract end pass the schema', () => {
    fc.assert(fc.property(programArb, (p) => expect(periodProblems(p)).toEqual([])));
  });

  it('every monthly report is due in the following month, on its day or the month’s last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 31 }), (n, d) => {
        const month = day(n).slice(0, 7);
        const due = monthlyReportDueDate(month, d);
        expect(due > `${month}-31`).toBe(true);
        expect(due.slice(0, 7)).not.toBe(month);
        expect(daysBetween(`${month}-01`, due)).toBeLessThan(63);
        const dueDay = Number(due.slice(8));
        expect(dueDay === d || (dueDay < d && addDays(due, 1).endsWith('-01'))).toBe(true);
      }),
    );
  });

  it('the timeline spans every period and deadline, each bar and marker on the axis', () => {
    fc.assert(
      fc.property(programArb, (p) => {
        const t = periodTimeline(p);
        for (const bar of t.bars) {
          expect(bar.left).toBeGreaterThanOrEqual(0);
          expect(bar.width).toBeGreaterThan(0);
          expect(bar.left + bar.width).toBeLessThanOrEqual(1 + 1e-9);
        }
        for (const m of t.markers) expect(m.at >= 0 && m.at < 1).toBe(true);
        const deadlines = reportingDeadlines(p);
        expect(deadlines.filter((d) => d.kind === 'completion')).toHaveLength(1);
        expect(deadlines.map((d) => d.due)).toEqual([...deadlines.map((d) => d.due)].sort());
      }),
    );
  });
});
