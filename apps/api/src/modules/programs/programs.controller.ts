import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
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
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
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

  @RespondsList(programViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<ProgramView>> {
    const { data, total } = await this.programs.list(actor, parseListQuery(query, PROGRAM_LIST));
    return new ListResult(data, total);
  }

  @Responds(programViewSchema)
  @Get(':programId')
  @ProgramScoped()
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('programId') id: string): Promise<ProgramView> {
    return this.programs.get(actor, id);
  }

  @Responds(programViewSchema)
  @Post()
  @RequirePermission('program.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: programBodySchema }) body: z.output<typeof programBodySchema>): Promise<ProgramView> {
    return this.programs.create(actor, body);
  }

  @Responds(programViewSchema)
  @Put(':programId')
  @ProgramScoped()
  @RequirePermission('program.manage')
  update(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: programBodySchema }) body: z.output<typeof programBodySchema>): Promise<ProgramView> {
    return this.programs.update(actor, id, body);
  }

  @Responds(z.array(targetGroupViewSchema))
  @Get(':programId/target-groups')
  @ProgramScoped()
  @RequirePermission('program.read')
  targetGroups(@Param('programId') id: string): Promise<TargetGroupView[]> {
    return this.programs.targetGroups(id);
  }

  @Responds(z.array(targetGroupViewSchema))
  @Put(':programId/target-groups')
  @ProgramScoped()
  @RequirePermission('program.manage')
  replaceTargetGroups(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: targetGroupsBodySchema }) body: z.output<typeof targetGroupsBodySchema>): Promise<TargetGroupView[]> {
    return this.programs.replaceTargetGroups(actor, id, body.groups);
  }

  /** Progress against every target as of a date (default: today in JST). */
  @Responds(progressViewSchema)
  @Get(':programId/progress')
  @ProgramScoped()
  @RequirePermission('program.read')
  progress(@CurrentProgram() program: ProgramEntity, @Query({ schema: asOfQuerySchema }) query: z.output<typeof asOfQuerySchema>): Promise<ProgressView> {
    return this.progressService.progress(program, query.asOf ?? jstDateKey(this.clock.now()));
  }

  @Responds(z.array(visitDayViewSchema))
  @Get(':programId/visit-days')
  @ProgramScoped()
  @RequirePermission('program.read')
  listVisitDays(@Param('programId') id: string): Promise<VisitDayView[]> {
    return this.visitDays.list(id);
  }

  /** A proposed calendar to preview; nothing is saved. */
  @Responds(visitCalendarProposalSchema)
  @Post(':programId/visit-days/proposal')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  propose(@CurrentProgram() program: ProgramEntity, @Body({ schema: visitDayProposalBodySchema }) body: z.output<typeof visitDayProposalBodySchema>): VisitCalendarProposal {
    return this.visitDays.propose(program, body.homeDays, body.facilityDays, body.fromDate);
  }

  @Responds(z.array(visitDayViewSchema))
  @Put(':programId/visit-days')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  replaceVisitDays(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: visitDaysBodySchema }) body: z.output<typeof visitDaysBodySchema>): Promise<VisitDayView[]> {
    return this.visitDays.replace(actor, program, body.days);
  }

  @Responds(visitDayViewSchema)
  @Post(':programId/visit-days')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  async addVisitDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: visitDayBodySchema }) body: z.output<typeof visitDayBodySchema>): Promise<VisitDayView> {
    const days = await this.visitDays.change(actor, program, { type: 'add', date: body.date, kind: body.kind });
    return days.find((d) => d.date === body.date)!;
  }

  /** Moves a day and/or changes its kind. */
  @Responds(visitDayViewSchema)
  @Put(':programId/visit-days/:id')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
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

  @Responds(visitDayViewSchema)
  @Delete(':programId/visit-days/:id')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  async removeVisitDay(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<VisitDayView> {
    const day = await this.visitDays.byId(program.id, id);
    const before = (await this.visitDays.list(program.id)).find((d) => d.id === id)!;
    await this.visitDays.change(actor, program, { type: 'remove', date: day.date });
    return before;
  }
}
