import type { DateKey } from '@outreach/domain/common';
import type { DashboardSummaryView, ProgramOverviewView } from '@outreach/domain/dashboard';
import { API, apiFetch, recordUrl } from '../http';

/** The dashboard's two calls; errors reach the caller as react-admin HttpError with the API's message. */
export const dashboardMethods = {
  /** Everything the program dashboard shows; without from/to the API takes the program's whole period. */
  dashboardSummary: async (programId: string, range: { from?: DateKey; to?: DateKey } = {}) => {
    const query = new URLSearchParams();
    if (range.from) query.set('from', range.from);
    if (range.to) query.set('to', range.to);
    const suffix = query.size > 0 ? `/dashboard?${query.toString()}` : '/dashboard';
    return (await apiFetch<DashboardSummaryView>(recordUrl('programs', programId, suffix))).json;
  },

  /** One row per program the user sees. */
  dashboardOverview: async () => (await apiFetch<ProgramOverviewView[]>(`${API}/dashboard/overview`)).json,
};
