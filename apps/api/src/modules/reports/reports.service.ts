import { Injectable, Logger } from '@nestjs/common';
import { badRequest, daysBetween, issuesToFieldErrors, jstDateKey, notFound } from '@outreach/domain/common';
import { shapeDeletionLedger } from '@outreach/domain/personal-data';
import { closingNotYetProblem } from '@outreach/domain/program-closing';
import {
  callReportWeeks,
  type CitySummaryProgram,
  type CompletionReportInput,
  type MonthlyReportInput,
  monthPhotos,
  type PeriodReportInput,
  type ReportForm,
  type PeriodReportKind,
  type SubmissionFigure,
  submissionFigures,
  embedsPhotos,
  MAX_CALL_REPORT_DAYS,
  monthRange,
  type ProgramReportKind,
  REPORT_PARAMS_SCHEMAS,
  type ReportContext,
  reportFilename,
  heldCountedUpTo,
  type ReportKind,
  type ReportParams,
  shapeCitySummary,
  shapeDeletionCertificate,
  shapeCompletionReport,
  shapeReceptionList,
  shapeFacilityList,
  shapeDailyReport,
  shapeMonthlyReport,
  shapeWeeklyCallsReport,
  type WorkbookSpec,
} from '@outreach/domain/reports';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { CallsService } from '../calls/calls.service';
import { BookingsService } from '../bookings/bookings.service';
import { FacilityRecordsService } from '../facilities/facility-records.service';
import { ProgramClosingService } from '../program-closing/program-closing.service';
import { DailyReportQueries } from '../daily-reports/daily-report-queries.service';
import { DailyReportsService } from '../daily-reports/daily-reports.service';
import { FollowUpQueries } from '../follow-ups/follow-up-queries.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { PersonalDataService } from '../personal-data/personal-data.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgramsService } from '../programs/programs.service';
import { ProgressService } from '../programs/progress.service';
import { SessionQueries } from '../sessions/session-queries.service';
import { ReportFormsService } from './report-forms.service';
import { ReportScheduleService } from './report-schedule.service';
import type { ProgressListener } from './xlsx-writer';

/** A report ready to write: its file name, its layout from the domain, and the pictures it places. */
export interface BuiltReport {
  kind: ReportKind;
  filename: string;
  spec: WorkbookSpec;
  images: Map<string, Buffer>;
  programId: string | null;
  municipalityId: string | null;
  /** The parameters, for the handling record. */
  params: Record<string, unknown>;
}

/** One program report: how its parameters are checked against the program, and how it is built. */
interface ProgramReport<K extends ProgramReportKind> {
  check(program: ProgramEntity, params: ReportParams<K>): Promise<void>;
  build(actor: Actor, program: ProgramEntity, params: ReportParams<K>, progress: Steps): Promise<{ filename: string; spec: WorkbookSpec; images?: Map<string, Buffer> }>;
}

/** Reports progress over a fixed number of data-fetching steps, as a share of `weight`. */
class Steps {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly weight: number,
    private readonly listener?: ProgressListener,
  ) {}
  step(): void {
    this.done = Math.min(this.total, this.done + 1);
    this.listener?.((this.done / this.total) * this.weight);
  }
}

/** A period report's input as the service builds it: with the program's fiscal year and the agreed form resolved. */
type PeriodInput<T extends PeriodReportInput> = T & { context: { fiscalYear: number }; form: ReportForm };

/** 小樽市_月次報告書_2026年11月.xlsx, under the form's title and (for the completion report's fiscal year) era style. */
function periodFilename(input: PeriodInput<PeriodReportInput>, kind: PeriodReportKind, month?: string): string {
  const label = input.form.title ?? undefined;
  return kind === 'monthly'
    ? reportFilename(input.context.municipalityName, 'monthly', { month, label })
    : reportFilename(input.context.municipalityName, 'completion', { fiscalYear: input.context.fiscalYear, eraStyle: input.form.eraStyle, label });
}

/** Share of a job's percent spent fetching data; the rest is writing rows. */
export const FETCH_WEIGHT = 0.4;

/**
 * The Excel reports: fetches what a report needs through the features' services (the same calls the
 * dashboard's endpoints make), hands plain rows to the domain's shaping functions, and returns the layout.
 *
 * Extension point: a new program report (the reception list, with bookings) is one more entry in `reports`
 * with its parameter schema in packages/domain/src/reports/report-params.ts and its shaping function beside it;
 * the routes, the jobs and the download record pick it up by its kind.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly programs: ProgramsService,
    private readonly scope: ProgramScopeService,
    private readonly progressService: ProgressService,
    private readonly calls: CallsService,
    private readonly dailyReports: DailyReportsService,
    private readonly reportDays: DailyReportQueries,
    private readonly sessions: SessionQueries,
    private readonly followUps: FollowUpQueries,
    private readonly bookings: BookingsService,
    private readonly personalData: PersonalDataService,
    private readonly closing: ProgramClosingService,
    private readonly facilities: FacilityRecordsService,
    private readonly handling: HandlingRecordService,
    private readonly schedules: ReportScheduleService,
    private readonly forms: ReportFormsService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return jstDateKey(this.clock.now());
  }

  /** Validates the parameters of a program report: the schema first, then against the program (400 naming the field). */
  async parseParams<K extends ProgramReportKind>(kind: K, program: ProgramEntity, raw: unknown): Promise<ReportParams<K>> {
    const parsed = REPORT_PARAMS_SCHEMAS[kind].safeParse(raw ?? {});
    if (!parsed.success) throw badRequest('帳票の条件を確認してください', issuesToFieldErrors(parsed.error.issues));
    const params = parsed.data as ReportParams<K>;
    await (this.reports[kind] as unknown as ProgramReport<K>).check(program, params);
    return params;
  }

  /** Builds a program report from already validated parameters. */
  async build<K extends ProgramReportKind>(actor: Actor, program: ProgramEntity, kind: K, params: ReportParams<K>, onProgress?: ProgressListener): Promise<BuiltReport> {
    const steps = new Steps(8, FETCH_WEIGHT, onProgress);
    const built = await (this.reports[kind] as unknown as ProgramReport<K>).build(actor, program, params, steps);
    return { kind, filename: built.filename, spec: built.spec, images: built.images ?? new Map(), programId: program.id, municipalityId: program.municipalityId, params: { ...params } };
  }

  private async context(actor: Actor, program: ProgramEntity): Promise<ReportContext & { fiscalYear: number }> {
    const view = await this.programs.get(actor, program.id);
    return {
      municipalityName: view.municipalityName ?? '',
      programTitle: view.title,
      vendorNames: view.vendorNames,
      eraStyle: view.eraStyle ?? 'wareki',
      createdOn: this.today(),
      fiscalYear: view.fiscalYear,
    };
  }

  private readonly reports: { [K in ProgramReportKind]: ProgramReport<K> } = {
    daily: {
      check: async (program, { date }) => {
        if (date < program.periodStart || date > program.periodEnd) throw badRequest('契約期間外の日付です', { date: `契約期間（${program.periodStart}〜${program.periodEnd}）内の日付を指定してください` });
        if (!(await this.reportDays.idOf(program.id, date))) throw badRequest('この日の日次報告はありません', { date: '実施のない日には日次報告書がありません' });
      },
      build: async (actor, program, { date }, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const id = await this.reportDays.idOf(program.id, date);
        if (!id) throw notFound('日次報告が見つかりません');
        const report = await this.dailyReports.get(actor, id);
        steps.step();
        const images = new Map<string, Buffer>();
        if (embedsPhotos(report.photos.length)) {
          for (const p of report.photos) images.set(p.id, await this.dailyReports.photoBytes(actor, p.id, 'thumb'));
        }
        steps.step();
        const spec = shapeDailyReport({
          context: ctx,
          date,
          status: report.status,
          submittedAt: report.submittedAt,
          dueAt: report.dueAt,
          sessions: report.sessions,
          specialNotes: report.specialNotes,
          photos: report.photos,
        });
        return { filename: reportFilename(ctx.municipalityName, 'daily', { date }), spec, images };
      },
    },

    'weekly-calls': {
      check: async (program, { from, to }) => {
        const range = callReportWeeks(from, to, program.weekStartsOn);
        if (range.to < program.periodStart || range.from > program.periodEnd) throw badRequest('契約期間外の期間です', { from: `契約期間（${program.periodStart}〜${program.periodEnd}）にかかる期間を指定してください` });
        if (daysBetween(range.from, range.to) > MAX_CALL_REPORT_DAYS) throw badRequest('期間が長すぎます', { to: `${MAX_CALL_REPORT_DAYS}日以内の期間を指定してください` });
      },
      build: async (actor, program, { from, to }, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const range = callReportWeeks(from, to, program.weekStartsOn);
        const weeks = await this.calls.weekly(program, range.from, range.to);
        steps.step();
        const spec = shapeWeeklyCallsReport({ context: ctx, from: range.from, to: range.to, weeks });
        return { filename: reportFilename(ctx.municipalityName, 'weekly-calls', range), spec };
      },
    },

    monthly: {
      check: async (program, { month }) => {
        const { from, to } = monthRange(month);
        if (to < program.periodStart || from > program.periodEnd) throw badRequest('契約期間外の月です', { month: `契約期間（${program.periodStart}〜${program.periodEnd}）の月を指定してください` });
      },
      build: async (actor, program, { month }, steps) => {
        const input = await this.monthlyInput(actor, program, month, steps);
        return { filename: periodFilename(input, 'monthly', month), spec: shapeMonthlyReport(input), images: await this.photoImages(actor, input) };
      },
    },

    'reception-list': {
      check: async () => undefined,
      build: async (actor, program, _params, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const rows = await this.bookings.receptionList(program);
        steps.step();
        const spec = shapeReceptionList({ context: ctx, asOf: this.today(), rows });
        return { filename: reportFilename(ctx.municipalityName, 'reception-list', { date: this.today() }), spec };
      },
    },

    facilities: {
      check: async () => undefined,
      build: async (actor, program, _params, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const rows = await this.facilities.listRows(program.id);
        steps.step();
        const spec = shapeFacilityList({ context: ctx, asOf: this.today(), rows });
        return { filename: reportFilename(ctx.municipalityName, 'facilities', { date: this.today() }), spec };
      },
    },

    'personal-data-deletions': {
      check: async () => undefined,
      build: async (actor, program, _params, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const rows = await this.personalData.ledger(program);
        const applications = await this.personalData.applicationLedger(program);
        steps.step();
        const spec = shapeDeletionLedger({ context: ctx, asOf: this.today(), rows, applications });
        return { filename: reportFilename(ctx.municipalityName, 'personal-data-deletions', { date: this.today() }), spec };
      },
    },

    'deletion-certificate': {
      check: async (program) => {
        const notYet = closingNotYetProblem({ periodEnd: program.periodEnd, closedAt: program.closedAt?.toISOString() ?? null }, this.today(), program.eraStyle);
        if (notYet) throw badRequest('削除証明書は事業期間が終わってから発行できます', { kind: notYet });
      },
      build: async (actor, program, _params, steps) => {
        const ctx = await this.context(actor, program);
        steps.step();
        const { rows, remaining } = await this.closing.certificate(program);
        steps.step();
        const spec = shapeDeletionCertificate({ context: ctx, periodStart: program.periodStart, periodEnd: program.periodEnd, closedAt: program.closedAt?.toISOString() ?? null, rows, remaining });
        return { filename: reportFilename(ctx.municipalityName, 'deletion-certificate', { date: this.today() }), spec };
      },
    },

    completion: {
      check: async () => undefined,
      build: async (actor, program, _params, steps) => {
        const input = await this.completionInput(actor, program, steps);
        return { filename: periodFilename(input, 'completion'), spec: shapeCompletionReport(input), images: await this.photoImages(actor, input) };
      },
    },
  };

  /** The report's context with the agreed form's era style (report-form.ts), and the form itself. */
  private async formContext(actor: Actor, program: ProgramEntity, kind: PeriodReportKind): Promise<{ ctx: ReportContext & { fiscalYear: number }; form: ReportForm }> {
    const ctx = await this.context(actor, program);
    const form = await this.forms.form(program, kind);
    return { ctx: { ...ctx, eraStyle: form.eraStyle }, form };
  }

  private async monthlyInput(actor: Actor, program: ProgramEntity, month: string, steps?: Steps): Promise<PeriodInput<MonthlyReportInput>> {
    const { ctx, form } = await this.formContext(actor, program, 'monthly');
    const m = monthRange(month);
    // The month cut to the contract period: June 1 to the period end on December 24, say.
    const from = m.from < program.periodStart ? program.periodStart : m.from;
    const to = m.to > program.periodEnd ? program.periodEnd : m.to;
    const data = await this.periodData(program, from, to, steps);
    return { context: ctx, form, month, from, to, serviceKinds: program.serviceKinds, ...data };
  }

  private async completionInput(actor: Actor, program: ProgramEntity, steps?: Steps): Promise<PeriodInput<CompletionReportInput>> {
    const { ctx, form } = await this.formContext(actor, program, 'completion');
    const { periodStart: from, periodEnd: to } = program;
    const data = await this.periodData(program, from, to, steps);
    const specialNotes = await this.reportDays.specialNotes(program.id, from, to);
    steps?.step();
    return { context: ctx, form, from, to, serviceKinds: program.serviceKinds, specialNotes, ...data };
  }

  /**
   * The pictures of a monthly or completion report's 活動写真 sheet (monthPhotos), as thumbnails; none when the form
   * leaves the sheet out. A photo whose file cannot be read
   * (lost from the store, or a row made without one) is left out — its cell keeps the caption — rather than failing
   * the whole report.
   */
  private async photoImages(actor: Actor, input: PeriodInput<PeriodReportInput>): Promise<Map<string, Buffer>> {
    const images = new Map<string, Buffer>();
    if (!input.form.sheets.includes('activity-photos')) return images;
    for (const p of monthPhotos(input.activityPhotos, input.from, input.to)) {
      try {
        images.set(p.id!, await this.dailyReports.photoBytes(actor, p.id!, 'thumb'));
      } catch (e) {
        this.logger.warn(`activity photo ${p.id} left out of the report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).name}`);
      }
    }
    return images;
  }

  /**
   * A monthly or completion report as the vendor submits it (report-submissions.service.ts): its inputs, its figures
   * and its workbook with the remarks. The month is checked against the program first (400 naming `month`).
   */
  async periodReport(
    actor: Actor,
    program: ProgramEntity,
    kind: PeriodReportKind,
    month: string | undefined,
    remarks: string | null,
  ): Promise<{ report: BuiltReport; figures: SubmissionFigure[]; from: string; to: string; form: ReportForm }> {
    const built = { programId: program.id, municipalityId: program.municipalityId };
    if (kind === 'monthly') {
      const params = await this.parseParams('monthly', program, { month });
      const input = { ...(await this.monthlyInput(actor, program, params.month)), remarks };
      const report: BuiltReport = { kind, filename: periodFilename(input, 'monthly', params.month), spec: shapeMonthlyReport(input), images: await this.photoImages(actor, input), ...built, params: { ...params } };
      return { report, figures: submissionFigures(input), from: input.from, to: input.to, form: input.form };
    }
    const input = { ...(await this.completionInput(actor, program)), remarks };
    const report: BuiltReport = { kind, filename: periodFilename(input, 'completion'), spec: shapeCompletionReport(input), images: await this.photoImages(actor, input), ...built, params: {} };
    return { report, figures: submissionFigures(input), from: input.from, to: input.to, form: input.form };
  }

  /** What the monthly and completion reports (and the city summary) are computed from, over [from, to]. */
  private async periodData(program: ProgramEntity, from: string, to: string, steps?: Steps) {
    const today = this.today();
    const asOf = heldCountedUpTo(to, today);
    const sessions = await this.sessions.held(program.id, from, asOf);
    steps?.step();
    const weeks = await this.calls.weekly(program, from, to);
    steps?.step();
    const defects = await this.followUps.defectsUpTo(program.id, to);
    const inquiries = await this.followUps.inquiriesBetween(program.id, from, to);
    steps?.step();
    const activityPhotos = await this.reportDays.activityPhotos(program.id, from, to);
    steps?.step();
    const progress = await this.progressService.progress(program, asOf);
    steps?.step();
    const rates = await this.dailyReports.rates(program, from, to);
    const periodReports = await this.schedules.completeness(program, from, to);
    const dailyReports = await this.reportDays.statusesBetween(program.id, from, to);
    steps?.step();
    return { sessions, weeks, defects, inquiries, activityPhotos, progress, rates, periodReports, dailyReports };
  }

  /** 事業別集計: every program the person sees (a city's, or those a vendor serves), one row each. */
  async citySummary(actor: Actor, onProgress?: ProgressListener): Promise<BuiltReport> {
    const ids = await this.scope.visibleProgramIds(actor);
    const steps = new Steps(Math.max(1, ids.length), FETCH_WEIGHT, onProgress);
    const today = this.today();
    const programs: CitySummaryProgram[] = [];
    let scopeName = '';
    for (const id of ids) {
      const program = await this.scope.programById(id);
      const view = await this.programs.get(actor, id);
      // From the start up to today (a program that has not started is read over its first day: nothing yet).
      const to = today < program.periodEnd ? (today < program.periodStart ? program.periodStart : today) : program.periodEnd;
      const data = await this.periodData(program, program.periodStart, to);
      programs.push({
        municipalityName: view.municipalityName ?? '',
        title: view.title,
        fiscalYear: view.fiscalYear,
        periodStart: program.periodStart,
        periodEnd: program.periodEnd,
        eraStyle: program.eraStyle ?? 'wareki',
        vendorNames: view.vendorNames,
        ...data,
      });
      if (actor.organizationKind === 'city') scopeName ||= view.municipalityName ?? '';
      else scopeName ||= view.vendorNames[view.vendorOrganizationIds.indexOf(actor.organizationId)] ?? '';
      steps.step();
    }
    programs.sort((a, b) => (a.periodStart !== b.periodStart ? (a.periodStart < b.periodStart ? -1 : 1) : a.title.localeCompare(b.title, 'ja')));
    const spec = shapeCitySummary({ scopeName, createdOn: today, programs });
    return { kind: 'city-summary', filename: reportFilename(scopeName, 'city-summary', { date: today }), spec, images: new Map(), programId: null, municipalityId: actor.municipalityId, params: { asOf: today } };
  }
}
