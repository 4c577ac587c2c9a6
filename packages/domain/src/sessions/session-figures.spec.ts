import { consultationsTotal, facilitiesVisitedByDay } from './session-figures.js';

describe(facilitiesVisitedByDay.name, () => {
  it('counts each facility once, on its first visit, in date order', () => {
    const visits = [
      { place: '緑の家', date: '2026-07-03' },
      { place: '緑の家', date: '2026-07-01' },
      { place: '青葉園', date: '2026-07-03' },
      { place: '青葉園', date: '2026-08-01' },
    ];
    expect(facilitiesVisitedByDay(visits)).toEqual([
      { date: '2026-07-01', value: 1 },
      { date: '2026-07-03', value: 1 },
    ]);
    expect(facilitiesVisitedByDay([])).toEqual([]);
  });
});

describe(consultationsTotal.name, () => {
  it('adds the consultations of sessions or of per-day sums alike', () => {
    expect(consultationsTotal([{ consultations: 2 }, { consultations: 0 }, { consultations: 5 }])).toBe(7);
  });
});
