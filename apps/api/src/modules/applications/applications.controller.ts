import { Body, type CallHandler, Controller, Get, Headers, HttpCode, Injectable, type NestInterceptor, Param, PayloadTooLargeException, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiTags } from '@nestjs/swagger';
import {
  applicationInputSchema,
  applicationSearchSchema,
  applicationUpdateSchema,
  FACE_PHOTO_MESSAGES,
  MAX_FACE_PHOTO_BYTES,
  type ApplicationView,
  applicationViewSchema,
  type SessionRegisterView,
  sessionRegisterViewSchema,
} from '@outreach/domain/applications';
import { dateKeySchema, invalid } from '@outreach/domain/common';
import { catchError, type Observable, throwError } from 'rxjs';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds, RespondsFile } from '../../common/http/responds';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ApplicationsService } from './applications.service';

const dayQuery = z.object({ date: dateKeySchema });

/** A face photo over the limit (multer stops reading it: 413) is answered like the other checks: 422 on `file`, in Japanese. */
@Injectable()
class FacePhotoTooLarge implements NestInterceptor {
  intercept(_: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((e: unknown) => throwError(() => (e instanceof PayloadTooLargeException ? invalid(FACE_PHOTO_MESSAGES.size, { file: FACE_PHOTO_MESSAGES.size }) : e))));
  }
}

/**
 * 申請記録 (issue 19): the register of a session — read by everyone on the program (personal fields for the vendor's
 * people who handle applicants), written by the vendor's team on site. Every route goes through the one access guard.
 */
@ApiTags('applications')
@Controller('programs')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The session's register: applications, the booked or listed applicants still to enter, the counts. */
  @Responds(sessionRegisterViewSchema)
  @Get(':programId/sessions/:sessionId/register')
  @ProgramScoped()
  @RequirePermission('program.read')
  register(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('sessionId') sessionId: string): Promise<SessionRegisterView> {
    return this.applications.register(actor, program, sessionId);
  }

  /** A day's applications of the program (`?date=YYYY-MM-DD`). */
  @Responds(z.array(applicationViewSchema))
  @Get(':programId/applications')
  @ProgramScoped()
  @RequirePermission('program.read')
  ofDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: dayQuery }) query: z.output<typeof dayQuery>): Promise<ApplicationView[]> {
    return this.applications.ofDay(actor, program, query.date);
  }

  /** One application (a defect's: whom to call); personal fields as the register shows them, their opening recorded. */
  @Responds(applicationViewSchema)
  @Get(':programId/applications/:id')
  @ProgramScoped()
  @RequirePermission('program.read')
  one(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<ApplicationView> {
    return this.applications.get(actor, program, id, '不備対応の連絡先の確認');
  }

  /** Finds applications by name, kana or 申請書ID (POST: the term never appears in a URL); keyed hashes only. */
  @Responds(z.array(applicationViewSchema))
  @Post(':programId/applications/search')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('reservation.read_personal')
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: applicationSearchSchema }) body: z.output<typeof applicationSearchSchema>): Promise<ApplicationView[]> {
    return this.applications.search(actor, program, body.q);
  }

  /** Files one application of the session; with an Idempotency-Key a retried submit files once. */
  @Responds(applicationViewSchema)
  @Post(':programId/sessions/:sessionId/applications')
  @ProgramScoped()
  @RequirePermission('session.manage')
  create(
    @CurrentActor() actor: Actor,
    @CurrentProgram() program: ProgramEntity,
    @Param('sessionId') sessionId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body({ schema: applicationInputSchema }) body: z.output<typeof applicationInputSchema>,
  ): Promise<ApplicationView> {
    return this.idempotency.run(actor.userId, `application.create:${sessionId}`, key, body, () => this.applications.create(actor, program, sessionId, body));
  }

  /** Corrects an application (every field again). */
  @Responds(applicationViewSchema)
  @Put(':programId/applications/:id')
  @ProgramScoped()
  @RequirePermission('session.manage')
  update(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Body({ schema: applicationUpdateSchema }) body: z.output<typeof applicationUpdateSchema>): Promise<ApplicationView> {
    return this.applications.update(actor, program, id, body);
  }

  /** Attaches (or replaces) the applicant's face photo (顔写真, multipart `file`: JPEG or PNG); stored sealed. */
  @Responds(applicationViewSchema)
  @Put(':programId/applications/:id/face-photo')
  @ProgramScoped()
  @RequirePermission('session.manage')
  @UseInterceptors(FacePhotoTooLarge, FileInterceptor('file', { limits: { fileSize: MAX_FACE_PHOTO_BYTES, files: 1 } }))
  attachFacePhoto(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<ApplicationView> {
    return this.applications.attachFacePhoto(actor, program, id, file?.buffer);
  }

  /** The face photo as JPEG, for those who see the application's personal fields; each view recorded. */
  @RespondsFile('image/jpeg')
  @Get(':programId/applications/:id/face-photo')
  @ProgramScoped()
  @RequirePermission('program.read')
  async facePhoto(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendPrivateJpeg(res, await this.applications.facePhoto(actor, program, id, 'full'));
  }

  /** Its thumbnail (the form's and the hand-over screen's), under the same rule. */
  @RespondsFile('image/jpeg')
  @Get(':programId/applications/:id/face-photo/thumbnail')
  @ProgramScoped()
  @RequirePermission('program.read')
  async facePhotoThumbnail(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendPrivateJpeg(res, await this.applications.facePhoto(actor, program, id, 'thumb'));
  }
}

/** A face photo is personal data: no cache keeps it. */
function sendPrivateJpeg(res: Response, bytes: Buffer): void {
  res.setHeader('Content-Type', 'image/jpeg');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', 'inline');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(bytes);
}
