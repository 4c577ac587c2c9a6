import { z } from 'zod';
import { decisionTrailView, describes, idView, instantView } from '../common/view.js';
import { serviceKindSchema } from '../programs/program.schema.js';
import { siteApprovalStatusSchema, type SiteApprovalView } from './site-approval.schema.js';

/** A site as GET/POST /api/programs/:programId/site-approvals… answer it (the type is SiteApprovalView). */
export const siteApprovalViewSchema = describes<SiteApprovalView>()(
  z.object({
    id: idView,
    programId: idView,
    serviceKind: serviceKindSchema,
    name: z.string(),
    address: z.string().nullable(),
    status: siteApprovalStatusSchema,
    /** Why the city rejected it (status rejected). */
    rejectionReason: z.string().nullable(),
    proposedBy: idView.nullable(),
    proposedByName: z.string().nullable(),
    /** When it was (last) proposed. */
    proposedAt: instantView,
    ...decisionTrailView,
  }),
);
