import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { badRequest, issuesToFieldErrors, notFound, parseListQuery } from '@outreach/domain/common';
import { type FullDataParams, fullDataParamsSchema, type ProgramReportKind, type ReportDownloadView, reportDownloadViewSchema, reportJobBodySchema, type ReportJobView, reportJobViewSchema } from '@outreach/domain/reports';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { XLSX_TYPE, ZIP_TYPE } from '../../common/excel/xlsx-response';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportDownloadsService } from './report-downloads.service';
import { ReportJobsService } from './report-jobs.service';
import { type BuiltReport, ReportsService } from './reports.service';
import { sendHeaders, sendWorkbook } from './xlsx-writer';

/** The 全件データ's parameters (400 naming the field). */
function parseFullDataParams(raw: unknown): FullDataParams {
  const parsed = fullDataParamsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw badRequest('帳票の条件を確認してください', issuesToFieldErrors(parsed.error.issues));
  return parsed.data;
}

/** Writes a built report to the response; a failure after the first byte can only cut the download. */
function send(res: Response, report: BuiltReport, created: Date): Promise<void> {
  return sendWorkbook(res, report.filename, report.spec, { images: report.images, created });
}

/**
 * The program reports as Excel downloads (日次・受電件数・月次・委託業務完了報告書), and report jobs for the
 * ones that take a while. Parameters are checked before any byte is sent (400 naming the field); every
 * download is recorded in the handling record.
 */
@ApiTags('reports')
@Controller('programs')
export class ProgramReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly downloads: ReportDownloadsService,
    private readonly jobs: ReportJobsService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  private async download(kind: ProgramReportKind, actor: Actor, program: ProgramEntity, query: unknown, res: Response): Promise<void> {
    const params = await this.reports.parseParams(kind, program, query);
    const report = await this.reports.build(actor, program, kind, params);
    await this.downloads.record(actor, report);
    await send(res, report, this.clock.now());
  }

  /** 日次報告書 of a day with held sessions: ?date=YYYY-MM-DD */
  @Route.get(':programId/reports/daily.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  daily(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('daily', actor, program, query, res);
  }

  /** 受電件数報告 of the weeks from `from` to `to` (default: the week of `from`): ?from=YYYY-MM-DD&to=YYYY-MM-DD */
  @Route.get(':programId/reports/weekly-calls.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  weeklyCalls(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('weekly-calls', actor, program, query, res);
  }

  /** 月次報告書: ?month=YYYY-MM */
  @Route.get(':programId/reports/monthly.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  monthly(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('monthly', actor, program, query, res);
  }

  /** 委託業務完了報告書 over the whole contract period. */
  @Route.get(':programId/reports/completion.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  completion(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('completion', actor, program, query, res);
  }

  /** 受付一覧表: every home reservation's numbers and dates, as of today. */
  @Route.get(':programId/reports/reception-list.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  receptionList(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('reception-list', actor, program, query, res);
  }

  /** 施設一覧: each facility with its stage, visit day, the coordination's steps and its applicants, as of today. */
  @Route.get(':programId/reports/facilities.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  facilityList(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('facilities', actor, program, query, res);
  }

  /** 個人情報削除記録: each deletion of personal data, when, by whom or by the sweep, on which rule, as of today. */
  @Route.get(':programId/reports/personal-data-deletions.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  deletionLedger(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('personal-data-deletions', actor, program, query, res);
  }

  /** 個人情報削除証明書 (特記事項 §10): every deletion of the contract, once its period is over. */
  @Route.get(':programId/reports/deletion-certificate.xlsx', { allow: 'export.download', program: true, file: XLSX_TYPE })
  deletionCertificate(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('deletion-certificate', actor, program, query, res);
  }

  /**
   * Starts a report in the background: { kind, params } → { id, status: 'running', percent: 0 }. Kind
   * 'full-data' is the program's 全件データ (params { format: 'xlsx' | 'csv' }). With an Idempotency-Key, a retried
   * start answers the first start's job instead of making the report twice.
   */
  @Route.post(':programId/report-jobs', { allow: 'export.download', program: true, status: 202, responds: reportJobViewSchema })
  startJob(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Headers('idempotency-key') key: string | undefined, @Body({ schema: reportJobBodySchema }) body: z.output<typeof reportJobBodySchema>): Promise<ReportJobView> {
    return this.idempotency.run(actor.userId, `report_job.start:${program.id}`, key, body, async () => {
      if (body.kind === 'full-data') return this.jobs.startFullData(actor, program, parseFullDataParams(body.params));
      const params = await this.reports.parseParams(body.kind, program, body.params);
      return this.jobs.start(actor, program, body.kind, params);
    });
  }
}

@ApiTags('reports')
@Controller('report-jobs')
export class ReportJobsController {
  constructor(
    private readonly jobs: ReportJobsService,
    private readonly downloads: ReportDownloadsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Starts the 全件データ of every program the person serves (a city: its municipality's; a vendor: its
   * organization's) in the background: { kind: 'full-data', params: { format } }. Other reports are of one program.
   * With an Idempotency-Key, a retried start answers the first start's job.
   */
  @Route.post({ allow: 'export.download', status: 202, responds: reportJobViewSchema })
  async start(@CurrentActor() actor: Actor, @Headers('idempotency-key') key: string | undefined, @Body({ schema: reportJobBodySchema }) body: z.output<typeof reportJobBodySchema>): Promise<ReportJobView> {
    if (body.kind !== 'full-data') throw badRequest('この帳票は事業を選んで作成してください', { kind: '事業をまたいで作成できるのは全件データだけです' });
    return this.idempotency.run(actor.userId, 'report_job.start', key, body, () => this.jobs.startFullData(actor, null, parseFullDataParams(body.params)));
  }

  /** Status and percent of one's own job (anyone else's is a 404). */
  @Route.get(':id', { allow: 'export.download', responds: reportJobViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ReportJobView> {
    return this.jobs.get(actor, id);
  }

  /** The finished file (kept 15 minutes): .xlsx, or the 全件データ's CSV files as .zip; a job still running is a 409. */
  @Route.get(':id/download', { allow: 'export.download', file: [ZIP_TYPE, XLSX_TYPE] })
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { file, report, jobId } = await this.jobs.finished(actor, id);
    const stream = fs.createReadStream(file);
    // The file may have been swept a moment ago: that is the same as an expired job.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', () => reject(notFound('帳票のファイルが見つかりません（15分で削除されます）'))));
    await this.downloads.record(actor, report, jobId);
    sendHeaders(res, report.filename);
    try {
      await pipeline(stream, res);
    } catch (e) {
      if (!res.headersSent) throw e; // otherwise the client went away mid-download: nothing left to answer
    }
  }
}

@ApiTags('reports')
@Controller('reports')
export class CityReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly downloads: ReportDownloadsService,
    private readonly clock: Clock,
  ) {}

  /** 事業別集計: one row per program the person sees (a city user: their municipality's programs). */
  @Route.get('city-summary.xlsx', { allow: 'export.download', file: XLSX_TYPE })
  async citySummary(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const report = await this.reports.citySummary(actor);
    await this.downloads.record(actor, report);
    await send(res, report, this.clock.now());
  }
}

export const REPORT_DOWNLOAD_LIST = {
  sortable: ['occurredAt', 'id'],
  filterable: ['programId', 'userId', 'from', 'to'],
  defaultSort: { field: 'occurredAt', order: 'DESC' as const },
  maxLimit: 200,
};

/** The last report downloads of the person's municipality (city) or organization (vendor), for the 帳票 page. */
@ApiTags('reports')
@Controller('report-downloads')
export class ReportDownloadsController {
  constructor(private readonly downloads: ReportDownloadsService) {}

  @Route.get({ allow: 'export.download', list: reportDownloadViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<ReportDownloadView>> {
    const { data, total } = await this.downloads.list(actor, parseListQuery(query, REPORT_DOWNLOAD_LIST));
    return new ListResult(data, total);
  }
}
