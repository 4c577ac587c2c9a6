import type { ShareFileDownload, ShareFileView, SlipShareWeek } from '@outreach/domain/booking-shares';
import type { DateKey } from '@outreach/domain/common';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const program = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);
const file = (id: Identifier, suffix: string) => recordUrl('share-files', id, suffix);

/** The weekly share of the reception slips (受付票の共有, §9(1)) and its encrypted file (ADR 0010). */
export const bookingShareMethods = {
  /** Each visit week of the program's period with its due date (the program's setting) and its unshared slips. */
  slipShareWeeks: async (programId: Identifier) => (await apiFetch<SlipShareWeek[]>(program(programId, '/slip-shares'))).json,

  shareFiles: async (programId: Identifier) => (await apiFetch<ShareFileView[]>(program(programId, '/share-files'))).json,

  /** Staff prepare the file of a visit week's unshared slips; it waits for a manager's approval. */
  prepareShareFile: async (programId: Identifier, weekStart: DateKey) =>
    (await apiFetch<ShareFileView>(program(programId, '/share-files'), { method: 'POST', body: { purpose: 'weekly', weekStart } })).json,

  approveShareFile: async (id: Identifier) => (await apiFetch<ShareFileView>(file(id, '/approve'), { method: 'POST' })).json,

  rejectShareFile: async (id: Identifier, reason: string) => (await apiFetch<ShareFileView>(file(id, '/reject'), { method: 'POST', body: { reason } })).json,

  /** The released file, encrypted with a new one-time password (shown once). */
  downloadShareFile: async (id: Identifier) => (await apiFetch<ShareFileDownload>(file(id, '/download'), { method: 'POST' })).json,
};
