import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset batches for the large exports: each batch one indexed range read after the last row of the one before,
 * whatever the offset (OFFSET would read and skip every earlier row). Raw rows (getRawMany), no entities.
 */
export interface DateIdKey {
  date: string;
  id: string;
}

/** Rows of `alias` after `after` in (date, id) order, at most `limit` (an index on (program_id, date) serves it). */
export function afterDateId<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, after: DateIdKey | null, limit: number): SelectQueryBuilder<T> {
  if (after) qb.andWhere(`(${alias}.date > :afterDate OR (${alias}.date = :afterDate AND ${alias}.id > :afterId))`, { afterDate: after.date, afterId: after.id });
  return qb.orderBy(`${alias}.date`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(limit);
}

/** A datetime column as the drivers return it raw (mysql2: a Date; SQLite: 'YYYY-MM-DD HH:MM:SS.sss' in UTC) → ISO. */
export function rawInstant(v: Date | string | null): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`).toISOString();
}

/** A boolean column raw (0/1, '0'/'1' or a boolean). */
export const rawBool = (v: unknown): boolean => v === true || Number(v) === 1;
