import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  applicationInputSchema,
  applicationSearchSchema,
  applicationUpdateSchema,
  type ApplicationView,
  applicationViewSchema,
  type SessionRegisterView,
  sessionRegisterViewSchema,
} from '@outreach/domain/applications';
import { dateKeySchema } from '@outreach/domain/common';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ApplicationsService } from './applications.service';

const dayQuery = z.object({ date: dateKeySchema });

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
}
