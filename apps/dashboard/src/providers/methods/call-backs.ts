import type { CallBackCreate, CallBackView } from '@outreach/domain/call-backs';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const callBacks = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/call-backs${suffix}`);

/** 折り返し: the team's list of callers to call back, kept from the booking desk, closed when called. */
export const callBackMethods = {
  callBacks: async (programId: Identifier) => (await apiFetch<CallBackView[]>(callBacks(programId))).json,
  createCallBack: async (programId: Identifier, body: Omit<CallBackCreate, 'kind'> & { kind?: CallBackCreate['kind'] }) =>
    (await apiFetch<CallBackView>(callBacks(programId), { method: 'POST', body })).json,
  callBackDone: async (programId: Identifier, id: Identifier) => (await apiFetch<CallBackView>(callBacks(programId, `/${id}/done`), { method: 'POST' })).json,
};
