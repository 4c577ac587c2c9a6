import type { CallBackCall, CallBackCreate, CallBackView } from '@outreach/domain/call-backs';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const callBacks = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/call-backs${suffix}`);

/** 折り返し: the team's list of callers to call back, kept from the booking desk or a call logged 折り返し要, closed when the call back is logged. */
export const callBackMethods = {
  callBacks: async (programId: Identifier) => (await apiFetch<CallBackView[]>(callBacks(programId))).json,
  createCallBack: async (programId: Identifier, body: Omit<CallBackCreate, 'kind'> & { kind?: CallBackCreate['kind'] }) =>
    (await apiFetch<CallBackView>(callBacks(programId), { method: 'POST', body })).json,
  /** The call back, logged in the call log: answered, the call-back is done; 応答なし, one more attempt. */
  logCallBack: async (programId: Identifier, id: Identifier, body: CallBackCall) => (await apiFetch<CallBackView>(callBacks(programId, `/${id}/calls`), { method: 'POST', body })).json,
  claimCallBack: async (programId: Identifier, id: Identifier) => (await apiFetch<CallBackView>(callBacks(programId, `/${id}/claim`), { method: 'POST', body: {} })).json,
};
