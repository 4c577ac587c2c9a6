import type { ReportAction } from '@outreach/domain';
import { useCallback } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { recordUrl } from '../providers/dataProvider';
import { apiFetch } from '../providers/http';
import type { CallWeekView } from './callWeek';

/**
 * POST /api/call-weeks/:id/{submit,accept,return,reopen}, answering with the week. Errors reach the caller as
 * HttpError (the API's message, and `errors.reason` for a missing reason); a 401 ends the session.
 */
export function useWeekTransition() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (id: string, action: ReportAction, reason?: string): Promise<CallWeekView> => {
      try {
        const body = action === 'return' || action === 'reopen' ? { reason } : undefined;
        return (await apiFetch<CallWeekView>(recordUrl('call-weeks', id, `/${action}`), { method: 'POST', body })).json;
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    [logoutIfAccessDenied],
  );
}
