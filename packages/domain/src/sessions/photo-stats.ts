import type { DateKey } from '../common/dates.js';
import { monthKey } from '../common/dates.js';
import type { MonthBucket } from '../common/buckets.js';
import { monthBuckets } from '../common/buckets.js';

/**
 * Face-photo statistics per month (DOMAIN "Photo statistics"): photos taken on site vs brought, retakes, and
 * the exceptions the national manual allows (001_… 第7(1)) by reason. The row fields are those of a session's
 * counts in a daily report, so session rows can be passed as they are.
 */

export interface PhotoCountsRow {
  date: DateKey;
  photosTakenOnSite: number;
  photosBrought: number;
  photoRetakes: number;
  photoExceptionsMedical: number;
  photoExceptionsDisability: number;
  photoExceptionsBedridden: number;
  photoExceptionsOther: number;
}

export interface PhotoExceptionCounts {
  medical: number;
  disability: number;
  bedridden: number;
  other: number;
}

export interface MonthlyPhotoStats extends MonthBucket {
  onSite: number;
  brought: number;
  retakes: number;
  exceptions: PhotoExceptionCounts;
  exceptionsTotal: number;
}

/** One entry per month touching [from, to] (zeros when nothing was reported); rows outside [from, to] are left out. */
export function photoStatsByMonth(rows: readonly PhotoCountsRow[], from: DateKey, to: DateKey): MonthlyPhotoStats[] {
  const months = new Map<string, MonthlyPhotoStats>(
    monthBuckets(from, to).map((m) => [
      m.month,
      { ...m, onSite: 0, brought: 0, retakes: 0, exceptions: { medical: 0, disability: 0, bedridden: 0, other: 0 }, exceptionsTotal: 0 },
    ]),
  );
  for (const r of rows) {
    if (r.date < from || r.date > to) continue;
    const m = months.get(monthKey(r.date))!;
    m.onSite += r.photosTakenOnSite;
    m.brought += r.photosBrought;
    m.retakes += r.photoRetakes;
    m.exceptions.medical += r.photoExceptionsMedical;
    m.exceptions.disability += r.photoExceptionsDisability;
    m.exceptions.bedridden += r.photoExceptionsBedridden;
    m.exceptions.other += r.photoExceptionsOther;
    m.exceptionsTotal += r.photoExceptionsMedical + r.photoExceptionsDisability + r.photoExceptionsBedridden + r.photoExceptionsOther;
  }
  return [...months.values()];
}
