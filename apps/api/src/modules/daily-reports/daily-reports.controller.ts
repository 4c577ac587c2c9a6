import { Body, Controller, Headers, Param, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { dateRangeQuerySchema, parseListQuery, resolveDateRange } from '@outreach/domain/common';
import {
  dailyReportDraftSchema,
  type DailyReportRowView,
  dailyReportRowViewSchema,
  type DailyReportView,
  dailyReportViewSchema,
  photoCaptionSchema,
  photoUpdateSchema,
  type PhotoView,
  photoViewSchema,
  reportingRatesViewSchema,
  reportReasonSchema,
} from '@outreach/domain/daily-reports';
import { resolvePeriods } from '@outreach/domain/programs';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { DAILY_REPORT_LIST, DailyReportsService } from './daily-reports.service';
import { MAX_PHOTO_BYTES } from './photo-store';

@ApiTags('daily-reports')
@Controller('daily-reports')
export class DailyReportsController {
  constructor(
    private readonly reports: DailyReportsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Route.get({ allow: 'program.read', list: dailyReportRowViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<DailyReportRowView>> {
    const { data, total } = await this.reports.list(actor, parseListQuery(query, DAILY_REPORT_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':id', { allow: 'program.read', responds: dailyReportViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DailyReportView> {
    return this.reports.get(actor, id);
  }

  /** Saves the form (also the automatic draft). */
  @Route.put(':id', { allow: 'report.submit', responds: dailyReportViewSchema })
  save(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: dailyReportDraftSchema }) body: z.output<typeof dailyReportDraftSchema>): Promise<DailyReportView> {
    return this.reports.saveDraft(actor, id, body);
  }

  /** Submits once: a retry with the same Idempotency-Key returns the first result. */
  @Route.post(':id/submit', { allow: 'report.submit', status: 200, responds: dailyReportViewSchema })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string, @Headers('idempotency-key') key: string | undefined, @Body() body: unknown): Promise<DailyReportView> {
    return this.idempotency.run(actor.userId, `daily_report.submit:${id}`, key, body ?? {}, () => this.reports.submit(actor, id));
  }

  @Route.post(':id/accept', { allow: 'report.accept', status: 200, responds: dailyReportViewSchema })
  accept(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DailyReportView> {
    return this.reports.transition(actor, id, 'accept');
  }

  @Route.post(':id/return', { allow: 'report.accept', status: 200, responds: dailyReportViewSchema })
  return(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: reportReasonSchema }) body: z.output<typeof reportReasonSchema>): Promise<DailyReportView> {
    return this.reports.transition(actor, id, 'return', body.reason);
  }

  @Route.post(':id/reopen', { allow: 'report.accept', status: 200, responds: dailyReportViewSchema })
  reopen(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: reportReasonSchema }) body: z.output<typeof reportReasonSchema>): Promise<DailyReportView> {
    return this.reports.transition(actor, id, 'reopen', body.reason);
  }

  /** 社内確認: the vendor manager releases a staff member's report to the city. */
  @Route.post(':id/release', { allow: 'report.review', status: 200, responds: dailyReportViewSchema })
  release(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DailyReportView> {
    return this.reports.transition(actor, id, 'release');
  }

  /** 社内差し戻し: the vendor manager returns it to its author, with a reason, before the city sees it. */
  @Route.post(':id/return-internally', { allow: 'report.review', status: 200, responds: dailyReportViewSchema })
  returnInternally(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: reportReasonSchema }) body: z.output<typeof reportReasonSchema>): Promise<DailyReportView> {
    return this.reports.transition(actor, id, 'return_internally', body.reason);
  }

  /** An activity photo (multipart field `file`); checked by its bytes, re-encoded without metadata. */
  @Route.post(':id/photos', { allow: 'report.submit', responds: photoViewSchema })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }))
  addPhoto(@CurrentActor() actor: Actor, @Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined, @Body({ schema: photoCaptionSchema }) body: z.output<typeof photoCaptionSchema>): Promise<PhotoView> {
    // The caption is refused like every free text that outlives the residents' data (no phone numbers, birth dates…).
    return this.reports.addPhoto(actor, id, file?.buffer, body.caption);
  }
}

@ApiTags('daily-reports')
@Controller('photos')
export class PhotosController {
  constructor(private readonly reports: DailyReportsService) {}

  @Route.get(':id', { allow: 'program.read', file: 'image/jpeg' })
  async file(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendJpeg(res, await this.reports.photoBytes(actor, id, 'full'));
  }

  @Route.get(':id/thumbnail', { allow: 'program.read', file: 'image/jpeg' })
  async thumbnail(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendJpeg(res, await this.reports.photoBytes(actor, id, 'thumb'));
  }

  @Route.put(':id', { allow: 'report.submit', responds: photoViewSchema })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: photoUpdateSchema }) body: z.output<typeof photoUpdateSchema>): Promise<PhotoView> {
    return this.reports.updatePhoto(actor, id, body);
  }

  @Route.post(':id/approve', { allow: 'report.accept', status: 200, responds: photoViewSchema })
  approve(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PhotoView> {
    return this.reports.reviewPhoto(actor, id, 'approved');
  }

  @Route.post(':id/reject', { allow: 'report.accept', status: 200, responds: photoViewSchema })
  reject(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: reportReasonSchema }) body: z.output<typeof reportReasonSchema>): Promise<PhotoView> {
    return this.reports.reviewPhoto(actor, id, 'rejected', body.reason);
  }

  @Route.delete(':id', { allow: 'report.submit', responds: photoViewSchema })
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PhotoView> {
    return this.reports.removePhoto(actor, id);
  }
}

function sendJpeg(res: Response, bytes: Buffer): void {
  res.setHeader('Content-Type', 'image/jpeg');
  // Until the city has reviewed it, a photo may show what it should not: no cache keeps it.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', 'inline');
  res.send(bytes);
}

const rangeQuery = dateRangeQuerySchema;

@ApiTags('daily-reports')
@Controller('programs')
export class ProgramReportingController {
  constructor(private readonly reports: DailyReportsService) {}

  /** Reporting rate and on-time rate per week and month, with the overdue days. */
  @Route.get(':programId/reporting-rates', { allow: 'program.read', program: true, responds: reportingRatesViewSchema })
  rates(@CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>) {
    const visits = resolvePeriods(program).visits;
    const { from, to } = resolveDateRange(q, { from: visits.start, to: visits.end });
    return this.reports.keptRates(program, from, to);
  }
}
