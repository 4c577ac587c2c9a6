import { Injectable } from '@nestjs/common';
import { jstDateKey } from '@outreach/domain/common';
import {
  FULL_DATA_SHEETS,
  type FullDataCell,
  type FullDataFormat,
  type FullDataProgram,
  type FullDataSheetKey,
  fullDataBookingCells,
  fullDataCallCells,
  fullDataDailyReportCells,
  fullDataFilename,
  fullDataPhotoStatCells,
  fullDataSessionCells,
} from '@outreach/domain/reports';
import type { Actor } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import type { DateIdKey } from '../../../database/keyset';
import { BookingQueries } from '../../bookings/booking-queries.service';
import { CallsService } from '../../calls/calls.service';
import { DailyReportQueries } from '../../daily-reports/daily-report-queries.service';
import { ProgramScopeService } from '../../programs/program-scope.service';
import type { ProgramEntity } from '../../programs/program.entity';
import { ProgramsService } from '../../programs/programs.service';
import { SessionQueries } from '../../sessions/session-queries.service';
import type { ProgressListener } from '../xlsx-writer';
import { FullDataWriter } from './full-data-writer';

/** Rows read per query: one batch sent to the writer. */
export const FULL_DATA_BATCH = 2000;

export type FullDataScopeProgram = FullDataProgram & { id: string };

export interface FullDataObserver {
  onBatch(sheet: FullDataSheetKey, rows: FullDataCell[][], readMs: number): void;
}

/**
 * 全件データ (domain: reports/full-data.ts): every session, call, reservation, daily report and photo statistic of
 * one program or of every program the person serves, streamed — keyset batches of raw rows read through each
 * table's owner, shaped by the domain, handed to the writer thread (full-data-writer.ts) one batch at a time, never
 * more than two waiting. Nothing holds every row: memory is the same for 500 rows or 500,000.
 */
@Injectable()
export class FullDataService {
  constructor(
    private readonly sessions: SessionQueries,
    private readonly calls: CallsService,
    private readonly bookings: BookingQueries,
    private readonly dailyReports: DailyReportQueries,
    private readonly programs: ProgramsService,
    private readonly scopes: ProgramScopeService,
    private readonly clock: Clock,
  ) {}

  /**
   * The programs of an export and its file name: one program, or every program the person sees (a city: its
   * municipality's; a vendor: those its organization serves), in municipality then title order.
   */
  async scope(actor: Actor, program: ProgramEntity | null, format: FullDataFormat): Promise<{ programs: FullDataScopeProgram[]; filename: string }> {
    const ids = program ? [program.id] : await this.scopes.visibleProgramIds(actor);
    const programs: FullDataScopeProgram[] = [];
    let scopeName = '';
    for (const id of ids) {
      const view = await this.programs.get(actor, id);
      programs.push({ id, municipality: view.municipalityName ?? '', title: view.title });
      if (program || actor.organizationKind === 'city') scopeName ||= view.municipalityName ?? '';
      else scopeName ||= view.vendorNames[view.vendorOrganizationIds.indexOf(actor.organizationId)] ?? '';
    }
    programs.sort((a, b) => a.municipality.localeCompare(b.municipality, 'ja') || a.title.localeCompare(b.title, 'ja') || (a.id < b.id ? -1 : 1));
    return { programs, filename: fullDataFilename(scopeName, jstDateKey(this.clock.now()), format) };
  }

  /**
   * Writes the export into `file`; `onProgress` hears the share of rows written (0…1). Returns the rows per sheet
   * and the file's size. `observer` (the bench) sees each batch as read and how long reading and shaping it took.
   */
  async write(
    programs: FullDataScopeProgram[],
    format: FullDataFormat,
    file: string,
    onProgress?: ProgressListener,
    observer?: FullDataObserver,
  ): Promise<{ rows: number; sheets: Record<FullDataSheetKey, number>; bytes: number }> {
    const ids = programs.map((p) => p.id);
    const [sessions, calls, bookings, reports] = await Promise.all([this.sessions.exportCount(ids), this.calls.exportCount(ids), this.bookings.exportCount(ids), this.dailyReports.exportCount(ids)]);
    // Photo statistics are one row per daily report at most: counted as many as the reports.
    const total = Math.max(1, sessions + calls + bookings + 2 * reports);
    let written = 0;
    const sheets = Object.fromEntries(FULL_DATA_SHEETS.map((s) => [s.key, 0])) as Record<FullDataSheetKey, number>;
    const writer = new FullDataWriter({ format, file, created: this.clock.now().toISOString() });
    try {
      for (const sheet of FULL_DATA_SHEETS) {
        await writer.sheet(sheet);
        for (const p of programs) {
          const batches = this.batches(sheet.key, p);
          for (;;) {
            const t = performance.now();
            let next: IteratorResult<FullDataCell[][]> | null = await batches.next();
            if (next.done) break;
            const n = next.value.length;
            observer?.onBatch(sheet.key, next.value, performance.now() - t);
            writer.rows(next.value);
            // The batch lives on only as the worker's copy: nothing here keeps it while waiting, so it dies young
            // (held across the wait, V8 would promote it to the old space, which it collects only much later).
            next = null;
            await writer.room();
            written += n;
            sheets[sheet.key] += n;
            onProgress?.(Math.min(1, written / total));
          }
        }
      }
      return { rows: written, sheets, bytes: await writer.finish() };
    } catch (e) {
      await writer.abort();
      throw e;
    }
  }

  /** One sheet's rows of one program, as cells, batch after batch. */
  async *batches(key: FullDataSheetKey, p: FullDataScopeProgram): AsyncGenerator<FullDataCell[][]> {
    switch (key) {
      case 'sessions':
        yield* keyset((after) => this.sessions.exportBatch(p.id, after, FULL_DATA_BATCH), (r) => fullDataSessionCells(p, r));
        return;
      case 'calls':
        yield* keyset((after) => this.calls.exportBatch(p.id, after, FULL_DATA_BATCH), (r) => fullDataCallCells(p, r));
        return;
      case 'bookings': {
        let after: number | null = null;
        for (;;) {
          const rows = await this.bookings.exportBatch(p.id, after, FULL_DATA_BATCH);
          const { batch, n, last } = shaped(rows, (r) => fullDataBookingCells(p, r));
          if (n) yield batch;
          if (n < FULL_DATA_BATCH) return;
          after = last!.receptionNumber;
        }
      }
      case 'daily-reports': {
        const rows = await this.dailyReports.exportRows(p.id);
        if (rows.length) yield rows.map((r) => fullDataDailyReportCells(p, r));
        return;
      }
      case 'photo-stats': {
        const rows = await this.dailyReports.exportPhotoStats(p.id);
        if (rows.length) yield rows.map((r) => fullDataPhotoStatCells(p, r));
        return;
      }
    }
  }
}

/** Batches over (date, id) until a short one. */
async function* keyset<R extends DateIdKey>(fetch: (after: DateIdKey | null) => Promise<R[]>, cells: (r: R) => FullDataCell[]): AsyncGenerator<FullDataCell[][]> {
  let after: DateIdKey | null = null;
  for (;;) {
    const { batch, n, last }: { batch: FullDataCell[][]; n: number; last: R | undefined } = shaped(await fetch(after), cells);
    if (n) yield batch;
    if (n < FULL_DATA_BATCH) return;
    after = { date: last!.date, id: last!.id };
  }
}

/** The batch as cells, the raw rows not kept past it (see `write`: what is held across a wait grows old). */
function shaped<R>(rows: R[], cells: (r: R) => FullDataCell[]): { batch: FullDataCell[][]; n: number; last: R | undefined } {
  return { batch: rows.map(cells), n: rows.length, last: rows[rows.length - 1] };
}
