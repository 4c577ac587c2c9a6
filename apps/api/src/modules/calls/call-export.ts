import type { FullDataCallRow } from '@outreach/domain/reports';
import { afterDateId, countOf, type DateIdKey, placeholders, type RawQuery, rawBool, rawInstant } from '../../database/keyset';

/**
 * 全件データ: a keyset batch of one program's calls, raw (no notes, no operator). Plain SQL through `q`, so the
 * export's worker thread runs it on its own connection (reports/full-data).
 */
export async function callExportBatch(q: RawQuery, programId: string, after: DateIdKey | null, limit: number): Promise<Array<FullDataCallRow & { id: string }>> {
  const rest = afterDateId('c', after, limit);
  const rows = await q(
    'SELECT c.id AS id, c.date AS date, c.received_at AS receivedAt, c.direction AS direction, c.category AS category, c.outcome AS outcome, ' +
      `c.count AS count, c.duration_minutes AS durationMinutes, c.outside_hours AS outsideHours, c.late AS late FROM call_log c WHERE c.program_id = ?${rest.sql}`,
    [programId, ...rest.params],
  );
  return rows.map((r) => ({
    id: r.id as string,
    date: r.date as string,
    receivedAt: rawInstant(r.receivedAt as Date | string)!,
    direction: r.direction as string,
    category: r.category as string,
    outcome: (r.outcome as string | null) ?? null,
    count: Number(r.count),
    durationMinutes: r.durationMinutes === null ? null : Number(r.durationMinutes),
    outsideHours: rawBool(r.outsideHours),
    late: rawBool(r.late),
  }));
}

/** How many calls the programs have (the export's progress). */
export async function callExportCount(q: RawQuery, programIds: string[]): Promise<number> {
  return programIds.length ? countOf(await q(`SELECT COUNT(*) AS n FROM call_log WHERE program_id IN (${placeholders(programIds.length)})`, programIds)) : 0;
}
