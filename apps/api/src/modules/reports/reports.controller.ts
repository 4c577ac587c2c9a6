import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { notFound, parseListQuery, type ProgramReportKind, REPORT_KIND_LABELS_JA, reportJobBodySchema, type ReportKind } from '@outreach/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { attachmentHeader, XLSX_TYPE } from '../../common/excel/xlsx-response';
import { ListResult } from '../../common/http/list-result';
import { HandlingRecordsService } from '../handling-records/handling-records.service';
import type { ProgramEntity } from '../programs/program.entity';
import { type ReportJobView, ReportJobsService } from './report-jobs.service';
import { type BuiltReport, ReportsService } from './reports.service';
import { writeWorkbook } from './xlsx-writer';

function sendHeaders(res: Response, filename: string): void {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', attachmentHeader(filename));
  res.setHeader('Cache-Control', 'no-store');
}

/** Writes a built report to the response; a failure after the first byte can only cut the download. */
async function send(res: Response, report: BuiltReport, created: Date): Promise<void> {
  sendHeaders(res, report.filename);
  try {
    await writeWorkbook(res, report.spec, { images: report.images, created });
  } catch (e) {
    if (!res.headersSent) throw e;
    res.destroy(e instanceof Error ? e : new Error(String(e)));
  }
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
    private readonly jobs: ReportJobsService,
    private readonly clock: Clock,
  ) {}

  private async download(kind: ProgramReportKind, actor: Actor, program: ProgramEntity, query: unknown, res: Response): Promise<void> {
    const params = await this.reports.parseParams(kind, program, query);
    const report = await this.reports.build(actor, program, kind, params);
    await this.reports.recordDownload(actor, report);
    await send(res, report, this.clock.now());
  }

  /** 日次報告書 of a day with held sessions: ?date=YYYY-MM-DD */
  @Get(':programId/reports/daily.xlsx')
  @ProgramScoped()
  @RequirePermission('export.download')
  daily(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('daily', actor, program, query, res);
  }

  /** 受電件数報告 of the weeks from `from` to `to` (default: the week of `from`): ?from=YYYY-MM-DD&to=YYYY-MM-DD */
  @Get(':programId/reports/weekly-calls.xlsx')
  @ProgramScoped()
  @RequirePermission('export.download')
  weeklyCalls(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('weekly-calls', actor, program, query, res);
  }

  /** 月次報告書: ?month=YYYY-MM */
  @Get(':programId/reports/monthly.xlsx')
  @ProgramScoped()
  @RequirePermission('export.download')
  monthly(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('monthly', actor, program, query, res);
  }

  /** 委託業務完了報告書 over the whole contract period. */
  @Get(':programId/reports/completion.xlsx')
  @ProgramScoped()
  @RequirePermission('export.download')
  completion(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('completion', actor, program, query, res);
  }

  /** 受付一覧表: every home reservation's numbers and dates, as of today. */
  @Get(':programId/reports/reception-list.xlsx')
  @ProgramScoped()
  @RequirePermission('export.download')
  receptionList(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    return this.download('reception-list', actor, program, query, res);
  }

  /** Starts a report in the background: { kind, params } → { id, status: 'running', percent: 0 }. */
  @Post(':programId/report-jobs')
  @HttpCode(202)
  @ProgramScoped()
  @RequirePermission('export.download')
  async startJob(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: reportJobBodySchema }) body: z.output<typeof reportJobBodySchema>): Promise<ReportJobView> {
    const params = await this.reports.parseParams(body.kind, program, body.params);
    return this.jobs.start(actor, program, body.kind, params);
  }
}

@ApiTags('reports')
@Controller('report-jobs')
export class ReportJobsController {
  constructor(
    private readonly jobs: ReportJobsService,
    private readonly reports: ReportsService,
  ) {}

  /** Status and percent of one's own job (anyone else's is a 404). */
  @Get(':id')
  @RequirePermission('export.download')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): ReportJobView {
    return this.jobs.get(actor, id);
  }

  /** The finished file (kept 15 minutes); a job still running is a 409. */
  @Get(':id/download')
  @RequirePermission('export.download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { file, report, jobId } = this.jobs.finished(actor, id);
    const stream = fs.createReadStream(file);
    // The file may have been swept a moment ago: that is the same as an expired job.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', () => reject(notFound('帳票のファイルが見つかりません（15分で削除されます）'))));
    await this.reports.recordDownload(actor, report, { jobId });
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
    private readonly clock: Clock,
  ) {}

  /** 事業別集計: one row per program the person sees (a city user: their municipality's programs). */
  @Get('city-summary.xlsx')
  @RequirePermission('export.download')
  async citySummary(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const report = await this.reports.citySummary(actor);
    await this.reports.recordDownload(actor, report);
    await send(res, report, this.clock.now());
  }
}

export interface ReportDownloadView {
  id: number;
  occurredAt: string;
  userId: string | null;
  userName: string | null;
  organizationName: string | null;
  kind: string | null;
  kindLabel: string;
  programId: string | null;
  filename: string | null;
  params: Record<string, unknown>;
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
  constructor(private readonly records: HandlingRecordsService) {}

  @Get()
  @RequirePermission('export.download')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<ReportDownloadView>> {
    const q = parseListQuery(query, REPORT_DOWNLOAD_LIST);
    const { data, total } = await this.records.list(actor, { ...q, filter: { ...q.filter, action: 'report.download' } });
    return new ListResult(
      data.map((r) => {
        const params = parseReason(r.reason);
        const { filename, ...rest } = params;
        return {
          id: r.id,
          occurredAt: r.occurredAt,
          userId: r.userId,
          userName: r.userName,
          organizationName: r.organizationName,
          kind: r.resourceType,
          kindLabel: REPORT_KIND_LABELS_JA[r.resourceType as ReportKind] ?? r.resourceType ?? '',
          programId: r.programId,
          filename: typeof filename === 'string' ? filename : null,
          params: rest,
        };
      }),
      total,
    );
  }
}

function parseReason(reason: string | null): Record<string, unknown> {
  if (!reason) return {};
  try {
    const parsed: unknown = JSON.parse(reason);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
