import type { ConfirmationCallCreate, ConfirmationListView } from '@outreach/domain/confirmation-calls';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const confirmationCalls = (programId: Identifier, query = '') => recordUrl('programs', programId, `/confirmation-calls${query}`);

/** 前日確認: the call list of a visit day and the outcome of each call. */
export const confirmationCallMethods = {
  confirmationCalls: async (programId: Identifier, date?: string) =>
    (await apiFetch<ConfirmationListView>(confirmationCalls(programId, date ? `?${new URLSearchParams({ date })}` : ''))).json,
  recordConfirmationCall: async (programId: Identifier, body: ConfirmationCallCreate) =>
    (await apiFetch<ConfirmationListView>(confirmationCalls(programId), { method: 'POST', body })).json,
};
