import type { DataProvider, GetListParams, Identifier } from 'ra-core';
import { API, apiFetch } from './http';

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

export function recordUrl(resource: string, id: Identifier, suffix = ''): string {
  return `${API}/${resource}/${encodeURIComponent(String(id))}${suffix}`;
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
 * The REST methods plus the calls that are not CRUD. Called through react-admin's useDataProvider, they get
 * the same handling: a 401 ends the session, other errors reach the caller as HttpError.
 */
export const dataProvider = {
  ...restProvider,
  resetPassword: async (userId: Identifier) =>
    (await apiFetch<{ temporaryPassword: string }>(recordUrl('users', userId, '/reset-password'), { method: 'POST' })).json,
  changePassword: async (body: { currentPassword: string; newPassword: string }) => {
    await apiFetch(`${API}/auth/password`, { method: 'POST', body });
  },
  setupTotp: async () => (await apiFetch<{ secret: string; otpauthUrl: string }>(`${API}/auth/totp/setup`, { method: 'POST' })).json,
  enableTotp: async (body: { code: string }) => {
    await apiFetch(`${API}/auth/totp/enable`, { method: 'POST', body });
  },
  disableTotp: async (body: { password: string }) => {
    await apiFetch(`${API}/auth/totp/disable`, { method: 'POST', body });
  },
};

export type AppDataProvider = typeof dataProvider;
