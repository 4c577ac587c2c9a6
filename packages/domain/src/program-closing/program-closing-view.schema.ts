import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { type ClosingChecklist, closingActionSchema } from './program-closing.js';

/** GET /api/programs/:programId/closing (and the answer of its delete and close): the closing checklist. */
export const closingChecklistViewSchema = describes<ClosingChecklist>()(
  z.object({
    periodEnd: dateKeyView,
    closedAt: instantView.nullable(),
    /** Why the deletions and handovers cannot start yet (the period is not over), or null. */
    notYet: z.string().nullable(),
    /** Every record that still holds personal data. */
    items: z.array(
      z.object({
        kind: z.enum(['booking', 'share_file', 'applicant_list']),
        id: idView,
        /** Japanese, ready to show: 受付番号12（個人宅・令和8年6月17日訪問）. */
        label: z.string(),
        actions: z.array(closingActionSchema),
        inHandoverFile: z.boolean().optional(),
      }),
    ),
    /** Why the program cannot be closed now, or null. */
    closeProblem: z.string().nullable(),
    deleted: z.int(),
    handedOver: z.int(),
  }),
);
