import type { ListQuery } from '@outreach/domain/common';
import { pageOptions } from './list-query';

const query = (field: string, order: 'ASC' | 'DESC'): ListQuery => ({ sort: { field, order }, range: { offset: 20, limit: 10 }, filter: {} });

describe(pageOptions.name, () => {
  it('breaks ties of the sorted column by id, in the same direction, so pages are stable', () => {
    expect(pageOptions(query('occurredAt', 'ASC'))).toEqual({ order: { occurredAt: 'ASC', id: 'ASC' }, skip: 20, take: 10 });
    expect(pageOptions(query('date', 'DESC')).order).toEqual({ date: 'DESC', id: 'DESC' });
  });

  it('sorts by id alone when id is the sorted column', () => {
    expect(pageOptions(query('id', 'DESC')).order).toEqual({ id: 'DESC' });
  });
});
