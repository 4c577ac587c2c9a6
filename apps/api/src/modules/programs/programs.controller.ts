import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { jstDateKey, parseListQuery } from '@outreach/domain/common';
import {
  asOfQuerySchema,
  programBodySchema,
  type ProgramView,
  programViewSchema,
  progressViewSchema,
  type ProgressView,
  targetGroupsBodySchema,
  type TargetGroupView,
  targetGroupViewSchema,
  type VisitCalendarProposal,
  visitCalendarProposalSchema,
  type VisitDayChange,
  visitDayBodySchema,
  visitDayProposalBodySchema,
  visitDaysBodySchema,
  type VisitDayView,
  visitDayViewSchema,
} from '@outreach/domain/programs';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from './program.entity';
import { ProgressService } from './progress.service';
import { PROGRAM_LIST, ProgramsService } from './programs.service';
import { VisitDaysService } from './visit-days.service';

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly visitDays: VisitDaysService,
    private readonly progressService: ProgressService,
    private readonly clock: Clock,
  ) {}

  @Route.get({ allow: 'program.read', list: programViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<ProgramView>> {
    const { data, total } = await this.programs.list(actor, parseListQuery(query, PROGRAM_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':programId', { allow: 'program.read', program: true, responds: programViewSchema })
  get(@CurrentActor() actor: Actor, @Param('programId') id: string): Promise<ProgramView> {
    return this.programs.get(actor, id);
  }

  @Route.post({ allow: 'program.manage', responds: programViewSchema })
  create(@CurrentActor() actor: Actor, @Body({ schema: programBodySchema }) body: z.output<typeof programBodySchema>): Promise<ProgramView> {
    return this.programs.create(actor, body);
  }

  @Route.put(':programId', { allow: 'program.manage', program: true, responds: programViewSchema })
  update(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: programBodySchema }) body: z.output<typeof programBodySchema>): Promise<ProgramView> {
    return this.programs.update(actor, id, body);
  }

  @Route.get(':programId/target-groups', { allow: 'program.read', program: true, responds: z.array(targetGroupViewSchema) })
  targetGroups(@Param('programId') id: string): Promise<TargetGroupView[]> {
    return this.programs.targetGroups(id);
  }

  @Route.put(':programId/target-groups', { allow: 'program.manage', program: true, responds: z.array(targetGroupViewSchema) })
  replaceTargetGroups(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: targetGroupsBodySchema }) body: z.output<typeof targetGroupsBodySchema>): Promise<TargetGroupView[]> {
    return this.programs.replaceTargetGroups(actor, id, body.groups);
  }

  /** Progress against every target as of a date (default: today in JST). */
  @Route.get(':programId/progress', { allow: 'program.read', program: true, responds: progressViewSchema })
  progress(@CurrentProgram() program: ProgramEntity, @Query({ schema: asOfQuerySchema }) query: z.output<typeof asOfQuerySchema>): Promise<ProgressView> {
    return this.progressService.progress(program, query.asOf ?? jstDateKey(this.clock.now()));
  }

  @Route.get(':programId/visit-days', { allow: 'program.read', program: true, responds: z.array(visitDayViewSchema) })
  listVisitDays(@Param('programId') id: string): Promise<VisitDayView[]> {
    return this.visitDays.list(id);
  }

  /** A proposed calendar to preview; nothing is saved. */
  @Route.post(':programId/visit-days/proposal', { allow: 'calendar.manage', program: true, responds: visitCalendarProposalSchema })
  propose(@CurrentProgram() program: ProgramEntity, @Body({ schema: visitDayProposalBodySchema }) body: z.output<typeof visitDayProposalBodySchema>): VisitCalendarProposal {
    return this.visitDays.propose(program, body.homeDays, body.facilityDays, body.fromDate);
  }

  @Route.put(':programId/visit-days', { allow: 'calendar.manage', program: true, responds: z.array(visitDayViewSchema) })
  replaceVisitDays(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: visitDaysBodySchema }) body: z.output<typeof visitDaysBodySchema>): Promise<VisitDayView[]> {
    return this.visitDays.replace(actor, program, body.days);
  }

  @Route.post(':programId/visit-days', { allow: 'calendar.manage', program: true, responds: visitDayViewSchema })
  async addVisitDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: visitDayBodySchema }) body: z.output<typeof visitDayBodySchema>): Promise<VisitDayView> {
    const days = await this.visitDays.change(actor, program, { type: 'add', date: body.date, kind: body.kind });
    return days.find((d) => d.date === body.date)!;
  }

  /** Moves a day and/or changes its kind. */
  @Route.put(':programId/visit-days/:id', { allow: 'calendar.manage', program: true, responds: visitDayViewSchema })
  async updateVisitDay(
    @CurrentActor() actor: Actor,
    @CurrentProgram() program: ProgramEntity,
    @Param('id') id: string,
    @Body({ schema: visitDayBodySchema }) body: z.output<typeof visitDayBodySchema>,
  ): Promise<VisitDayView> {
    const day = await this.visitDays.byId(program.id, id);
    const changes: VisitDayChange[] = [];
    if (body.date !== day.date) changes.push({ type: 'move', from: day.date, to: body.date });
    if (body.kind !== day.kind) changes.push({ type: 'changeKind', date: body.date, kind: body.kind });
    const days = changes.length ? await this.visitDays.change(actor, program, ...changes) : await this.visitDays.list(program.id);
    return days.find((d) => d.date === body.date)!;
  }

  @Route.delete(':programId/visit-days/:id', { allow: 'calendar.manage', program: true, responds: visitDayViewSchema })
  async removeVisitDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<VisitDayView> {
    const day = await this.visitDays.byId(program.id, id);
    const before = (await this.visitDays.list(program.id)).find((d) => d.id === id)!;
    await this.visitDays.change(actor, program, { type: 'remove', date: day.date });
    return before;
  }
}
