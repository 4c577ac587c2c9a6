import { z } from 'zod';
import { monthBucketView, weekBucketView } from '../common/bucket-view.js';
import { dateKeyView, describes, instantView } from '../common/view.js';
import { dailyReportStatusSchema } from './report-workflow.js';
import type { Completeness, ReportingRates } from './timeliness.js';

/** GET /api/programs/:id/reporting-rates: how many daily reports arrived, and on time (timeliness.ts). */

const completenessView = describes<Completeness>()(
  z.object({
    expected: z.int(),
    received: z.int(),
    onTime: z.int(),
    pending: z.int(),
    reportingRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
  }),
);

export const reportingRatesViewSchema = describes<ReportingRates>()(
  z.object({
    weeks: z.array(weekBucketView.extend(completenessView.shape)),
    months: z.array(monthBucketView.extend(completenessView.shape)),
    totals: completenessView,
    overdue: z.array(z.object({ date: dateKeyView, dueAt: instantView, status: dailyReportStatusSchema.nullable() })),
  }),
);
