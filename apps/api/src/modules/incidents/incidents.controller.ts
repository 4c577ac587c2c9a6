import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { incidentCreateSchema, incidentInputSchema, type IncidentView, incidentViewSchema } from '@outreach/domain/incidents';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { INCIDENT_LIST, IncidentsService } from './incidents.service';

/** 個人情報の事故報告 (特記事項 §12): read by everyone on the program, written by the vendor's manager and the city's admin. */
@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @RespondsList(incidentViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<IncidentView>> {
    const { data, total } = await this.incidents.list(actor, parseListQuery(query, INCIDENT_LIST));
    return new ListResult(data, total);
  }

  @Responds(incidentViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<IncidentView> {
    return this.incidents.get(actor, id);
  }

  @Responds(incidentViewSchema)
  @Post()
  @RequirePermission('incident.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: incidentCreateSchema }) body: z.output<typeof incidentCreateSchema>): Promise<IncidentView> {
    return this.incidents.create(actor, body.programId, body);
  }

  @Responds(incidentViewSchema)
  @Put(':id')
  @RequirePermission('incident.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: incidentInputSchema }) body: z.output<typeof incidentInputSchema>): Promise<IncidentView> {
    return this.incidents.update(actor, id, body);
  }
}
