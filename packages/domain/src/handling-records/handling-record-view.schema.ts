import { z } from 'zod';
import { idView, instantView } from '../common/view.js';

/** A row of GET /api/handling-records: one handling of data, with the names of who acted. */
export const handlingRecordViewSchema = z.object({
  id: z.int(),
  occurredAt: instantView,
  userId: idView.nullable(),
  userName: z.string().nullable(),
  organizationId: idView.nullable(),
  organizationName: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  programId: idView.nullable(),
  ip: z.string().nullable(),
  reason: z.string().nullable(),
  /** The target in words (受付番号 and visit date, a report's name, a person's or organization's name), or null. */
  target: z.string().nullable().optional(),
  /** One record (GET /api/handling-records/:id): its program's title, and its reason as the §15 report words it. */
  programTitle: z.string().nullable().optional(),
  reasonText: z.string().nullable().optional(),
});
export type HandlingRecordView = z.output<typeof handlingRecordViewSchema>;

/**
 * GET /api/handling-records/actors: the people who acted in the records one may read, for the list's 操作者 filter —
 * the vendor's staff in a city's record as much as its own officials (a user list would offer only one's own).
 */
export const handlingActorViewSchema = z.object({ id: idView, name: z.string() });
export type HandlingActorView = z.output<typeof handlingActorViewSchema>;
