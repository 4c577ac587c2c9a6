import type { DateKey } from '../common/dates.js';
import type { DailyValue, TargetProgressInput } from './progress.js';
import fc from 'fast-check';
import {
  dailyOfKinds,
  AT_RISK_PROJECTION_RATIO,
  computeGroupProgress,
  computeTargetProgress,
  countedKinds,
  cumulativeSeries,
  paceDays,
  paceSeries,
  projectionSeries,
  targetKindErrors,
} from './progress.js';
import { targetSchema } from './program.schema.js';
import { targetLabel } from '../reports/tables.js';

// June 2026, Monday 1st to Friday 26th: 20 working days, no holiday.
const JUNE = { periodStart: '2026-06-01', periodEnd: '2026-06-26', workingHours: {} };
const sessions40 = { metric: 'sessions', goal: 40 } as const;

function progress(asOf: DateKey, daily: DailyValue[], extra: Partial<TargetProgressInput> = {}) {
  return computeTargetProgress({ ...JUNE, target: sessions40, asOf, daily, ...extra });
}

/** `value` on each of the given dates. */
const each = (dates: DateKey[], value: number): DailyValue[] => dates.map((date) => ({ date, value }));

describe(cumulativeSeries.name, () => {
  it('fills gaps with the running total and starts from everything before `from`', () => {
    const daily = [
      { date: '2026-05-30', value: 2 },
      { date: '2026-06-02', value: 3 },
      { date: '2026-06-02', value: 1 },
      { date: '2026-06-05', value: 4 },
      { date: '2026-06-10', value: 9 },
    ];
    expect(cumulativeSeries(daily, '2026-06-01', '2026-06-06')).toEqual([
      { date: '2026-06-01', value: 2 },
      { date: '2026-06-02', value: 6 },
      { date: '2026-06-03', value: 6 },
      { date: '2026-06-04', value: 6 },
      { date: '2026-06-05', value: 10 },
      { date: '2026-06-06', value: 10 },
    ]);
  });
});

describe(computeTargetProgress.name, () => {
  it('with no activity: rate 0, no goal date, behind as soon as something is expected', () => {
    const p = progress('2026-06-05', []);
    expect(p).toMatchObject({ actual: 0, elapsedDays: 5, totalDays: 20, expectedByAsOf: 10, paceRatio: 0, ratePerDay: 0 });
    expect(p).toMatchObject({ projectedAtEnd: 0, projectedGoalDate: null, status: 'behind', met: false });
  });

  it('keeps counting after the goal is met: ratio above 1, status met, goal date = the day it was reached', () => {
    const p = progress('2026-06-08', each(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-08'], 10));
    expect(p).toMatchObject({ actual: 60, ratio: 1.5, met: true, status: 'met', projectedGoalDate: '2026-06-04' });
  });

  it('is on track at pace, and projects the goal on the last day', () => {
    const p = progress('2026-06-12', each(['2026-06-03', '2026-06-10'], 10));
    expect(p).toMatchObject({ actual: 20, expectedByAsOf: 20, paceRatio: 1, ratePerDay: 2, projectedAtEnd: 40, projectedGoalDate: '2026-06-26', status: 'on_track' });
  });

  it('is at risk when the projection reaches 80% of the goal, with the goal date after the period', () => {
    expect(AT_RISK_PROJECTION_RATIO).toBe(0.8);
    const p = progress('2026-06-12', [{ date: '2026-06-08', value: 17 }]);
    expect(p.projectedAtEnd).toBeCloseTo(34);
    // 23 more at 1.7 a day = 14 working days: the 10 left in June, then 6/29, 6/30, 7/1, 7/2.
    expect(p).toMatchObject({ status: 'at_risk', projectedGoalDate: '2026-07-02' });
    expect(progress('2026-06-12', [{ date: '2026-06-08', value: 15 }]).status).toBe('behind');
  });

  it('measures pace over the planned visit days when given, instead of the working days', () => {
    const daily = [{ date: '2026-06-02', value: 20 }];
    const plannedDays = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-26', '2026-06-03', '2026-07-01'];
    const planned = progress('2026-06-05', daily, { plannedDays });
    // 4 planned days in the period (duplicate and July day ignored), 3 of them elapsed.
    expect(planned).toMatchObject({ totalDays: 4, elapsedDays: 3, expectedByAsOf: 30, status: 'behind' });
    expect(planned.projectedAtEnd).toBeCloseTo(20 + 20 / 3);
    const working = progress('2026-06-05', daily);
    expect(working).toMatchObject({ totalDays: 20, elapsedDays: 5, expectedByAsOf: 10, status: 'on_track' });
  });

  it('before the period: nothing expected, on track, earlier activity counted', () => {
    const p = progress('2026-05-20', [{ date: '2026-05-18', value: 5 }]);
    expect(p).toMatchObject({ actual: 5, elapsedDays: 0, expectedByAsOf: 0, paceRatio: null, ratePerDay: 0, projectedAtEnd: 5, projectedGoalDate: null, status: 'on_track' });
  });

  it('after the period: all is expected, the projection is the actual, the goal date falls after the end', () => {
    const p = progress('2026-07-10', [{ date: '2026-06-15', value: 35 }, { date: '2026-07-20', value: 99 }]);
    expect(p).toMatchObject({ actual: 35, elapsedDays: 20, expectedByAsOf: 40, ratePerDay: 1.75, projectedAtEnd: 35, status: 'at_risk' });
    // 5 more at 1.75 a working day = 3 working days after asOf (Fri 7/10): 7/13, 7/14, 7/15.
    expect(p.projectedGoalDate).toBe('2026-07-15');
  });

  it('skips holidays when counting pace days', () => {
    // July 2026 has 海の日 on Monday 20th: 22 working days.
    expect(paceDays({ periodStart: '2026-07-01', periodEnd: '2026-07-31', workingHours: {} })).toHaveLength(22);
  });
});

describe('chart series', () => {
  it('paceSeries climbs on working days only and ends at the goal', () => {
    const pace = paceSeries(JUNE, 40);
    expect(pace).toHaveLength(26);
    expect(pace[0]).toEqual({ date: '2026-06-01', value: 2 });
    expect(pace.find((p) => p.date === '2026-06-06')).toEqual({ date: '2026-06-06', value: 10 });
    expect(pace.find((p) => p.date === '2026-06-07')).toEqual({ date: '2026-06-07', value: 10 });
    expect(pace.at(-1)).toEqual({ date: '2026-06-26', value: 40 });
  });

  it('projectionSeries runs from asOf to the period end and ends at projectedAtEnd', () => {
    const input = { ...JUNE, asOf: '2026-06-12' };
    const p = progress(input.asOf, [{ date: '2026-06-08', value: 17 }]);
    const line = projectionSeries(input, p);
    expect(line[0]).toEqual({ date: '2026-06-12', value: 17 });
    expect(line[1]).toEqual({ date: '2026-06-13', value: 17 });
    expect(line[3].value).toBeCloseTo(18.7);
    expect(line.at(-1)!.value).toBeCloseTo(p.projectedAtEnd);
    expect(projectionSeries({ ...JUNE, asOf: '2026-07-01' }, p)).toEqual([]);
  });
});

describe(computeGroupProgress.name, () => {
  describe('Shimonoseki visit-type support: 40 sessions or 300 applicants (any)', () => {
    const period = { periodStart: '2025-06-02', periodEnd: '2026-03-31', workingHours: {}, asOf: '2025-11-28' };
    const group = { logic: 'any' as const };
    const targets = (sessions: number, applicants: number) => [
      computeTargetProgress({ ...period, target: { metric: 'sessions', goal: 40 }, daily: [{ date: '2025-10-01', value: sessions }] }),
      computeTargetProgress({ ...period, target: { metric: 'applications', goal: 300 }, daily: [{ date: '2025-10-01', value: applicants }] }),
    ];

    it('is met by the sessions alone, and work continues', () => {
      const g = computeGroupProgress(group, targets(41, 250));
      expect(g).toMatchObject({ met: true, status: 'met' });
      expect(g.targets.map((t) => t.status)).toEqual(['met', 'on_track']);
    });

    it('takes the most promising target’s status while neither is met', () => {
      const g = computeGroupProgress(group, targets(20, 100));
      expect(g.targets.map((t) => t.status)).toEqual(['at_risk', 'behind']);
      expect(g).toMatchObject({ met: false, status: 'at_risk' });
    });
  });

  describe('Otaru: 144 home reservations, 6 facilities and 276 applications (all)', () => {
    const period = { periodStart: '2026-06-17', periodEnd: '2026-12-24', workingHours: {}, asOf: '2026-12-24' };
    const group = { logic: 'all' as const };
    const targets = (applications: number) => [
      computeTargetProgress({ ...period, target: { metric: 'reservations', goal: 144, serviceKinds: ['home_visit'] }, daily: [{ date: '2026-12-01', value: 150 }] }),
      computeTargetProgress({ ...period, target: { metric: 'facilities_visited', goal: 6, serviceKinds: ['facility_visit'] }, daily: [{ date: '2026-12-10', value: 6 }] }),
      computeTargetProgress({ ...period, target: { metric: 'applications', goal: 276 }, daily: [{ date: '2026-12-01', value: applications }] }),
    ];

    it('is not met while one target is short, and takes the worst status', () => {
      const g = computeGroupProgress(group, targets(270));
      expect(g.targets.map((t) => t.status)).toEqual(['met', 'met', 'at_risk']);
      expect(g).toMatchObject({ met: false, status: 'at_risk' });
    });

    it('is met when every target is', () => {
      expect(computeGroupProgress(group, targets(280))).toMatchObject({ met: true, status: 'met' });
    });
  });

  it('never meets an empty group', () => {
    expect(computeGroupProgress({ logic: 'all' }, [])).toMatchObject({ met: false, status: 'behind' });
  });
});

describe('targets counting several service kinds (004 §7(1): facilities and homes together)', () => {
  it('counts its own kinds, or every kind of the program when it names none', () => {
    expect(countedKinds(['facility_visit', 'home_visit'], ['home_visit', 'facility_visit', 'venue_event'])).toEqual(['facility_visit', 'home_visit']);
    expect(countedKinds([], ['home_visit', 'venue_event'])).toEqual(['home_visit', 'venue_event']);
    expect(countedKinds(undefined, ['venue_event'])).toEqual(['venue_event']);
  });

  it('names the target field that counts a kind the program does not offer', () => {
    const groups = [
      { targets: [{ serviceKinds: ['facility_visit' as const] }, { serviceKinds: ['facility_visit' as const, 'home_visit' as const] }] },
      { targets: [{}] },
    ];
    expect(targetKindErrors(groups, ['facility_visit', 'venue_event'])).toEqual({ 'groups.0.targets.1.serviceKinds': 'この事業にないサービス種別です' });
    expect(targetKindErrors(groups, ['facility_visit', 'home_visit'])).toEqual({});
  });

  it('rejects a kind listed twice, and labels a target by all its kinds', () => {
    const twice = targetSchema.safeParse({ metric: 'sessions', goal: 40, serviceKinds: ['home_visit', 'home_visit'] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]).toMatchObject({ path: ['serviceKinds'], message: '同じサービス種別が重複しています' });
    expect(targetLabel({ label: null, target: { metric: 'sessions', serviceKinds: ['facility_visit', 'home_visit'] } })).toBe('福祉施設訪問・個人宅訪問 実施回数');
    expect(targetLabel({ label: null, target: { metric: 'applications', serviceKinds: [] } })).toBe('申請件数');
  });
});

describe(dailyOfKinds.name, () => {
  it('equals summing each kind by date on its own: one grouped query serves every target of a source', () => {
    const kinds = ['home_visit', 'facility_visit', 'venue'] as const;
    const row = fc.record({ date: fc.integer({ min: 0, max: 40 }).map((d) => `2026-07-${String((d % 28) + 1).padStart(2, '0')}`), kind: fc.constantFrom(...kinds), value: fc.nat(50) });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => `${r.date}|${r.kind}` }), fc.subarray([...kinds]), (rows, wanted) => {
        const expected = new Map<string, number>();
        for (const r of rows) if (wanted.includes(r.kind)) expected.set(r.date, (expected.get(r.date) ?? 0) + r.value);
        const got = dailyOfKinds(rows, wanted);
        expect(got.map((d) => d.date)).toEqual([...expected.keys()].sort());
        for (const d of got) expect(d.value).toBe(expected.get(d.date));
      }),
    );
    expect(dailyOfKinds([{ date: '2026-07-02', kind: 'venue', value: 0 }], ['venue'])).toEqual([{ date: '2026-07-02', value: 0 }]);
  });
});

describe('pace days kept per calendar', () => {
  it('are the same whether asked first or again, for any period over the same rules, and a new array each time', () => {
    const rules = { workingWeekdays: [1, 2, 3, 4, 5], extraClosedDays: ['2026-07-01'] };
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [periodStart, periodEnd] = a <= b ? [a, b] : [b, a];
        const kept = paceDays({ periodStart, periodEnd, workingHours: rules });
        const fresh = paceDays({ periodStart, periodEnd, workingHours: JSON.parse(JSON.stringify(rules)) as typeof rules });
        expect(kept).toEqual(fresh);
        kept.push('9999-12-31');
        expect(paceDays({ periodStart, periodEnd, workingHours: rules })).toEqual(fresh);
      }),
      { numRuns: 200 },
    );
  });
});
