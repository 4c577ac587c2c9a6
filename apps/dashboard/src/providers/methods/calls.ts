import type { CallBulkInput } from '@outreach/domain/calls';
import type { CallView } from '@outreach/domain/calls';
import { API, apiFetch } from '../http';

export const callMethods = {
  /** POST /api/calls/bulk: one day's paper counts, answered with the day's calls (an array, so not react-admin's create). */
  bulkCalls: async (body: CallBulkInput & { programId: string }) => (await apiFetch<CallView[]>(`${API}/calls/bulk`, { method: 'POST', body })).json,
};
