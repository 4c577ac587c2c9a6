import { badRequest, type DateKey, dateKeySchema, type ListQuery, type ListSpec, parseListQuery } from '@outreach/domain/common';
import { Between, type FindOperator, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { FindOptionsOrder } from 'typeorm';

/**
 * react-admin's sort and range as TypeORM find options; filters stay with each service (they are per-resource).
 * Rows equal in the sorted column (two handling records of one instant, reports of one day) follow by id in the same
 * direction, so they come in one order every time and a page never repeats or skips one of them.
 */
export function pageOptions<T>(query: ListQuery): { order: FindOptionsOrder<T>; skip: number; take: number } {
  const { field, order } = query.sort;
  const columns: Record<string, 'ASC' | 'DESC'> = field === 'id' ? { id: order } : { [field]: order, id: order };
  return {
    order: columns as FindOptionsOrder<T>,
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

/** A 'YYYY-MM-DD' filter value, or undefined when absent; anything else is a 400 naming the field. */
export function dateParam(value: unknown, field: string): DateKey | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!dateKeySchema.safeParse(value).success) throw badRequest('日付の形式が正しくありません', { [field]: 'YYYY-MM-DD の形で指定してください' });
  return value as DateKey;
}

/** A where-condition on a date-key column from optional from/to filters (both inclusive). */
export function dateRange(from: DateKey | undefined, to: DateKey | undefined): FindOperator<string> | undefined {
  if (from && to) return Between(from, to);
  if (from) return MoreThanOrEqual(from);
  if (to) return LessThanOrEqual(to);
  return undefined;
}
