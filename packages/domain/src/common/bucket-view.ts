import { z } from 'zod';
import type { MonthBucket, WeekBucket } from './buckets.js';
import { dateKeyView, describes } from './view.js';

/** The week and month buckets of the series the API answers (buckets.ts). */
export const weekBucketView = describes<WeekBucket>()(z.object({ weekStart: dateKeyView, weekEnd: dateKeyView }));
export const monthBucketView = describes<MonthBucket>()(
  z.object({ month: z.string().meta({ description: 'YYYY-MM' }), monthStart: dateKeyView, monthEnd: dateKeyView, fiscalYear: z.int() }),
);
