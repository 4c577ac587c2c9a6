import type { ShareFileView } from '@outreach/domain/booking-shares';
import type { ClosingChecklist } from '@outreach/domain/program-closing';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const program = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);

/** Closing a contract (契約終了の手続き, 特記事項 §10): the checklist, deletion, handover file, closing. */
export const programClosingMethods = {
  closingChecklist: async (programId: Identifier) => (await apiFetch<ClosingChecklist>(program(programId, '/closing'))).json,

  deleteAtClosing: async (programId: Identifier, bookingIds: string[]) =>
    (await apiFetch<ClosingChecklist>(program(programId, '/closing/delete'), { method: 'POST', body: { bookingIds } })).json,

  /** A handover file of the chosen reservations: approved by a manager, then downloaded, which deletes their personal data. */
  prepareHandover: async (programId: Identifier, bookingIds: string[]) =>
    (await apiFetch<ShareFileView>(program(programId, '/share-files'), { method: 'POST', body: { purpose: 'handover', bookingIds } })).json,

  closeProgram: async (programId: Identifier) => (await apiFetch<ClosingChecklist>(program(programId, '/closing/close'), { method: 'POST' })).json,
};
