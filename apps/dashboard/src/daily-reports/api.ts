import type { ReportAction, ReportingRates } from '@outreach/domain';
import { useMemo } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { recordUrl } from '../providers/dataProvider';
import { API, apiFetch, toHttpError } from '../providers/http';
import type { DraftBody } from './countsModel';
import type { DailyReportView, ReportPhoto } from './report';

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** POST /api/daily-reports/:id/submit with its Idempotency-Key (apiFetch sends no custom headers). */
async function submitRequest(id: string, key: string): Promise<DailyReportView> {
  const response = await fetch(recordUrl('daily-reports', id, '/submit'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: '{}',
  });
  const json = parseJson(await response.text());
  if (!response.ok) throw toHttpError(response.status, json);
  return json as DailyReportView;
}

/**
 * POST /api/daily-reports/:id/photos (multipart `file`, `caption`) through XMLHttpRequest, the one browser API
 * that reports upload progress. Resolves with the stored photo; rejects with the API's HttpError.
 */
function uploadRequest(id: string, file: File, caption: string, onProgress: (fraction: number) => void): Promise<ReportPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', recordUrl('daily-reports', id, '/photos'));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as ReportPhoto);
      else reject(toHttpError(xhr.status, json));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    const form = new FormData();
    form.append('file', file);
    if (caption.trim() !== '') form.append('caption', caption.trim());
    xhr.send(form);
  });
}

/**
 * The daily report's calls that are not react-admin CRUD. Like the data provider's: a 401 ends the session,
 * other errors reach the caller as HttpError with the API's message and field errors.
 */
export function useDailyReportApi() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useMemo(() => {
    const guard = async <T>(call: () => Promise<T>): Promise<T> => {
      try {
        return await call();
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    };
    const post = <T>(url: string, body?: unknown) => guard(async () => (await apiFetch<T>(url, { method: 'POST', body })).json);
    return {
      get: (id: string) => guard(async () => (await apiFetch<DailyReportView>(recordUrl('daily-reports', id))).json),
      save: (id: string, body: DraftBody) => guard(async () => (await apiFetch<DailyReportView>(recordUrl('daily-reports', id), { method: 'PUT', body })).json),
      submit: (id: string, key: string) => guard(() => submitRequest(id, key)),
      transition: (id: string, action: Exclude<ReportAction, 'submit'>, reason?: string) =>
        post<DailyReportView>(recordUrl('daily-reports', id, `/${action}`), action === 'accept' ? undefined : { reason }),
      upload: (id: string, file: File, caption: string, onProgress: (fraction: number) => void) => guard(() => uploadRequest(id, file, caption, onProgress)),
      updatePhoto: (photoId: string, body: { caption?: string; confirmedNoPersonalData: boolean }) =>
        guard(async () => (await apiFetch<ReportPhoto>(recordUrl('photos', photoId), { method: 'PUT', body })).json),
      deletePhoto: (photoId: string) => guard(async () => (await apiFetch<ReportPhoto>(recordUrl('photos', photoId), { method: 'DELETE' })).json),
      reviewPhoto: (photoId: string, decision: 'approve' | 'reject', reason?: string) =>
        post<ReportPhoto>(recordUrl('photos', photoId, `/${decision}`), decision === 'reject' ? { reason } : undefined),
      rates: (programId: string) => guard(async () => (await apiFetch<ReportingRates>(recordUrl('programs', programId, '/reporting-rates'))).json),
    };
  }, [logoutIfAccessDenied]);
}

export type DailyReportApi = ReturnType<typeof useDailyReportApi>;

/** The photo's image and thumbnail, served with the session cookie (usable as <img src>). */
export const photoUrl = (photoId: string) => `${API}/photos/${encodeURIComponent(photoId)}`;
export const thumbnailUrl = (photoId: string) => `${photoUrl(photoId)}/thumbnail`;
