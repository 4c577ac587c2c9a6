import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { badRequest, issuesToFieldErrors } from '@outreach/domain/common';
import {
  type ReportDraftView,
  reportDraftViewSchema,
  type ReportScheduleItem,
  reportScheduleItemViewSchema,
  reportSubmissionBodySchema,
  reportSubmissionReturnSchema,
  reportSubmissionTargetSchema,
  type ReportSubmissionTarget,
  type ReportSubmissionView,
  reportSubmissionViewSchema,
} from '@outreach/domain/reports';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { XLSX_TYPE } from '../../common/excel/xlsx-response';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportScheduleService } from './report-schedule.service';
import { ReportSubmissionsService } from './report-submissions.service';
import { sendHeaders } from './xlsx-writer';

function target(query: Record<string, unknown>): ReportSubmissionTarget {
  const parsed = reportSubmissionTargetSchema.safeParse(query);
  if (!parsed.success) throw badRequest('報告書の条件を確認してください', issuesToFieldErrors(parsed.error.issues));
  return parsed.data;
}

/**
 * 月次報告書・委託業務完了報告書 as submissions (issue 20 item 1): read by everyone on the program, submitted by the
 * vendor's manager (period_report.submit), accepted or returned by the city's admin (report.accept).
 */
@ApiTags('reports')
@Controller('programs')
export class ReportSubmissionsController {
  constructor(
    private readonly submissions: ReportSubmissionsService,
    private readonly schedules: ReportScheduleService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Every version, newest first; ?kind=monthly&month=YYYY-MM (or ?kind=completion) for one report's versions. */
  @Route.get(':programId/report-submissions', { allow: 'program.read', program: true, responds: z.array(reportSubmissionViewSchema) })
  list(@CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>): Promise<ReportSubmissionView[]> {
    return this.submissions.list(program, query.kind === undefined ? undefined : target(query));
  }

  /** Every report the program owes (monthly per month of the visit period, and the completion report), its deadline and state. */
  @Route.get(':programId/report-submissions/schedule', { allow: 'program.read', program: true, responds: z.array(reportScheduleItemViewSchema) })
  schedule(@CurrentProgram() program: ProgramEntity): Promise<ReportScheduleItem[]> {
    return this.schedules.schedule(program);
  }

  /** The figures a submission would freeze now: ?kind=monthly&month=YYYY-MM or ?kind=completion. */
  @Route.get(':programId/report-submissions/draft', { allow: 'program.read', program: true, responds: reportDraftViewSchema })
  draft(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query() query: Record<string, unknown>): Promise<ReportDraftView> {
    return this.submissions.draft(actor, program, target(query));
  }

  /** A new version: { kind, month?, remarks? }. With an Idempotency-Key a retried submit files once. */
  @Route.post(':programId/report-submissions', { allow: 'period_report.submit', program: true, responds: reportSubmissionViewSchema })
  submit(
    @CurrentActor() actor: Actor,
    @CurrentProgram() program: ProgramEntity,
    @Headers('idempotency-key') key: string | undefined,
    @Body({ schema: reportSubmissionBodySchema }) body: z.output<typeof reportSubmissionBodySchema>,
  ): Promise<ReportSubmissionView> {
    return this.idempotency.run(actor.userId, `report_submission.submit:${program.id}`, key, body, () => this.submissions.submit(actor, program, body));
  }

  /** The workbook exactly as submitted. */
  @Route.get(':programId/report-submissions/:id/file', { allow: 'program.read', program: true, file: XLSX_TYPE })
  async file(@CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const doc = await this.submissions.file(program, id);
    sendHeaders(res, doc.fileName);
    res.send(doc.bytes);
  }

  @Route.post(':programId/report-submissions/:id/accept', { allow: 'report.accept', program: true, status: 200, responds: reportSubmissionViewSchema })
  accept(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<ReportSubmissionView> {
    return this.submissions.accept(actor, program, id);
  }

  @Route.post(':programId/report-submissions/:id/return', { allow: 'report.accept', program: true, status: 200, responds: reportSubmissionViewSchema })
  return(
    @CurrentActor() actor: Actor,
    @CurrentProgram() program: ProgramEntity,
    @Param('id') id: string,
    @Body({ schema: reportSubmissionReturnSchema }) body: z.output<typeof reportSubmissionReturnSchema>,
  ): Promise<ReportSubmissionView> {
    return this.submissions.return(actor, program, id, body.reason);
  }
}
