import { z } from 'zod';
import { organizationKindSchema } from '../auth/roles.js';
import { idView } from '../common/view.js';

export const organizationInputSchema = z
  .object({
    kind: organizationKindSchema.exclude(['operator']),
    name: z.string().trim().min(1, '入力してください').max(200),
    municipalityId: z.string().uuid().nullable().optional(),
    /** A vendor's contracting cities (the system administrator records them); city admins choose only among these. */
    servedMunicipalityIds: z.array(z.uuid()).max(200).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'city' && !o.municipalityId) ctx.addIssue({ code: 'custom', path: ['municipalityId'], message: '市の組織には自治体を指定してください' });
  });

/** A row of GET /api/organizations and the body of GET/POST/PUT /api/organizations/:id. */
export const organizationViewSchema = z.object({
  id: idView,
  name: z.string(),
  kind: organizationKindSchema,
  municipalityId: idView.nullable(),
  municipalityName: z.string().nullable(),
  /** Vendors: the cities that contract them. */
  servedMunicipalityIds: z.array(idView),
});
export type OrganizationView = z.output<typeof organizationViewSchema>;
