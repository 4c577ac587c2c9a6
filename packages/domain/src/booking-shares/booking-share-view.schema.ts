import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { type ShareFileDownload, shareFilePurposeSchema, shareFileStatusSchema, type ShareFileView } from './share-file.js';
import type { SlipShareWeek } from './slip-share.js';

/** What the slip-share routes answer; the API maps to these (share-file.ts and slip-share.ts define the types), the dashboard reads them. */

/** A row of GET /api/programs/:programId/slip-shares: a visit week, its due date (§9(1)) and the slips not yet shared. */
export const slipShareWeekViewSchema = describes<SlipShareWeek>()(
  z.object({
    weekStart: dateKeyView,
    weekEnd: dateKeyView,
    dueDate: dateKeyView,
    /** Home-visit slips of the week (cancelled and no-show ones left out). */
    slips: z.int(),
    shared: z.int(),
    unshared: z.array(z.object({ bookingId: idView, receptionNumber: z.int(), visitDate: dateKeyView })),
    state: z.enum(['none', 'shared', 'open', 'overdue']),
  }),
);

/** A share file (GET/POST /api/programs/:programId/share-files, GET /api/share-files/:id, approve, reject). */
export const shareFileViewSchema = describes<ShareFileView>()(
  z.object({
    id: idView,
    programId: idView,
    purpose: shareFilePurposeSchema,
    purposeLabel: z.string(),
    weekStart: dateKeyView.nullable(),
    /** The reception numbers it holds (facts only). */
    receptionNumbers: z.array(z.int()),
    status: shareFileStatusSchema,
    statusLabel: z.string(),
    preparedBy: idView,
    preparedByName: z.string().nullable(),
    preparedAt: instantView,
    approvedBy: idView.nullable(),
    approvedByName: z.string().nullable(),
    approvedAt: instantView.nullable(),
    rejectedReason: z.string().nullable(),
    downloads: z.int(),
    lastDownloadedAt: instantView.nullable(),
    /** Last day it can be downloaded (approved files). */
    downloadUntil: dateKeyView.nullable(),
  }),
);

/** POST /api/share-files/:id/download: the encrypted file (base64) and its one-time password, shown once. */
export const shareFileDownloadViewSchema = describes<ShareFileDownload>()(
  z.object({ filename: z.string(), password: z.string(), content: z.string().meta({ contentEncoding: 'base64' }), slips: z.int() }),
);
