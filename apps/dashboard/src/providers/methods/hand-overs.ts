import type { ApplicationView, HandOverBatchView, HandOverRange } from '@outreach/domain/applications';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

/** 引渡し (issue 19 item 3): the program's batches, the applications not yet handed over, creating a batch. */
export const handOverMethods = {
  handOvers: async (programId: Identifier) => (await apiFetch<HandOverBatchView[]>(recordUrl('programs', programId, '/hand-overs'))).json,
  pendingHandOver: async (programId: Identifier, range: HandOverRange) =>
    (await apiFetch<ApplicationView[]>(recordUrl('programs', programId, `/hand-overs/pending?from=${range.from}&to=${range.to}`))).json,
  createHandOver: async (programId: Identifier, range: HandOverRange, key: string) =>
    (await apiFetch<HandOverBatchView>(recordUrl('programs', programId, '/hand-overs'), { method: 'POST', body: range, headers: { 'Idempotency-Key': key } })).json,
};

/** A batch's list: a plain same-origin link (the cookie goes along; the browser saves the API's file name). */
export const handOverListUrl = (programId: Identifier, id: Identifier) => recordUrl('programs', programId, `/hand-overs/${encodeURIComponent(String(id))}/download.zip`);
