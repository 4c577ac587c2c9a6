import { z } from 'zod';
import { describes, idView, submissionTrailView } from '../common/view.js';
import { businessPlanStatusSchema, type BusinessPlanView } from './business-plan.schema.js';

/** A version of the business plan as GET/POST /api/programs/:programId/business-plans… answer it. */
export const businessPlanViewSchema = describes<BusinessPlanView>()(
  z.object({
    id: idView,
    programId: idView,
    version: z.int(),
    title: z.string(),
    /** The uploaded file's name, offered back on download. */
    fileName: z.string(),
    kind: z.enum(['pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls']),
    bytes: z.int(),
    note: z.string().nullable(),
    status: businessPlanStatusSchema,
    /** Why the city returned it (status returned). */
    returnReason: z.string().nullable(),
    ...submissionTrailView,
  }),
);
