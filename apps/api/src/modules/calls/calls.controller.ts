import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  callBulkCreateSchema,
  callCreateSchema,
  callInputSchema,
  type CallView,
  callViewSchema,
  callWeekDecisionSchema,
  callWeekSchema,
  type CallWeekView,
  callWeekViewSchema,
} from '@outreach/domain/calls';
import { dateRangeQuerySchema, resolveDateRange, parseListQuery } from '@outreach/domain/common';
import { resolvePeriods } from '@outreach/domain/programs';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { CallWeeksService } from './call-weeks.service';
import { CALL_LIST, CallsService } from './calls.service';

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @RespondsList(callViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<CallView>> {
    const { data, total } = await this.calls.list(actor, parseListQuery(query, CALL_LIST));
    return new ListResult(data, total);
  }

  @Responds(callViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallView> {
    return this.calls.get(actor, id);
  }

  /** One call, logged while on the phone (the time defaults to now). */
  @Responds(callViewSchema)
  @Post()
  @RequirePermission('call.log')
  create(@CurrentActor() actor: Actor, @Body({ schema: callCreateSchema }) body: z.output<typeof callCreateSchema>): Promise<CallView> {
    return this.calls.create(actor, body);
  }

  /** A whole day from paper: counts per category (replaces that day's earlier paper counts). */
  @Responds(z.array(callViewSchema))
  @Post('bulk')
  @RequirePermission('call.log')
  bulk(@CurrentActor() actor: Actor, @Body({ schema: callBulkCreateSchema }) body: z.output<typeof callBulkCreateSchema>): Promise<CallView[]> {
    return this.calls.bulk(actor, body);
  }

  @Responds(callViewSchema)
  @Put(':id')
  @RequirePermission('call.log')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: callInputSchema }) body: z.output<typeof callInputSchema>): Promise<CallView> {
    return this.calls.update(actor, id, body);
  }

  @Responds(callViewSchema)
  @Delete(':id')
  @RequirePermission('call.log')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallView> {
    return this.calls.remove(actor, id);
  }
}

@ApiTags('calls')
@Controller('call-weeks')
export class CallWeeksController {
  constructor(private readonly weeks: CallWeeksService) {}

  /** Every week of a program's period up to now, newest first (filter={"programId": …} is required). */
  @RespondsList(callWeekViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<CallWeekView>> {
    const q = parseListQuery(query, { sortable: ['weekStart'], filterable: ['programId'], defaultSort: { field: 'weekStart', order: 'DESC' } });
    const all = await this.weeks.list(actor, q.filter.programId);
    const sorted = q.sort.order === 'ASC' ? [...all].reverse() : all;
    return new ListResult(sorted.slice(q.range.offset, q.range.offset + q.range.limit), all.length);
  }

  @Responds(callWeekViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.get(actor, id);
  }

  @Responds(callWeekViewSchema)
  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('report.submit')
  submit(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'submit');
  }

  @Responds(callWeekViewSchema)
  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('report.accept')
  accept(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'accept');
  }

  @Responds(callWeekViewSchema)
  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission('report.accept')
  return(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: callWeekDecisionSchema }) body: z.output<typeof callWeekDecisionSchema>): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'return', body.reason);
  }

  @Responds(callWeekViewSchema)
  @Post(':id/reopen')
  @HttpCode(200)
  @RequirePermission('report.accept')
  reopen(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: callWeekDecisionSchema }) body: z.output<typeof callWeekDecisionSchema>): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'reopen', body.reason);
  }
}

const rangeQuery = dateRangeQuerySchema;

@ApiTags('calls')
@Controller('programs')
export class ProgramCallsController {
  constructor(private readonly calls: CallsService) {}

  /** The weekly series (weeks with no calls as zeros) between two dates, default the call-center period. */
  @Responds(z.array(callWeekSchema))
  @Get(':programId/calls/weekly')
  @ProgramScoped()
  @RequirePermission('program.read')
  weekly(@CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>) {
    const open = resolvePeriods(program).callCenter;
    const { from, to } = resolveDateRange(q, { from: open.start, to: open.end });
    return this.calls.weekly(program, from, to);
  }
}
