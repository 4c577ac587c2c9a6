import { HttpError, type Identifier } from 'ra-core';
import { noteServerTime } from '../common/serverClock';

/** Everything the dashboard calls lives under this same-origin prefix (the Vite dev server proxies it). */
export const API = '/api';

/** `/api/<resource>/<id><suffix>`, the id encoded. */
export function recordUrl(resource: string, id: Identifier, suffix = ''): string {
  return `${API}/${resource}/${encodeURIComponent(String(id))}${suffix}`;
}

/** The API's error shape, `{ message, errors: { field: message } }`; the login adds `totpRequired`. */
export interface ApiErrorBody {
  message?: string;
  errors: Record<string, string>;
  totpRequired?: boolean;
}

/** What apiFetch hands back: the parsed body (typed by the domain's view schema) and the headers (X-Total-Count). */
interface Fetched<T> {
  headers: Headers;
  json: T;
}

/**
 * A failed response as react-admin's HttpError: the API's message (or react-admin's generic one), the status,
 * and the body with `errors` always present, which react-admin shows next to each input.
 */
export function toHttpError(status: number, body: unknown): HttpError {
  const parsed = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Partial<ApiErrorBody>) : {};
  const message = typeof parsed.message === 'string' && parsed.message !== '' ? parsed.message : 'ra.notification.http_error';
  const errorBody: ApiErrorBody = { ...parsed, errors: parsed.errors ?? {} };
  return new HttpError(message, status, errorBody);
}

/** A response body as JSON, or undefined when it is empty or not JSON. */
export function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** fetch with the session cookie and JSON in both directions; a non-2xx status rejects with toHttpError. */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Fetched<T>> {
  const hasBody = init.body !== undefined;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: { ...(hasBody ? { Accept: 'application/json', 'Content-Type': 'application/json' } : { Accept: 'application/json' }), ...init.headers },
    body: hasBody ? JSON.stringify(init.body) : undefined,
  });
  noteServerTime(response.headers.get('X-Server-Time'));
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) throw toHttpError(response.status, json);
  return { headers: response.headers, json: json as T };
}

/**
 * POST (or PUT) a multipart form through XMLHttpRequest, the one browser API that reports upload progress. Resolves with
 * the API's answer; rejects with its HttpError (or a TypeError when the network fails).
 */
export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void, headers: Record<string, string> = {}, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as T);
      else reject(toHttpError(xhr.status, json));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.send(form);
  });
}

/**
 * POST a multipart form whose answer is a stream of JSON lines (application/x-ndjson): upload progress as
 * uploadForm, then each complete line handed to `onLine` as it arrives (XMLHttpRequest exposes the answer so far
 * while it loads). Resolves when the answer is complete; a refusal before the stream rejects with its HttpError.
 */
export function uploadFormLines(url: string, form: FormData, onProgress: (fraction: number) => void, onLine: (line: unknown) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    const take = () => {
      if (xhr.status < 200 || xhr.status >= 300) return;
      let end = xhr.responseText.indexOf('\n', read);
      while (end >= 0) {
        const line = xhr.responseText.slice(read, end);
        read = end + 1;
        if (line) onLine(JSON.parse(line));
        end = xhr.responseText.indexOf('\n', read);
      }
    };
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/x-ndjson, application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onprogress = take;
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        take();
        resolve();
      } else reject(toHttpError(xhr.status, parseJson(xhr.responseText)));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.send(form);
  });
}

/** The field errors of a refused request, for a form's onSubmit to return; undefined when there are none. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = error instanceof HttpError ? (error.body as Partial<ApiErrorBody> | undefined)?.errors : undefined;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

/** The message of a refused call (the API's Japanese message), or react-admin's generic one. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}
