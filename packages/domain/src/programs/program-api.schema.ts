import { z } from 'zod';
import { dateKeySchema } from '../common/input.js';
import { programFieldsSchema, refineProgram, targetGroupSchema } from './program.schema.js';

/** Create / edit body of a program: the settings plus the vendor organization(s) serving it. */
export const programBodySchema = programFieldsSchema
  .extend({
    vendorOrganizationIds: z.array(z.string().uuid()).min(1, { message: '受託者を選択してください' }),
  })
  .superRefine(refineProgram);
export type ProgramBody = z.output<typeof programBodySchema>;

/** The whole set of target groups of a program, replaced at once by the target editor. */
export const targetGroupsBodySchema = z.object({ groups: z.array(targetGroupSchema).max(20) });

const dateKey = dateKeySchema;
export const visitDayKindSchema = z.enum(['home_visit', 'facility_visit']);
/** The visits a resident books (個人宅・福祉施設): each held one should come from its booking; venue events take none. */
export const BOOKED_VISIT_KINDS = visitDayKindSchema.options;

export const visitDayProposalBodySchema = z.object({
  homeDays: z.int().min(0).max(300),
  facilityDays: z.int().min(0).max(300),
  fromDate: dateKey.optional(),
});
export const visitDaysBodySchema = z.object({
  days: z.array(z.object({ date: dateKey, kind: visitDayKindSchema })).max(400),
});
export const visitDayBodySchema = z.object({ date: dateKey, kind: visitDayKindSchema });
export const asOfQuerySchema = z.object({ asOf: dateKey.optional() });
