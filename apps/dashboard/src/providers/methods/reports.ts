import type { FullDataFormat, ProgramReportKind, ReportJobView } from '@outreach/domain/reports';
import { filenameFromDisposition } from '../../reports/reports';
import { API, apiFetch, parseJson, recordUrl, toHttpError } from '../http';

export const reportMethods = {
  /**
   * Starts a report job: 202 { id, status: 'running', percent }; a 400 names the parameter at fault. A retry with the
   * same Idempotency-Key answers the first start's job.
   */
  startReportJob: async (programId: string, kind: ProgramReportKind, params: Record<string, string>, key: string) =>
    (await apiFetch<ReportJobView>(recordUrl('programs', programId, '/report-jobs'), { method: 'POST', body: { kind, params }, headers: { 'Idempotency-Key': key } })).json,
  /** Starts a 全件データ job: of one program, or (programId null) of every program one serves. */
  startFullDataJob: async (programId: string | null, format: FullDataFormat, key: string) =>
    (
      await apiFetch<ReportJobView>(programId ? recordUrl('programs', programId, '/report-jobs') : `${API}/report-jobs`, {
        method: 'POST',
        body: { kind: 'full-data', params: { format } },
        headers: { 'Idempotency-Key': key },
      })
    ).json,
  reportJob: async (id: string) => (await apiFetch<ReportJobView>(recordUrl('report-jobs', id))).json,

  /**
   * A file answered directly (the city summary has no job): fetched whole, so that the page can show it is being
   * made and show a refusal as a message rather than saving it as the file.
   */
  async fetchReportFile(url: string): Promise<{ blob: Blob; filename: string }> {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      throw toHttpError(response.status, parseJson(await response.text()));
    }
    return { blob: await response.blob(), filename: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? 'report.xlsx' };
  },
};
