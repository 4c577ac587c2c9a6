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
