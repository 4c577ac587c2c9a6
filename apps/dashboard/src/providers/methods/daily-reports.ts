import type { ReportingRates } from '@outreach/domain/daily-reports';
import type { DailyReportView, PhotoView } from '@outreach/domain/daily-reports';
import { apiFetch, recordUrl, uploadForm } from '../http';

/** POST /api/daily-reports/:id/photos (multipart `file`, `caption`), with its upload progress. */
function uploadRequest(id: string, file: File, caption: string, onProgress: (fraction: number) => void): Promise<PhotoView> {
  const form = new FormData();
  form.append('file', file);
  if (caption.trim() !== '') form.append('caption', caption.trim());
  return uploadForm<PhotoView>(recordUrl('daily-reports', id, '/photos'), form, onProgress);
}

/** The daily report's calls that are not react-admin CRUD (the report itself is read and saved through getOne and update). */
export const dailyReportMethods = {
  /** Submits with the Idempotency-Key the form keeps for this submission, so a retry is not a second submission. */
  submitDailyReport: async (id: string, key: string) =>
    (await apiFetch<DailyReportView>(recordUrl('daily-reports', id, '/submit'), { method: 'POST', body: {}, headers: { 'Idempotency-Key': key } })).json,
  uploadPhoto: (id: string, file: File, caption: string, onProgress: (fraction: number) => void) => uploadRequest(id, file, caption, onProgress),
  updatePhoto: async (photoId: string, body: { caption?: string; confirmedNoPersonalData: boolean }) =>
    (await apiFetch<PhotoView>(recordUrl('photos', photoId), { method: 'PUT', body })).json,
  deletePhoto: async (photoId: string) => (await apiFetch<PhotoView>(recordUrl('photos', photoId), { method: 'DELETE' })).json,
  reviewPhoto: async (photoId: string, decision: 'approve' | 'reject', reason?: string) =>
    (await apiFetch<PhotoView>(recordUrl('photos', photoId, `/${decision}`), { method: 'POST', body: decision === 'reject' ? { reason } : undefined })).json,
  reportingRates: async (programId: string) => (await apiFetch<ReportingRates>(recordUrl('programs', programId, '/reporting-rates'))).json,
};
