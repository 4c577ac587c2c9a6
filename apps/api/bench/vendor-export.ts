import type { Writable } from 'node:stream';
import {
  CALL_CATEGORY_LABELS_JA,
  CALL_DIRECTION_LABELS_JA,
  CALL_OUTCOME_LABELS_JA,
  type CallCategory,
  type CallDirection,
  type CallOutcome,
} from '@outreach/domain/calls';
import type { ApplicationMethod, ServiceKind } from '@outreach/domain/programs';
import { APPLICATION_METHOD_LABELS_JA, SERVICE_KIND_LABELS_JA } from '@outreach/domain/reports';
import { SESSION_STATUS_LABELS_JA, type SessionStatus } from '@outreach/domain/sessions';
import ExcelJS from 'exceljs';
import { type DataSource, type FindOptionsWhere, In, MoreThan } from 'typeorm';
import { CallEntity } from '../src/modules/calls/call.entity';
import { ProgramVendorEntity } from '../src/modules/programs/program-vendor.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { addSheet, CALL_SHEET, type Cell, drainSheet, SESSION_SHEET } from './excel-sheets';

/**
 * The vendor-wide detail export, as the product would write it — the reports module has no such export yet,
 * so this is the bench's stand-in: every call and every session of every program the vendor serves, one
 * sheet each, read from the database in keyset batches through TypeORM and written row by row with
 * exceljs's streaming WorkbookWriter, each row committed at once and the writer paused between batches until
 * the zip has caught up (drainSheet), so memory does not grow with the rows.
 */
interface ProgramRef {
  id: string;
  municipality: string;
  title: string;
}

const jstTime = (d: Date) => new Date(d.getTime() + 9 * 3600_000).toISOString().slice(11, 16);
const yes = (b: boolean) => (b ? '○' : null);

/** The vendor's programs, in municipality-code order. */
export async function vendorPrograms(ds: DataSource, vendorOrganizationId: string): Promise<ProgramRef[]> {
  const links = await ds.getRepository(ProgramVendorEntity).find({ where: { organizationId: vendorOrganizationId } });
  if (links.length === 0) return [];
  const programs = await ds.getRepository(ProgramEntity).find({
    select: { id: true, title: true, municipality: { id: true, code: true, name: true } },
    where: { id: In(links.map((l) => l.programId)) },
    relations: { municipality: true },
  });
  programs.sort((a, b) => (a.municipality!.code < b.municipality!.code ? -1 : a.municipality!.code > b.municipality!.code ? 1 : a.title < b.title ? -1 : 1));
  return programs.map((p) => ({ id: p.id, municipality: p.municipality!.name, title: p.title }));
}

/** Keyset batches over (date, id) of one program: each batch one indexed range read, whatever the offset. */
async function* keyset<T extends { date: string; id: string }>(
  fetch: (where: Array<FindOptionsWhere<T>> | FindOptionsWhere<T>) => Promise<T[]>,
  programId: string,
  batch: number,
): AsyncGenerator<T[]> {
  let last: T | undefined;
  for (;;) {
    const where = last
      ? ([
          { programId, date: MoreThan(last.date) },
          { programId, date: last.date, id: MoreThan(last.id) },
        ] as unknown as Array<FindOptionsWhere<T>>)
      : ({ programId } as unknown as FindOptionsWhere<T>);
    const rows = await fetch(where);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    last = rows[rows.length - 1];
  }
}

/** Call rows as cells, one array per batch read. */
export async function* callRows(ds: DataSource, programs: ProgramRef[], batch = 2000): AsyncGenerator<Cell[][]> {
  const repo = ds.getRepository(CallEntity);
  for (const p of programs) {
    const fetch = (where: FindOptionsWhere<CallEntity> | Array<FindOptionsWhere<CallEntity>>) =>
      repo.find({
        select: { id: true, date: true, receivedAt: true, direction: true, category: true, outcome: true, count: true, durationMinutes: true, outsideHours: true, late: true, note: true },
        where,
        order: { date: 'ASC', id: 'ASC' },
        take: batch,
      });
    for await (const rows of keyset(fetch, p.id, batch)) {
      yield rows.map((c): Cell[] => [
          p.municipality,
          p.title,
          c.date,
          jstTime(c.receivedAt),
          CALL_DIRECTION_LABELS_JA[c.direction as CallDirection] ?? c.direction,
          CALL_CATEGORY_LABELS_JA[c.category as CallCategory] ?? c.category,
          c.outcome ? (CALL_OUTCOME_LABELS_JA[c.outcome as CallOutcome] ?? c.outcome) : null,
          c.count,
          c.durationMinutes,
          yes(c.outsideHours),
          yes(c.late),
          c.note,
        ]);
    }
  }
}

/** Session rows as cells, one array per batch read. */
export async function* sessionRows(ds: DataSource, programs: ProgramRef[], batch = 2000): AsyncGenerator<Cell[][]> {
  const repo = ds.getRepository(SessionEntity);
  for (const p of programs) {
    const fetch = (where: FindOptionsWhere<SessionEntity> | Array<FindOptionsWhere<SessionEntity>>) => repo.find({ where, order: { date: 'ASC', id: 'ASC' }, take: batch });
    for await (const rows of keyset(fetch, p.id, batch)) {
      yield rows.map((s): Cell[] => [
          p.municipality,
          p.title,
          s.date,
          s.startTime,
          SERVICE_KIND_LABELS_JA[s.serviceKind as ServiceKind] ?? s.serviceKind,
          s.place,
          APPLICATION_METHOD_LABELS_JA[s.method as ApplicationMethod] ?? s.method,
          SESSION_STATUS_LABELS_JA[s.status as SessionStatus] ?? s.status,
          s.applicationsNew,
          s.applicationsRenewal,
          s.applicationsReissueLost,
          s.applicationsReissueDamaged,
          s.applicationsReissueOther,
          s.faceAuthCards,
          s.consultations,
          s.photosTakenOnSite,
          s.photosBrought,
          s.photoRetakes,
          s.photoExceptionsMedical,
          s.photoExceptionsDisability,
          s.photoExceptionsBedridden,
          s.photoExceptionsOther,
          s.proxyWriting,
          s.notTaken,
          s.problems,
        ]);
    }
  }
}

export interface ExportObserver {
  /** Each batch as read and mapped, with the time spent reading it (query, hydration, mapping). */
  onBatch(sheet: 'calls' | 'sessions', rows: Cell[][], readMs: number): void;
}

/** Writes one sheet from batches; the observer sees each batch and how long reading it took. */
async function writeSheet(ws: ExcelJS.Worksheet, batches: AsyncGenerator<Cell[][]>, sheet: 'calls' | 'sessions', observer?: ExportObserver): Promise<number> {
  let n = 0;
  for (;;) {
    const t = performance.now();
    const next = await batches.next();
    if (next.done) break;
    observer?.onBatch(sheet, next.value, performance.now() - t);
    for (const values of next.value) ws.addRow(values).commit();
    n += next.value.length;
    await drainSheet(ws);
  }
  ws.commit();
  return n;
}

/** The export: both sheets streamed to `stream`. Returns the rows written per sheet. */
export async function writeVendorDetail(
  ds: DataSource,
  vendorOrganizationId: string,
  stream: Writable,
  options: { created?: Date; observer?: ExportObserver } = {},
): Promise<{ calls: number; sessions: number; programs: number }> {
  const programs = await vendorPrograms(ds, vendorOrganizationId);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Outreach Desk';
  wb.created = options.created ?? new Date();
  const calls = await writeSheet(addSheet(wb, CALL_SHEET, true), callRows(ds, programs), 'calls', options.observer);
  const sessions = await writeSheet(addSheet(wb, SESSION_SHEET, true), sessionRows(ds, programs), 'sessions', options.observer);
  await wb.commit();
  return { calls, sessions, programs: programs.length };
}
