import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { jstDateKey } from '@outreach/domain/common';
import { FULL_DATA_SHEETS, type WorkbookSpec } from '@outreach/domain/reports';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import type { Actor } from '../src/common/auth/actor';
import { AuthService } from '../src/modules/auth/auth.service';
import { CallsService } from '../src/modules/calls/calls.service';
import { DailyReportsService } from '../src/modules/daily-reports/daily-reports.service';
import { ProgramScopeService } from '../src/modules/programs/program-scope.service';
import { ProgramsService } from '../src/modules/programs/programs.service';
import { ProgressService } from '../src/modules/programs/progress.service';
import { DailyReportQueries } from '../src/modules/daily-reports/daily-report-queries.service';
import { FollowUpQueries } from '../src/modules/follow-ups/follow-up-queries.service';
import { SessionQueries } from '../src/modules/sessions/session-queries.service';
import { FullDataService, type FullDataObserver } from '../src/modules/reports/full-data/full-data.service';
import { WORKER_HEAP_MB } from '../src/modules/reports/full-data/full-data-thread';
import { ReportsService } from '../src/modules/reports/reports.service';
import { writeWorkbook } from '../src/modules/reports/xlsx-writer';
import { benchEnv } from './databases';
import { caseResult, type CompletionCells, countCells, type ExcelCaseResult, type ExcelTask, measure, serve, toFile, type VendorSample } from './excel-child';
import { round, summarize } from './stats';
import { QueryLog } from './query-log';

/**
 * The product side of the Excel benchmark, in a child process with the real app booted (its RSS is the API
 * process's): the completion report through the reports module's own service and writer, as its download
 * route runs it; the vendor's 全件データ (every program it serves) through the reports module's FullDataService.
 */
const SAMPLE_ROWS = 2000;

async function bootApp(task: ExcelTask) {
  const t = performance.now();
  const app = await createApp(benchEnv(task), { quiet: true });
  const { actor } = await app.get(AuthService).login({ email: task.email, password: task.password }, null);
  return { app, actor, bootMs: round(performance.now() - t) };
}

/** The completion report's fetches one by one, as ReportsService.periodData makes them (diagnosis only). */
async function completionPieces(app: INestApplication, actor: Actor, programId: string): Promise<Record<string, number>> {
  const program = await app.get(ProgramScopeService).visibleProgram(actor, programId);
  const [sessions, reportDays, followUps] = [app.get(SessionQueries), app.get(DailyReportQueries), app.get(FollowUpQueries)];
  const { periodStart: from, periodEnd: to } = program;
  const asOf = jstDateKey(new Date()) < to ? jstDateKey(new Date()) : to;
  const pieces: Record<string, () => Promise<unknown>> = {
    programView: () => app.get(ProgramsService).get(actor, programId),
    heldSessions: () => sessions.held(program.id, from, to),
    callsWeekly: () => app.get(CallsService).weekly(program, from, to),
    defectsAndInquiries: () => Promise.all([followUps.defectsUpTo(program.id, to), followUps.inquiriesBetween(program.id, from, to)]),
    activityPhotos: () => reportDays.activityPhotos(program.id, from, to),
    progress: () => app.get(ProgressService).progress(program, asOf),
    reportingRates: () => app.get(DailyReportsService).rates(program, from, to),
    specialNotes: () => reportDays.specialNotes(program.id, from, to),
  };
  const out: Record<string, number> = {};
  for (const [name, fn] of Object.entries(pieces)) {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
    out[`${name}Ms`] = summarize(samples).median;
  }
  return out;
}

async function runProduct(task: ExcelTask): Promise<ExcelCaseResult> {
  if (task.kind === 'completion') {
    const { app, actor, bootMs } = await bootApp(task);
    const reports = app.get(ReportsService);
    const scope = app.get(ProgramScopeService);
    let spec: WorkbookSpec | undefined;
    const build: number[] = [];
    const write: number[] = [];
    const m = await measure(task.repeat, async () => {
      const t0 = performance.now();
      const program = await scope.visibleProgram(actor, task.programId);
      const params = await reports.parseParams('completion', program, {});
      const built = await reports.build(actor, program, 'completion', params);
      const t1 = performance.now();
      await toFile(task.outFile, (stream) => writeWorkbook(stream, built.spec, { images: built.images, created: new Date() }));
      build.push(t1 - t0);
      write.push(performance.now() - t1);
      spec = built.spec;
    });
    // Diagnosis, after the timed runs: each fetch of the report alone (median of 5) and the statements sent.
    const pieces = await completionPieces(app, actor, task.programId);
    const statements = await new QueryLog(app.get(DataSource)).count(async () => {
      const program = await scope.visibleProgram(actor, task.programId);
      await reports.build(actor, program, 'completion', {});
    });
    const cells: CompletionCells = {
      sheets: spec!.sheets.map((s) => ({ name: s.name, widths: s.widths, rows: s.rows.map((r) => ({ index: r.index, values: r.cells.map((c) => c.value) })) })),
    };
    fs.writeFileSync(task.dataFile, JSON.stringify(cells));
    await app.close();
    const timed = (xs: number[]) => summarize(xs.slice(-task.repeat)).median;
    return caseResult(task, m, { ...countCells(cells), bootMs, parts: { queriesAndShapingMs: timed(build), writeMs: timed(write), sheets: cells.sheets.length, statements: statements.count, ...pieces } });
  }

  if (task.kind === 'vendor-export') {
    const { app, actor, bootMs } = await bootApp(task);
    const fullData = app.get(FullDataService);
    // The vendor's 全件データ through the product's service, as its report job runs it (the job's store and
    // download aside): every program the vendor serves, Excel, the rows written by the worker thread.
    const { programs } = await fullData.scope(actor, null, 'xlsx');
    let readMs = 0;
    let waitMs = 0;
    let batches = 0;
    // The worker reads and writes; the observer adds up, per batch, the time its statement and shaping took and
    // the time the writer waited for it (reading overlaps writing), and asks for the first rows of each sheet back
    // (the floor writes them).
    const observer: FullDataObserver = {
      sampleRows: SAMPLE_ROWS,
      onBatch(b) {
        readMs += b.readMs;
        waitMs += b.waitMs;
        batches++;
      },
    };
    // How long the API's event loop was kept from other requests meanwhile (reading and writing run in a worker thread).
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let result: Awaited<ReturnType<FullDataService['write']>> | undefined;
    const statements = await new QueryLog(app.get(DataSource)).count(async () => {
      loop.enable();
      const m = await measure(1, async () => {
        result = await fullData.write(programs, 'xlsx', task.outFile, undefined, observer);
      });
      loop.disable();
      return m;
    });
    const sample: VendorSample = { sheets: FULL_DATA_SHEETS.map((s) => ({ key: s.key, name: s.name, columns: s.columns, total: result!.sheets[s.key], sample: result!.samples[s.key] ?? [] })) };
    fs.writeFileSync(task.dataFile, JSON.stringify(sample));
    await app.close();
    return caseResult(task, statements.result, {
      rows: result!.rows,
      cells: sample.sheets.reduce((n, s) => n + s.total * s.columns.length, 0),
      bootMs,
      parts: {
        readAndMapMs: round(readMs),
        writerWaitedForReadsMs: round(waitMs),
        batches,
        // Statements on the app's own connections during the export (the worker reads on its own: none expected).
        apiStatements: statements.count,
        programs: programs.length,
        ...Object.fromEntries(sample.sheets.map((s) => [s.key, s.total])),
        eventLoopDelayP99Ms: round(loop.percentile(99) / 1e6),
        eventLoopDelayMaxMs: round(loop.max / 1e6),
        workerHeapCapMb: WORKER_HEAP_MB,
      },
    });
  }
  throw new Error(`excel-case: not a product case: ${task.kind}`);
}

if (require.main === module) serve(runProduct);
