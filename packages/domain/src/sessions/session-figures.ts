import type { DateKey } from '../common/dates.js';

/**
 * Figures of held sessions that every output shows (docs/metrics.md): the dashboard, each Excel report, the city
 * summary and the program targets compute them here, whether from sessions or from per-day sums of them.
 */

/** 相談件数: the consultations of held sessions (or of rows that already add them up per day). */
export function consultationsTotal(rows: ReadonlyArray<{ consultations: number }>): number {
  return rows.reduce((sum, r) => sum + r.consultations, 0);
}

/**
 * 訪問施設数 per day: each facility (by its name) counts once, on the day of its first held facility visit. `visits`
 * are held facility visits (place and date, repeats allowed); the result is sorted by date.
 */
export function facilitiesVisitedByDay(visits: ReadonlyArray<{ place: string; date: DateKey }>): Array<{ date: DateKey; value: number }> {
  const first = new Map<string, DateKey>();
  for (const v of visits) {
    const seen = first.get(v.place);
    if (seen === undefined || v.date < seen) first.set(v.place, v.date);
  }
  const byDate = new Map<DateKey, number>();
  for (const date of first.values()) byDate.set(date, (byDate.get(date) ?? 0) + 1);
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
}
