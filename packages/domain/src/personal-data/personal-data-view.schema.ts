import { z } from 'zod';
import { personalDataDeletionRuleView } from '../bookings/booking-view.schema.js';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import type { DeletionLedgerEntry } from './deletion-ledger.js';

/** What the personal-data routes answer; the API maps to these, the dashboard reads them. */

/** A row of GET /api/programs/:programId/personal-data-deletions (個人情報削除記録). */
export const deletionLedgerEntryViewSchema = describes<DeletionLedgerEntry>()(
  z.object({
    bookingId: idView,
    receptionNumber: z.int(),
    kind: z.string(),
    visitDate: dateKeyView.nullable(),
    visitFinishedDate: dateKeyView.nullable(),
    sharedWithCityDate: dateKeyView.nullable(),
    deletedAt: instantView,
    /** The user who deleted it, or null when the sweep did. */
    deletedBy: idView.nullable(),
    deletedByName: z.string().nullable(),
    rule: personalDataDeletionRuleView.nullable(),
    /** The rule in Japanese, or 記録なし for deletions made before the ledger existed. */
    ruleLabel: z.string(),
  }),
);

/** POST /api/programs/:programId/personal-data-deletions/run: how many reservations' personal data the sweep deleted. */
export const deletionRunViewSchema = z.object({ deleted: z.int() });
export type DeletionRunView = z.output<typeof deletionRunViewSchema>;
