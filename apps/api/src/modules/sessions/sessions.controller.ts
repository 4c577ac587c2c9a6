import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { sessionCreateSchema, sessionInputSchema, type SessionView, sessionViewSchema } from '@outreach/domain/sessions';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import { SESSION_LIST, SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Route.get({ allow: 'program.read', list: sessionViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<SessionView>> {
    const { data, total } = await this.sessions.list(actor, parseListQuery(query, SESSION_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':id', { allow: 'program.read', responds: sessionViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SessionView> {
    return this.sessions.get(actor, id);
  }

  @Route.post({ allow: 'session.manage', responds: sessionViewSchema })
  create(@CurrentActor() actor: Actor, @Body({ schema: sessionCreateSchema }) body: z.output<typeof sessionCreateSchema>): Promise<SessionView> {
    const { programId, ...session } = body;
    return this.sessions.create(actor, programId, session);
  }

  @Route.put(':id', { allow: 'session.manage', responds: sessionViewSchema })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: sessionInputSchema }) body: z.output<typeof sessionInputSchema>): Promise<SessionView> {
    return this.sessions.update(actor, id, body);
  }

  @Route.delete(':id', { allow: 'session.manage', responds: sessionViewSchema })
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SessionView> {
    return this.sessions.remove(actor, id);
  }
}
