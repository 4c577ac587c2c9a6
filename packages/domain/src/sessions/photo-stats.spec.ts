import type { PhotoCountsRow } from './photo-stats.js';
import { photoStatsByMonth } from './photo-stats.js';

const row = (date: string, counts: Partial<PhotoCountsRow> = {}): PhotoCountsRow => ({
  date,
  photosTakenOnSite: 0,
  photosBrought: 0,
  photoRetakes: 0,
  photoExceptionsMedical: 0,
  photoExceptionsDisability: 0,
  photoExceptionsBedridden: 0,
  photoExceptionsOther: 0,
  ...counts,
});

describe(photoStatsByMonth.name, () => {
  it('totals each month and keeps months without sessions as zeros', () => {
    const rows = [
      row('2026-06-10', { photosTakenOnSite: 5, photosBrought: 1, photoRetakes: 2, photoExceptionsMedical: 1 }),
      row('2026-06-24', { photosTakenOnSite: 3, photoExceptionsBedridden: 2, photoExceptionsOther: 1 }),
      row('2026-08-05', { photosBrought: 4, photoExceptionsDisability: 1 }),
      row('2026-09-01', { photosTakenOnSite: 99 }), // outside the range
    ];
    const stats = photoStatsByMonth(rows, '2026-06-01', '2026-08-31');
    expect(stats.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(stats[0]).toMatchObject({
      onSite: 8,
      brought: 1,
      retakes: 2,
      exceptions: { medical: 1, disability: 0, bedridden: 2, other: 1 },
      exceptionsTotal: 4,
    });
    expect(stats[1]).toMatchObject({ onSite: 0, brought: 0, retakes: 0, exceptionsTotal: 0 });
    expect(stats[2]).toMatchObject({ onSite: 0, brought: 4, exceptions: { disability: 1 }, exceptionsTotal: 1 });
  });
});
