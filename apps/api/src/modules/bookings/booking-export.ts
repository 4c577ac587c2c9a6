import type { FullDataBookingRow } from '@outreach/domain/reports';
import { countOf, placeholders, type RawQuery } from '../../database/keyset';

/**
 * 全件データ: a keyset batch of one program's reservations by reception number, raw — dates, kinds, statuses,
 * counts and the district only: names, addresses, phone numbers, birth dates and reasons stay out. Plain SQL
 * through `q`, so the export's worker thread runs it on its own connection (reports/full-data).
 */
export async function bookingExportBatch(q: RawQuery, programId: string, afterNumber: number | null, limit: number): Promise<FullDataBookingRow[]> {
  const rows = await q(
    'SELECT b.reception_number AS receptionNumber, b.kind AS kind, b.status AS status, b.received_date AS receivedDate, b.visit_date AS visitDate, ' +
      'b.half AS half, b.district AS district, b.applicants AS applicants, b.planned_applications AS plannedApplications, b.caller_relation AS callerRelation, ' +
      `b.visit_finished_date AS visitFinishedDate FROM booking b WHERE b.program_id = ?${afterNumber === null ? '' : ' AND b.reception_number > ?'} ` +
      `ORDER BY b.reception_number LIMIT ${Math.trunc(limit)}`,
    afterNumber === null ? [programId] : [programId, afterNumber],
  );
  return rows.map((r) => ({
    receptionNumber: Number(r.receptionNumber),
    kind: r.kind as string,
    status: r.status as string,
    receivedDate: r.receivedDate as string,
    visitDate: (r.visitDate as string | null) ?? null,
    half: (r.half as string | null) ?? null,
    district: (r.district as string | null) ?? null,
    applicants: Number(r.applicants),
    plannedApplications: Number(r.plannedApplications),
    callerRelation: (r.callerRelation as string | null) ?? null,
    visitFinishedDate: (r.visitFinishedDate as string | null) ?? null,
  }));
}

/** How many reservations the programs have (the export's progress). */
export async function bookingExportCount(q: RawQuery, programIds: string[]): Promise<number> {
  return programIds.length ? countOf(await q(`SELECT COUNT(*) AS n FROM booking WHERE program_id IN (${placeholders(programIds.length)})`, programIds)) : 0;
}
