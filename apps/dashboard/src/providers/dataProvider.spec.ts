import { dataProvider, listUrl, totalCount } from './dataProvider';
import { recordUrl } from './http';

function decodedQuery(url: string): Record<string, unknown> {
  return Object.fromEntries([...new URL(url, 'http://x').searchParams].map(([key, value]) => [key, JSON.parse(value)]));
}

describe(listUrl.name, () => {
  it("speaks react-admin's simple-rest dialect: sort, inclusive range and JSON filter", () => {
    const url = listUrl('users', {
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 3, perPage: 25 },
      filter: { role: 'city_admin', q: '小樽' },
    });
    expect(url.startsWith('/api/users?')).toBe(true);
    expect(decodedQuery(url)).toEqual({ sort: ['name', 'ASC'], range: [50, 74], filter: { role: 'city_admin', q: '小樽' } });
  });

  it('leaves out what is not given, and an empty filter', () => {
    expect(listUrl('municipalities', { filter: {} })).toBe('/api/municipalities');
  });

  it('appends a suffix before the query, as for the Excel export', () => {
    const url = listUrl('handling-records', { filter: { action: 'auth.login' } }, '/export.xlsx');
    expect(url.split('?')[0]).toBe('/api/handling-records/export.xlsx');
    expect(decodedQuery(url)).toEqual({ filter: { action: 'auth.login' } });
  });
});

describe(recordUrl.name, () => {
  it('escapes the id', () => {
    expect(recordUrl('users', 'a/b', '/reset-password')).toBe('/api/users/a%2Fb/reset-password');
  });
});

describe(totalCount.name, () => {
  it('reads X-Total-Count and refuses a list without it', () => {
    expect(totalCount(new Headers({ 'X-Total-Count': '42' }))).toBe(42);
    expect(() => totalCount(new Headers())).toThrow('X-Total-Count');
  });
});

describe('dataProvider', () => {
  let calls: string[];
  beforeEach(() => {
    calls = [];
    global.fetch = (async (url: string) => {
      calls.push(url);
      return new Response(JSON.stringify([{ id: 'u1' }, { id: 'u2' }]), { status: 200, headers: { 'X-Total-Count': '2' } });
    }) as unknown as typeof fetch;
  });

  it('getList returns the rows and the total', async () => {
    const result = await dataProvider.getList('users', { sort: { field: 'name', order: 'DESC' }, pagination: { page: 1, perPage: 10 }, filter: {} });
    expect(result).toEqual({ data: [{ id: 'u1' }, { id: 'u2' }], total: 2 });
    expect(decodedQuery(calls[0])).toEqual({ sort: ['name', 'DESC'], range: [0, 9] });
  });

  it('getMany asks for the ids through filter={"id":[...]} with a range that fits them all', async () => {
    await dataProvider.getMany('organizations', { ids: ['o1', 'o2', 'o3'] });
    expect(decodedQuery(calls[0])).toEqual({ filter: { id: ['o1', 'o2', 'o3'] }, range: [0, 2] });
  });

  it('getManyReference adds the target to the filter', async () => {
    await dataProvider.getManyReference('users', {
      target: 'organizationId',
      id: 'o1',
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 5 },
      filter: { active: true },
    });
    expect(decodedQuery(calls[0])).toEqual({ sort: ['name', 'ASC'], range: [0, 4], filter: { active: true, organizationId: 'o1' } });
  });
});
