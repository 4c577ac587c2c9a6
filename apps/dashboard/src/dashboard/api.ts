import type { DateKey } from '@outreach/domain';
import { recordUrl } from '../providers/dataProvider';
import { API, apiFetch } from '../providers/http';
import type { DashboardSummary, OverviewRow } from './summary';

/** The dashboard's two calls; errors reach the caller as react-admin HttpError with the API's message. */
export const dashboardApi = {
  /** Everything the program dashboard shows; without from/to the API takes the program's whole period. */
  summary: async (programId: string, range: { from?: DateKey; to?: DateKey } = {}) => {
    const query = new URLSearchParams();
    if (range.from) query.set('from', range.from);
    if (range.to) query.set('to', range.to);
    const suffix = query.size > 0 ? `/dashboard?${query.toString()}` : '/dashboard';
    return (await apiFetch<DashboardSummary>(recordUrl('programs', programId, suffix))).json;
  },

  /** One row per program the user sees. */
  overview: async () => (await apiFetch<OverviewRow[]>(`${API}/dashboard/overview`)).json,
};
