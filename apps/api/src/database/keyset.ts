/**
 * Keyset batches for the large exports: each batch one indexed range read after the last row of the one before,
 * whatever the offset (OFFSET would read and skip every earlier row). Plain SQL with `?` placeholders, run through
 * a `RawQuery` — TypeORM's `query` in the app, or the export worker's own connection (export-connection.ts) — so
 * the owner of a table writes its export's SQL once, for both.
 */
export interface DateIdKey {
  date: string;
  id: string;
}

/** Runs one SELECT with `?` placeholders; rows as the driver returns them (mysql2 or better-sqlite3). */
export type RawQuery = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The end of a keyset SELECT whose WHERE is already open: rows of `alias` after `after` in (date, id) order, at most
 * `limit` (an index on (program_id, date) serves it: InnoDB's secondary indexes end with the primary key).
 */
export function afterDateId(alias: string, after: DateIdKey | null, limit: number): { sql: string; params: unknown[] } {
  const order = ` ORDER BY ${alias}.date, ${alias}.id LIMIT ${Math.trunc(limit)}`;
  if (!after) return { sql: order, params: [] };
  return { sql: ` AND (${alias}.date > ? OR (${alias}.date = ? AND ${alias}.id > ?))${order}`, params: [after.date, after.date, after.id] };
}

/** `?, ?, ?` for an IN list of `n` values (better-sqlite3 does not expand arrays; at least one value). */
export const placeholders = (n: number): string => Array.from({ length: Math.max(1, n) }, () => '?').join(', ');

/** The rows' `n` column of a `SELECT COUNT(*) AS n`, as a number (MariaDB answers a BIGINT). */
export const countOf = (rows: Array<Record<string, unknown>>): number => Number(rows[0]?.n ?? 0);

/** A datetime column as the drivers return it raw (mysql2: a Date; SQLite: 'YYYY-MM-DD HH:MM:SS.sss' in UTC) → ISO. */
export function rawInstant(v: Date | string | null): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`).toISOString();
}

/** A boolean column raw (0/1, '0'/'1' or a boolean). */
export const rawBool = (v: unknown): boolean => v === true || Number(v) === 1;
