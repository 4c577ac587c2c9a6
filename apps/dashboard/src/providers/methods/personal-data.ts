import type { DeletionLedgerEntry, DeletionRunView } from '@outreach/domain/personal-data';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const program = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);

/** The deletion ledger and the manager's "run the sweep now" (issue 14). */
export const personalDataMethods = {
  deletionLedger: async (programId: Identifier) => (await apiFetch<DeletionLedgerEntry[]>(program(programId, '/personal-data-deletions'))).json,

  runDeletionSweep: async (programId: Identifier) => (await apiFetch<DeletionRunView>(program(programId, '/personal-data-deletions/run'), { method: 'POST' })).json,
};
