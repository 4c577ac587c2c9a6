import { z } from 'zod';
import { monthBucketView } from '../common/bucket-view.js';
import { dateKeyView, describes, idView } from '../common/view.js';
import { applicationMethodSchema, serviceKindSchema } from '../programs/program.schema.js';
import { applicationTypeSchema } from './application-type.js';
import type { MonthlyPhotoStats } from './photo-stats.js';
import { sessionCountsSchema, sessionStatusSchema, unbookedReasonSchema } from './session.schema.js';

/** What the sessions routes answer; the API maps to these, the dashboard (sessions, daily reports) reads them. */

const textView = z.string().nullable();

/** A session's counts as stored: every number, the texts null when empty. */
export const sessionCountsViewSchema = sessionCountsSchema.extend({
  photoExceptionsOtherText: textView,
  notTakenReason: textView,
  problems: textView,
  note: textView,
  photoShortfallExplanation: textView,
});

/** A row of GET /api/sessions and the body of GET/POST/PUT/DELETE /api/sessions/:id. */
export const sessionViewSchema = sessionCountsViewSchema.extend({
  id: idView,
  programId: idView,
  date: dateKeyView,
  serviceKind: serviceKindSchema,
  place: z.string(),
  method: applicationMethodSchema,
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  staffUserIds: z.array(idView),
  cityStaffPresent: z.boolean(),
  status: sessionStatusSchema,
  cancelReason: textView,
  offDayReason: textView,
  bookingId: idView.nullable(),
  /** The facility (施設) a facility visit was held at. */
  facilityId: idView.nullable(),
  /** Why a held home or facility visit has no booking (null for a booked session or a venue event). */
  unbookedReason: unbookedReasonSchema.nullable(),
  unbookedReasonText: textView,
  /** The applications of every type added up. */
  applicationsTotal: z.int(),
});
export type SessionView = z.output<typeof sessionViewSchema>;

/** Photos of the held sessions per month (photo-stats.ts). */
export const monthlyPhotoStatsViewSchema = describes<MonthlyPhotoStats>()(
  monthBucketView.extend({
    onSite: z.int(),
    brought: z.int(),
    retakes: z.int(),
    exceptions: z.object({ medical: z.int(), disability: z.int(), bedridden: z.int(), other: z.int() }),
    exceptionsTotal: z.int(),
  }),
);

/** Applications of held sessions per application type. */
export const applicationCountsViewSchema = z.record(applicationTypeSchema, z.int());
