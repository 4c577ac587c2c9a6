import { DomainError } from './errors.js';
import { parseListQuery } from './list-query.js';

const spec = { sortable: ['id', 'name'], filterable: ['active'], defaultSort: { field: 'name', order: 'ASC' as const } };

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected an error');
}

describe('parseListQuery', () => {
  it('reads react-admin simple-rest parameters', () => {
    expect(parseListQuery({ sort: '["id","desc"]', range: '[10,19]', filter: '{"active":true}' }, spec)).toEqual({
      sort: { field: 'id', order: 'DESC' },
      range: { offset: 10, limit: 10 },
      filter: { active: true },
    });
  });

  it('defaults to the first page in the resource order', () => {
    expect(parseListQuery({}, spec)).toEqual({ sort: { field: 'name', order: 'ASC' }, range: { offset: 0, limit: 25 }, filter: {} });
  });

  it('names the field that may not be sorted or filtered', () => {
    const sortErr = errorOf(() => parseListQuery({ sort: '["password","ASC"]' }, spec));
    expect(sortErr.code).toBe('bad_request');
    expect(sortErr.message).toContain('password');
    expect(sortErr.errors.sort).toContain('id, name');
    const filterErr = errorOf(() => parseListQuery({ filter: '{"secret":1}' }, spec));
    expect(filterErr.errors.secret).toBeDefined();
  });

  it('refuses broken JSON and oversize pages', () => {
    expect(errorOf(() => parseListQuery({ range: '[0,' }, spec)).errors.range).toBeDefined();
    expect(errorOf(() => parseListQuery({ range: '[0,10000]' }, spec)).errors.range).toContain('500');
    expect(errorOf(() => parseListQuery({ range: '[5,1]' }, spec)).code).toBe('bad_request');
  });
});
