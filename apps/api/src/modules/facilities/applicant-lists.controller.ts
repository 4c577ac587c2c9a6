import { createHash } from 'node:crypto';
import { Body, Controller, Headers, Logger, Param, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@outreach/domain/common';
import { APPLICANT_LIST_MAX_BYTES, type ApplicantListPreviewEvent, applicantListShareSchema, type ApplicantListView, applicantListViewSchema } from '@outreach/domain/facilities';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { sendFile, XLSX_TYPE } from '../../common/excel/xlsx-response';
import { Clock } from '../../common/clock';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { applicantListForCity } from './applicant-list-workbook';
import { ApplicantListsService } from './applicant-lists.service';

type Upload = { buffer: Buffer } | undefined;
const upload = FileInterceptor('file', { limits: { fileSize: APPLICANT_LIST_MAX_BYTES, files: 1 } });

/**
 * 申請者名簿 (003 §9(2)ウ) of a facility booking. The vendor's team downloads the template, checks and commits the
 * filled list; the vendor's manager shares it with the city and may delete it; the rows open to those who handle
 * reservations, and to the city's admin once shared. Each route goes through the bookings' one access guard.
 */
@ApiTags('facilities')
@Controller('bookings')
export class ApplicantListsController {
  private readonly logger = new Logger('ApplicantLists');

  constructor(
    private readonly lists: ApplicantListsService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  @Route.get(':id/applicant-list/template', { allow: 'booking.manage', file: XLSX_TYPE })
  async template(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.lists.template(actor, id);
    sendFile(res, XLSX_TYPE, file.fileName, file.bytes);
  }

  /**
   * Checks a filled list and saves nothing. The answer is a stream of JSON lines (application/x-ndjson,
   * `applicantListPreviewEventSchema`): progress while the rows are checked, then the rows and the errors. A file
   * that cannot be read at all is an ordinary 422 on `file`, before the stream starts.
   */
  @Route.post(':id/applicant-list/preview', { allow: 'booking.manage', status: 200, file: 'application/x-ndjson' })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  async preview(@CurrentActor() actor: Actor, @Param('id') id: string, @UploadedFile() file: Upload, @Res() res: Response): Promise<void> {
    let started = false;
    const send = (event: ApplicantListPreviewEvent) => {
      if (!started) {
        res.status(200);
        res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        started = true;
      }
      res.write(`${JSON.stringify(event)}\n`);
    };
    try {
      const result = await this.lists.preview(actor, id, file?.buffer, (fraction) => send({ type: 'progress', fraction }));
      send({ type: 'result', ...result });
      res.end();
    } catch (e) {
      if (!started) throw e;
      if (!(e instanceof DomainError)) this.logger.error(`applicant-list preview failed: ${(e as Error)?.stack ?? String(e)}`);
      send({ type: 'failed', message: e instanceof DomainError ? e.message : 'システムエラーが発生しました。時間をおいて再度お試しください' });
      res.end();
    }
  }

  /**
   * Commits the list: the same file as previewed (multipart `file`), read and checked again — with any error nothing
   * is saved (422, the errors in `rowErrors`). With an Idempotency-Key a retried commit files once.
   */
  @Route.post(':id/applicant-list', { allow: 'booking.manage', status: 200, responds: applicantListViewSchema })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  commit(@CurrentActor() actor: Actor, @Param('id') id: string, @UploadedFile() file: Upload, @Headers('idempotency-key') key: string | undefined): Promise<ApplicantListView> {
    const fingerprint = { file: file ? createHash('sha256').update(file.buffer).digest('hex') : null };
    return this.idempotency.run(actor.userId, `applicant_list.commit:${id}`, key, fingerprint, () => this.lists.commit(actor, id, file?.buffer));
  }

  @Route.get(':id/applicant-list', { allow: 'program.read', responds: applicantListViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ApplicantListView> {
    return this.lists.get(actor, id);
  }

  @Route.post(':id/applicant-list/share', { allow: 'booking.share', status: 200, responds: applicantListViewSchema })
  share(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: applicantListShareSchema }) body: z.output<typeof applicantListShareSchema>): Promise<ApplicantListView> {
    return this.lists.share(actor, id, body.reason);
  }

  @Route.get(':id/applicant-list/export', { allow: 'program.read', file: XLSX_TYPE })
  async export(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { rows, fileName, facilityName, visitDate } = await this.lists.exportRows(actor, id);
    sendFile(res, XLSX_TYPE, fileName, await applicantListForCity(rows, { created: this.clock.now(), facilityName, visitDate }));
  }

  @Route.delete(':id/applicant-list', { allow: 'booking.share', responds: applicantListViewSchema })
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ApplicantListView> {
    return this.lists.deleteNow(actor, id);
  }
}
