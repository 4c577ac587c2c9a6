import { Body, Controller, Param, Query } from '@nestjs/common';
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
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { CallWeeksService } from './call-weeks.service';
import { CALL_LIST, CallsService } from './calls.service';

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Route.get({ allow: 'program.read', list: callViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<CallView>> {
    const { data, total } = await this.calls.list(actor, parseListQuery(query, CALL_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':id', { allow: 'program.read', responds: callViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallView> {
    return this.calls.get(actor, id);
  }

  /** One call, logged while on the phone (the time defaults to now). */
  @Route.post({ allow: 'call.log', responds: callViewSchema })
  create(@CurrentActor() actor: Actor, @Body({ schema: callCreateSchema }) body: z.output<typeof callCreateSchema>): Promise<CallView> {
    return this.calls.create(actor, body);
  }

  /** A whole day from paper: counts per category (replaces that day's earlier paper counts). */
  @Route.post('bulk', { allow: 'call.log', responds: z.array(callViewSchema) })
  bulk(@CurrentActor() actor: Actor, @Body({ schema: callBulkCreateSchema }) body: z.output<typeof callBulkCreateSchema>): Promise<CallView[]> {
    return this.calls.bulk(actor, body);
  }

  @Route.put(':id', { allow: 'call.log', responds: callViewSchema })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: callInputSchema }) body: z.output<typeof callInputSchema>): Promise<CallView> {
    return this.calls.update(actor, id, body);
  }

  @Route.delete(':id', { allow: 'call.log', responds: callViewSchema })
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallView> {
    return this.calls.remove(actor, id);
  }
}

@ApiTags('calls')
@Controller('call-weeks')
export class CallWeeksController {
  constructor(private readonly weeks: CallWeeksService) {}

  /** Every week of a program's period up to now, newest first (filter={"programId": …} is required). */
  @Route.get({ allow: 'program.read', list: callWeekViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<CallWeekView>> {
    const q = parseListQuery(query, { sortable: ['weekStart'], filterable: ['programId'], defaultSort: { field: 'weekStart', order: 'DESC' } });
    const all = await this.weeks.list(actor, q.filter.programId);
    const sorted = q.sort.order === 'ASC' ? [...all].reverse() : all;
    return new ListResult(sorted.slice(q.range.offset, q.range.offset + q.range.limit), all.length);
  }

  @Route.get(':id', { allow: 'program.read', responds: callWeekViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.get(actor, id);
  }

  @Route.post(':id/submit', { allow: 'report.submit', status: 200, responds: callWeekViewSchema })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'submit');
  }

  @Route.post(':id/accept', { allow: 'report.accept', status: 200, responds: callWeekViewSchema })
  accept(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'accept');
  }

  @Route.post(':id/return', { allow: 'report.accept', status: 200, responds: callWeekViewSchema })
  return(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: callWeekDecisionSchema }) body: z.output<typeof callWeekDecisionSchema>): Promise<CallWeekView> {
    return this.weeks.transition(actor, id, 'return', body.reason);
  }

  @Route.post(':id/reopen', { allow: 'report.accept', status: 200, responds: callWeekViewSchema })
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
  @Route.get(':programId/calls/weekly', { allow: 'program.read', program: true, responds: z.array(callWeekSchema) })
  weekly(@CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>) {
    const open = resolvePeriods(program).callCenter;
    const { from, to } = resolveDateRange(q, { from: open.start, to: open.end });
    return this.calls.weekly(program, from, to);
  }
}
