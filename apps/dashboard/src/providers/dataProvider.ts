import type { TotpSetupView } from '@outreach/domain/auth';
import type { DailyReportAction } from '@outreach/domain/daily-reports';
import type { TemporaryPasswordView } from '@outreach/domain/users';
import type { DataProvider, GetListParams, Identifier } from 'ra-core';
import { useDataProvider } from 'ra-core';
import { API, apiFetch, recordUrl } from './http';
import { approvalMethods } from './methods/approvals';
import { reportFormMethods } from './methods/report-forms';
import { handlingRecordMethods } from './methods/handling-records';
import { reportSubmissionMethods } from './methods/report-submissions';
import { callBackMethods } from './methods/call-backs';
import { applicationMethods } from './methods/applications';
import { handOverMethods } from './methods/hand-overs';
import { confirmationCallMethods } from './methods/confirmation-calls';
import { teamMethods } from './methods/teams';
import { facilityMethods } from './methods/facilities';
import { bookingShareMethods } from './methods/booking-shares';
import { bookingMethods } from './methods/bookings';
import { callMethods } from './methods/calls';
import { dailyReportMethods } from './methods/daily-reports';
import { dashboardMethods } from './methods/dashboard';
import { personalDataMethods } from './methods/personal-data';
import { programClosingMethods } from './methods/program-closing';
import { programMethods } from './methods/programs';
import { reportMethods } from './methods/reports';

/** The parts of a list request that go into react-admin's simple-rest query string. */
export interface ListUrlQuery {
  sort?: GetListParams['sort'];
  pagination?: GetListParams['pagination'];
  filter?: Record<string, unknown>;
}

/** `/api/<resource><suffix>?sort=["field","ASC"]&range=[0,24]&filter={...}`; empty parts are left out. */
export function listUrl(resource: string, { sort, pagination, filter }: ListUrlQuery, suffix = ''): string {
  const params = new URLSearchParams();
  if (sort) params.set('sort', JSON.stringify([sort.field, sort.order]));
  if (pagination) {
    const start = (pagination.page - 1) * pagination.perPage;
    params.set('range', JSON.stringify([start, start + pagination.perPage - 1]));
  }
  if (filter && Object.keys(filter).length > 0) params.set('filter', JSON.stringify(filter));
  const query = params.toString();
  return `${API}/${resource}${suffix}${query === '' ? '' : `?${query}`}`;
}

/** The X-Total-Count header of a list response. */
export function totalCount(headers: Headers): number {
  const raw = headers.get('X-Total-Count');
  const total = raw === null ? NaN : Number.parseInt(raw, 10);
  if (Number.isNaN(total)) throw new Error('The list response has no X-Total-Count header');
  return total;
}

/*
 * Records are not checked at this boundary: react-admin types them per view, so the JSON is handed over as
 * `never` (assignable to whatever record type the calling view declares).
 */
async function getList(resource: string, query: ListUrlQuery) {
  const { json, headers } = await apiFetch<never[]>(listUrl(resource, query));
  return { data: json, total: totalCount(headers) };
}

/** react-admin's simple-rest dialect against our API, with the session cookie and the API's field errors. */
const restProvider: DataProvider = {
  getList: (resource, { sort, pagination, filter }) => getList(resource, { sort, pagination, filter }),

  async getOne(resource, { id }) {
    const { json } = await apiFetch<never>(recordUrl(resource, id));
    return { data: json };
  },

  async getMany(resource, { ids }) {
    const url = listUrl(resource, { filter: { id: ids }, pagination: { page: 1, perPage: Math.max(ids.length, 1) } });
    const { json } = await apiFetch<never[]>(url);
    return { data: json };
  },

  getManyReference: (resource, { target, id, sort, pagination, filter }) =>
    getList(resource, { sort, pagination, filter: { ...filter, [target]: id } }),

  async create(resource, { data }) {
    const { json } = await apiFetch<never>(`${API}/${resource}`, { method: 'POST', body: data });
    return { data: json };
  },

  async update(resource, { id, data }) {
    const { json } = await apiFetch<never>(recordUrl(resource, id), { method: 'PUT', body: data });
    return { data: json };
  },

  async updateMany(resource, { ids, data }) {
    await Promise.all(ids.map((id) => apiFetch(recordUrl(resource, id), { method: 'PUT', body: data })));
    return { data: ids };
  },

  async delete(resource, { id }) {
    const { json } = await apiFetch<never>(recordUrl(resource, id), { method: 'DELETE' });
    return { data: json };
  },

  async deleteMany(resource, { ids }) {
    await Promise.all(ids.map((id) => apiFetch(recordUrl(resource, id), { method: 'DELETE' })));
    return { data: ids };
  },
};

/**
 * The REST methods plus the calls that are not CRUD (one file per feature in methods/). Called through
 * react-admin's useDataProvider (useAppDataProvider) and react-query's useQuery / useMutation, they get the same
 * handling: a 401 ends the session, other errors reach the caller as HttpError with the API's field errors.
 */
export const dataProvider = {
  ...restProvider,
  ...programMethods,
  ...callMethods,
  ...bookingMethods,
  ...bookingShareMethods,
  ...approvalMethods,
  ...callBackMethods,
  ...applicationMethods,
  ...handOverMethods,
  ...confirmationCallMethods,
  ...teamMethods,
  ...facilityMethods,
  ...dailyReportMethods,
  ...dashboardMethods,
  ...reportMethods,
  ...reportSubmissionMethods,
  ...reportFormMethods,
  ...personalDataMethods,
  ...programClosingMethods,
  ...handlingRecordMethods,
  resetPassword: async (userId: Identifier) =>
    (await apiFetch<TemporaryPasswordView>(recordUrl('users', userId, '/reset-password'), { method: 'POST' })).json,
  changePassword: async (body: { currentPassword: string; newPassword: string }) => {
    await apiFetch(`${API}/auth/password`, { method: 'POST', body });
  },
  /** Remembers on the server the program the user works on (it follows them to another browser). */
  setCurrentProgram: async (programId: string) => {
    await apiFetch(`${API}/auth/me/program`, { method: 'PUT', body: { programId } });
  },
  setupTotp: async () => (await apiFetch<TotpSetupView>(`${API}/auth/totp/setup`, { method: 'POST' })).json,
  enableTotp: async (body: { code: string }) => {
    await apiFetch(`${API}/auth/totp/enable`, { method: 'POST', body });
  },
  disableTotp: async (body: { password: string }) => {
    await apiFetch(`${API}/auth/totp/disable`, { method: 'POST', body });
  },
  /** A step of the report workflow (call weeks, daily reports): POST /api/<resource>/:id/<action>, with the reason of a return or reopen. */
  reportAction: async (resource: 'call-weeks' | 'daily-reports', id: Identifier, action: DailyReportAction, reason?: string) => {
    await apiFetch(recordUrl(resource, id, `/${action.replaceAll('_', '-')}`), { method: 'POST', body: reason === undefined ? undefined : { reason } });
  },
};

export type AppDataProvider = typeof dataProvider;

/**
 * Options of our useQuery calls: no retry, so that the API's refusal shows at once, and no reload when the window
 * regains focus, so that a form filled from the answer keeps what is typed.
 */
export const QUERY_ONCE = { retry: false, refetchOnWindowFocus: false } as const;

/** react-admin's data provider with our methods, typed: a 401 on any call ends the session. */
export const useAppDataProvider = () => useDataProvider<AppDataProvider>();
