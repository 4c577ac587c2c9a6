import type { ProgramReportKind } from '@outreach/domain';
import { recordUrl } from '../providers/dataProvider';
import { API, apiFetch, toHttpError } from '../providers/http';
import { filenameFromDisposition } from './reports';

/** GET /api/report-jobs/:id (the fields the page uses). */
export interface ReportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  percent: number;
  filename: string | null;
  error?: string;
}

/** A row of GET /api/report-downloads. */
export interface ReportDownload {
  id: number;
  occurredAt: string;
  userName: string | null;
  organizationName: string | null;
  kind: string | null;
  kindLabel: string;
  programId: string | null;
  filename: string | null;
  params: Record<string, unknown>;
}

export const CITY_SUMMARY_URL = `${API}/reports/city-summary.xlsx`;

export const reportsApi = {
  /** Starts a report job: 202 { id, status: 'running', percent }; a 400 names the parameter at fault. */
  start: async (programId: string, kind: ProgramReportKind, params: Record<string, string>) =>
    (await apiFetch<ReportJob>(recordUrl('programs', programId, '/report-jobs'), { method: 'POST', body: { kind, params } })).json,
  get: async (id: string) => (await apiFetch<ReportJob>(recordUrl('report-jobs', id))).json,
  downloadUrl: (id: string) => recordUrl('report-jobs', id, '/download'),

  /**
   * A file answered directly (the city summary has no job): fetched whole, so that the page can show it is being
   * made and show a refusal as a message rather than saving it as the file.
   */
  async fetchFile(url: string): Promise<{ blob: Blob; filename: string }> {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      throw toHttpError(response.status, body);
    }
    return { blob: await response.blob(), filename: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? 'report.xlsx' };
  },
};

/**
 * Lets the browser save what a URL answers, through a hidden link: same origin, so the session cookie goes
 * along, and the API's Content-Disposition gives the Japanese file name (`download` keeps the page where it is
 * even if the answer is not a file).
 */
export function saveFrom(href: string, filename = ''): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Saves a fetched file under its name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  saveFrom(url, filename);
  // The click has handed the file to the browser's download; the URL is released a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
