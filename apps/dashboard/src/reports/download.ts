import { API, recordUrl } from '../providers/http';

export const CITY_SUMMARY_URL = `${API}/reports/city-summary.xlsx`;

/** Where a finished job's file is downloaded. */
export const reportJobDownloadUrl = (id: string) => recordUrl('report-jobs', id, '/download');

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
