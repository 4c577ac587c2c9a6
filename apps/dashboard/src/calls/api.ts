import type { CallBulkInput } from '@outreach/domain';
import { useCallback } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { API, apiFetch } from '../providers/http';
import type { Call } from './call';

/**
 * POST /api/calls/bulk, which answers with an array (react-admin's create wants one record): called directly,
 * with the same handling as the data provider's calls: a 401 ends the session, other errors reach the caller.
 */
export function useBulkCalls() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (body: CallBulkInput & { programId: string }): Promise<Call[]> => {
      try {
        return (await apiFetch<Call[]>(`${API}/calls/bulk`, { method: 'POST', body })).json;
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    [logoutIfAccessDenied],
  );
}
