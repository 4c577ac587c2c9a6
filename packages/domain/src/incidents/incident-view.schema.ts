import { z } from 'zod';
import { describes, idView, instantView } from '../common/view.js';
import { incidentKindSchema, incidentStatusSchema, type IncidentView } from './incident.schema.js';

/** An incident as GET/POST/PUT /api/incidents… answer it (the type is IncidentView, incident.schema.ts). */
export const incidentViewSchema = describes<IncidentView>()(
  z.object({
    id: idView,
    programId: idView,
    kind: incidentKindSchema,
    occurredAt: instantView,
    discoveredAt: instantView,
    residentsAffected: z.int(),
    summary: z.string(),
    actionsTaken: z.string().nullable(),
    cityInstructions: z.string().nullable(),
    status: incidentStatusSchema,
    /** When it was set to 対応完了 (the last time). */
    resolvedAt: instantView.nullable(),
    reportedBy: idView.nullable(),
    reportedByName: z.string().nullable(),
    /** When it was first recorded (reported to the city: the city sees it at once). */
    createdAt: instantView,
    updatedAt: instantView,
    open: z.boolean(),
  }),
);
