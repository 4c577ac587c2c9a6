import { type ListQuery, type ListSpec, parseListQuery } from '@outreach/domain';
import type { FindOptionsOrder } from 'typeorm';

/** react-admin's sort and range as TypeORM find options; filters stay with each service (they are per-resource). */
export function pageOptions<T>(query: ListQuery): { order: FindOptionsOrder<T>; skip: number; take: number } {
  return {
    order: { [query.sort.field]: query.sort.order } as FindOptionsOrder<T>,
    skip: query.range.offset,
    take: query.range.limit,
  };
}

export { parseListQuery, type ListQuery, type ListSpec };

/** The ids of a react-admin getMany (`filter={"id":[…]}`), or undefined. */
export function idFilter(filter: Record<string, unknown>): string[] | undefined {
  const ids = filter.id;
  if (ids === undefined) return undefined;
  return (Array.isArray(ids) ? ids : [ids]).map(String);
}
