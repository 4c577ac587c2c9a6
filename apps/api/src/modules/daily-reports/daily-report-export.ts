import type { FullDataDailyReportRow, FullDataPhotoStatRow } from '@outreach/domain/reports';
import { countOf, placeholders, type RawQuery, rawInstant } from '../../database/keyset';

/*
 * 全件データ's daily reports and photo statistics: plain SQL through `q`, so the export's worker thread runs it on
 * its own connection (reports/full-data). One program has one report a day at most: read in one statement.
 */

/** The program's daily reports, raw — dates and states, no special notes or reasons. */
export async function dailyReportExportRows(q: RawQuery, programId: string): Promise<FullDataDailyReportRow[]> {
  const rows = await q('SELECT r.date AS date, r.status AS status, r.submitted_at AS submittedAt, r.decided_at AS decidedAt FROM daily_report r WHERE r.program_id = ? ORDER BY r.date', [programId]);
  return rows.map((r) => ({ date: r.date as string, status: r.status as string, submittedAt: rawInstant(r.submittedAt as Date | string | null), decidedAt: rawInstant(r.decidedAt as Date | string | null) }));
}

/** The activity photos of each daily report counted by review state, with their size (not the photos). */
export async function photoStatExportRows(q: RawQuery, programId: string): Promise<FullDataPhotoStatRow[]> {
  const rows = await q(
    "SELECT r.date AS date, COUNT(*) AS photos, SUM(CASE WHEN p.review_status = 'pending' THEN 1 ELSE 0 END) AS pending, " +
      "SUM(CASE WHEN p.review_status = 'approved' THEN 1 ELSE 0 END) AS approved, SUM(CASE WHEN p.review_status = 'rejected' THEN 1 ELSE 0 END) AS rejected, " +
      'SUM(p.bytes) AS bytes FROM activity_photo p INNER JOIN daily_report r ON r.id = p.daily_report_id WHERE p.program_id = ? GROUP BY r.date ORDER BY r.date',
    [programId],
  );
  return rows.map((r) => ({ date: String(r.date), photos: Number(r.photos), pending: Number(r.pending), approved: Number(r.approved), rejected: Number(r.rejected), bytes: Number(r.bytes) }));
}

/** How many daily reports the programs have (the export's progress; photo statistics are one row a report at most). */
export async function dailyReportExportCount(q: RawQuery, programIds: string[]): Promise<number> {
  return programIds.length ? countOf(await q(`SELECT COUNT(*) AS n FROM daily_report WHERE program_id IN (${placeholders(programIds.length)})`, programIds)) : 0;
}
