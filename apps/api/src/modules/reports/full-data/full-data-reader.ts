import {
  FULL_DATA_SHEETS,
  type FullDataCell,
  type FullDataProgram,
  type FullDataSheet,
  fullDataBookingCells,
  fullDataCallCells,
  fullDataDailyReportCells,
  fullDataPhotoStatCells,
  fullDataSessionCells,
} from '@outreach/domain/reports';
import type { DateIdKey, RawQuery } from '../../../database/keyset';
import { bookingExportBatch, bookingExportCount } from '../../bookings/booking-export';
import { callExportBatch, callExportCount } from '../../calls/call-export';
import { dailyReportExportCount, dailyReportExportRows, photoStatExportRows } from '../../daily-reports/daily-report-export';
import { sessionExportBatch, sessionExportCount } from '../../sessions/session-export';

/**
 * The reading half of 全件データ, run by its reading thread (full-data-read-worker.ts) on its own connection: each table's
 * rows through its owner's export SQL (sessions, calls, bookings, daily-reports: `*-export.ts`), in keyset
 * batches, shaped into cells by the domain (reports/full-data.ts). No Nest here.
 */

export type FullDataScopeProgram = FullDataProgram & { id: string };

/** One batch of one sheet's cells; each sheet starts with an empty batch (so an empty sheet is written too). */
export interface FullDataBatch {
  sheet: FullDataSheet;
  rows: FullDataCell[][];
  /** How long its statement and its shaping took. */
  readMs: number;
}

/** Rows counted at the start, for the progress: photo statistics are one row a daily report at most, so counted as many. */
export async function fullDataTotal(q: RawQuery, programIds: string[]): Promise<number> {
  const [sessions, calls, bookings, reports] = await Promise.all([sessionExportCount(q, programIds), callExportCount(q, programIds), bookingExportCount(q, programIds), dailyReportExportCount(q, programIds)]);
  return sessions + calls + bookings + 2 * reports;
}

/** Every sheet's rows of every program (in the given order), batch after batch. */
export async function* fullDataBatches(q: RawQuery, programs: FullDataScopeProgram[], size: number): AsyncGenerator<FullDataBatch> {
  for (const sheet of FULL_DATA_SHEETS) {
    yield { sheet, rows: [], readMs: 0 };
    for (const p of programs) {
      for await (const { rows, readMs } of sheetBatches(q, sheet, p, size)) yield { sheet, rows, readMs };
    }
  }
}

/** One sheet's rows of one program, as cells. */
function sheetBatches(q: RawQuery, sheet: FullDataSheet, p: FullDataScopeProgram, size: number): AsyncGenerator<{ rows: FullDataCell[][]; readMs: number }> {
  switch (sheet.key) {
    case 'sessions':
      return keyset(size, (after: DateIdKey | null) => sessionExportBatch(q, p.id, after, size), (r) => fullDataSessionCells(p, r), (r) => ({ date: r.date, id: r.id }));
    case 'calls':
      return keyset(size, (after: DateIdKey | null) => callExportBatch(q, p.id, after, size), (r) => fullDataCallCells(p, r), (r) => ({ date: r.date, id: r.id }));
    case 'bookings':
      return keyset(size, (after: number | null) => bookingExportBatch(q, p.id, after, size), (r) => fullDataBookingCells(p, r), (r) => r.receptionNumber);
    case 'daily-reports':
      return keyset(Infinity, () => dailyReportExportRows(q, p.id), (r) => fullDataDailyReportCells(p, r), () => null);
    case 'photo-stats':
      return keyset(Infinity, () => photoStatExportRows(q, p.id), (r) => fullDataPhotoStatCells(p, r), () => null);
  }
}

/** Batches after the key of the last row of the one before, until a short one (`size` Infinity: one statement). */
async function* keyset<R, K>(size: number, fetch: (after: K | null) => Promise<R[]>, cells: (r: R) => FullDataCell[], key: (r: R) => K): AsyncGenerator<{ rows: FullDataCell[][]; readMs: number }> {
  let after: K | null = null;
  for (;;) {
    const t = performance.now();
    const raw = await fetch(after);
    const rows = raw.map(cells);
    const n = raw.length;
    if (n) after = key(raw[n - 1]);
    if (n) yield { rows, readMs: performance.now() - t };
    if (n < size) return;
  }
}

/**
 * Runs `source` one item ahead: the next batch is asked for as soon as the current one is handed out, so on a
 * database over the network (mysql2) its statement runs while the reading thread waits for the writer. At most two
 * batches are alive here. (better-sqlite3 answers synchronously: there it only reorders the same work.)
 */
export async function* ahead<T>(source: AsyncIterator<T>): AsyncGenerator<T> {
  const ask = () => {
    const p = source.next();
    p.catch(() => undefined); // awaited below; a failure while the writer works is not unhandled meanwhile
    return p;
  };
  let next = ask();
  for (;;) {
    const r = await next;
    if (r.done) return;
    next = ask();
    yield r.value;
  }
}
