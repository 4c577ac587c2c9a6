import type { FullDataSessionRow } from '@outreach/domain/reports';
import { SESSION_COUNT_FIELDS } from '@outreach/domain/sessions';
import { afterDateId, countOf, type DateIdKey, placeholders, type RawQuery, rawBool } from '../../database/keyset';

/** A camelCase field as its snake_case column. */
export const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const COLUMNS = [
  's.id AS id',
  's.date AS date',
  's.start_time AS startTime',
  's.end_time AS endTime',
  's.service_kind AS serviceKind',
  's.method AS method',
  's.status AS status',
  's.city_staff_present AS cityStaffPresent',
  ...SESSION_COUNT_FIELDS.map((f) => `s.${snake(f)} AS ${f}`),
].join(', ');

/**
 * 全件データ: a keyset batch of one program's sessions, raw (no free text: places, reasons, problems stay out). Plain
 * SQL through `q`, so the export's worker thread runs it on its own connection (reports/full-data).
 */
export async function sessionExportBatch(q: RawQuery, programId: string, after: DateIdKey | null, limit: number): Promise<Array<FullDataSessionRow & { id: string }>> {
  const rest = afterDateId('s', after, limit);
  const rows = await q(`SELECT ${COLUMNS} FROM session s WHERE s.program_id = ?${rest.sql}`, [programId, ...rest.params]);
  return rows.map((r) => ({
    id: r.id as string,
    date: r.date as string,
    startTime: r.startTime as string | null,
    endTime: r.endTime as string | null,
    serviceKind: r.serviceKind as string,
    method: r.method as string,
    status: r.status as string,
    cityStaffPresent: rawBool(r.cityStaffPresent),
    counts: Object.fromEntries(SESSION_COUNT_FIELDS.map((f) => [f, Number(r[f])])) as FullDataSessionRow['counts'],
  }));
}

/** How many sessions the programs have (the export's progress). */
export async function sessionExportCount(q: RawQuery, programIds: string[]): Promise<number> {
  return programIds.length ? countOf(await q(`SELECT COUNT(*) AS n FROM session WHERE program_id IN (${placeholders(programIds.length)})`, programIds)) : 0;
}
