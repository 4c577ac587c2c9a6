import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { sessionCreateSchema, sessionInputSchema, type SessionView, sessionViewSchema } from '@outreach/domain/sessions';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { SESSION_LIST, SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @RespondsList(sessionViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<SessionView>> {
    const { data, total } = await this.sessions.list(actor, parseListQuery(query, SESSION_LIST));
    return new ListResult(data, total);
  }

  @Responds(sessionViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SessionView> {
    return this.sessions.get(actor, id);
  }

  @Responds(sessionViewSchema)
  @Post()
  @RequirePermission('session.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: sessionCreateSchema }) body: z.output<typeof sessionCreateSchema>): Promise<SessionView> {
    const { programId, ...session } = body;
    return this.sessions.create(actor, programId, session);
  }

  @Responds(sessionViewSchema)
  @Put(':id')
  @RequirePermission('session.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: sessionInputSchema }) body: z.output<typeof sessionInputSchema>): Promise<SessionView> {
    return this.sessions.update(actor, id, body);
  }

  @Responds(sessionViewSchema)
  @Delete(':id')
  @RequirePermission('session.manage')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SessionView> {
    return this.sessions.remove(actor, id);
  }
}
