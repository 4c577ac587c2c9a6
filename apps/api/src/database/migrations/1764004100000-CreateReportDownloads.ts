import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

interface OldDownload {
  id: number;
  resource_type: string | null;
  program_id: string | null;
  reason: string | null;
}

function parse(reason: string | null): Record<string, unknown> {
  try {
    const value: unknown = reason ? JSON.parse(reason) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {}; // cut at 500 characters: the parameters are lost, the download itself stays on record
  }
}

/**
 * Report downloads get columns of their own (the reports module's table) instead of JSON squeezed into the
 * handling record's free-text reason. The handling record is append-only: its old rows keep their reason; the
 * migration copies what they say into the new table.
 */
export class CreateReportDownloads1764004100000 implements MigrationInterface {
  name = 'CreateReportDownloads1764004100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'report_download',
        columns: [
          primary('handling_record_id', col.int()),
          column('kind', col.enum()),
          column('program_id', col.ref(true)),
          column('filename', col.text(255, true)),
          column('params', col.json()),
          column('job_id', col.ref(true)),
        ],
      }),
    );
    const old: OldDownload[] = await q.query("SELECT id, resource_type, program_id, reason FROM handling_record WHERE action = 'report.download'");
    for (const row of old) {
      const { filename, jobId, ...params } = parse(row.reason);
      await q.query('INSERT INTO report_download (handling_record_id, kind, program_id, filename, params, job_id) VALUES (?, ?, ?, ?, ?, ?)', [
        row.id,
        row.resource_type ?? 'unknown',
        row.program_id,
        typeof filename === 'string' ? filename.slice(0, 255) : null,
        JSON.stringify(params),
        typeof jobId === 'string' ? jobId.slice(0, 36) : null,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Rows written since keep their parameters in the reason again, as before this migration.
    const rows: Array<{ handling_record_id: number; filename: string | null; params: string; job_id: string | null }> = await q.query(
      'SELECT d.handling_record_id, d.filename, d.params, d.job_id FROM report_download d JOIN handling_record h ON h.id = d.handling_record_id WHERE h.reason IS NULL',
    );
    for (const r of rows) {
      const reason = JSON.stringify({ ...(JSON.parse(r.params) as object), ...(r.job_id ? { jobId: r.job_id } : {}), filename: r.filename }).slice(0, 500);
      await q.query('UPDATE handling_record SET reason = ? WHERE id = ?', [reason, r.handling_record_id]);
    }
    await q.dropTable('report_download');
  }
}
