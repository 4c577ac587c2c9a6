import { Body, type CallHandler, Controller, Headers, Injectable, type NestInterceptor, Param, PayloadTooLargeException, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
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
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
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
  @Route.get(':programId/sessions/:sessionId/register', { allow: 'program.read', program: true, responds: sessionRegisterViewSchema })
  register(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('sessionId') sessionId: string): Promise<SessionRegisterView> {
    return this.applications.register(actor, program, sessionId);
  }

  /** A day's applications of the program (`?date=YYYY-MM-DD`). */
  @Route.get(':programId/applications', { allow: 'program.read', program: true, responds: z.array(applicationViewSchema) })
  ofDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: dayQuery }) query: z.output<typeof dayQuery>): Promise<ApplicationView[]> {
    return this.applications.ofDay(actor, program, query.date);
  }

  /** One application (a defect's: whom to call); personal fields as the register shows them, their opening recorded. */
  @Route.get(':programId/applications/:id', { allow: 'program.read', program: true, responds: applicationViewSchema })
  one(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<ApplicationView> {
    return this.applications.get(actor, program, id, '不備対応の連絡先の確認');
  }

  /** Finds applications by name, kana or 申請書ID (POST: the term never appears in a URL); keyed hashes only. */
  @Route.post(':programId/applications/search', { allow: 'reservation.read_personal', program: true, status: 200, responds: z.array(applicationViewSchema) })
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: applicationSearchSchema }) body: z.output<typeof applicationSearchSchema>): Promise<ApplicationView[]> {
    return this.applications.search(actor, program, body.q);
  }

  /** Files one application of the session; with an Idempotency-Key a retried submit files once. */
  @Route.post(':programId/sessions/:sessionId/applications', { allow: 'session.manage', program: true, responds: applicationViewSchema })
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
  @Route.put(':programId/applications/:id', { allow: 'session.manage', program: true, responds: applicationViewSchema })
  update(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Body({ schema: applicationUpdateSchema }) body: z.output<typeof applicationUpdateSchema>): Promise<ApplicationView> {
    return this.applications.update(actor, program, id, body);
  }

  /** Attaches (or replaces) the applicant's face photo (顔写真, multipart `file`: JPEG or PNG); stored sealed. */
  @Route.put(':programId/applications/:id/face-photo', { allow: 'session.manage', program: true, responds: applicationViewSchema })
  @UseInterceptors(FacePhotoTooLarge, FileInterceptor('file', { limits: { fileSize: MAX_FACE_PHOTO_BYTES, files: 1 } }))
  attachFacePhoto(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<ApplicationView> {
    return this.applications.attachFacePhoto(actor, program, id, file?.buffer);
  }

  /** The face photo as JPEG, for those who see the application's personal fields; each view recorded. */
  @Route.get(':programId/applications/:id/face-photo', { allow: 'program.read', program: true, file: 'image/jpeg' })
  async facePhoto(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendPrivateJpeg(res, await this.applications.facePhoto(actor, program, id, 'full'));
  }

  /** Its thumbnail (the form's and the hand-over screen's), under the same rule. */
  @Route.get(':programId/applications/:id/face-photo/thumbnail', { allow: 'program.read', program: true, file: 'image/jpeg' })
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
