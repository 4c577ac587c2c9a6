import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { callBackCallSchema, callBackCreateSchema, type CallBackView, callBackViewSchema } from '@outreach/domain/call-backs';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { CallBacksService } from './call-backs.service';

/** 折り返し: the vendor's team keeps, lists and closes callers' requests that no slot fitted. */
@ApiTags('call-backs')
@Controller('programs')
export class CallBacksController {
  constructor(private readonly callBacks: CallBacksService) {}

  /** Open call-backs, earliest due first, then the latest done ones (who, when); each open one shown is recorded. */
  @Route.get(':programId/call-backs', { allow: 'booking.manage', program: true, responds: z.array(callBackViewSchema) })
  list(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity): Promise<CallBackView[]> {
    return this.callBacks.list(actor, program);
  }

  /** Keeps a caller's request to call back (name and phone sealed like every personal data). */
  @Route.post(':programId/call-backs', { allow: 'booking.manage', program: true, responds: callBackViewSchema })
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: callBackCreateSchema }) body: z.output<typeof callBackCreateSchema>): Promise<CallBackView> {
    return this.callBacks.create(actor, program, body);
  }

  /**
   * The call back, logged in the call log: answered, the call-back is done (who and when kept, the caller's data
   * deleted); unanswered (応答なし), it stays open with one more attempt.
   */
  @Route.post(':programId/call-backs/:id/calls', { allow: 'booking.manage', program: true, status: 200, responds: callBackViewSchema })
  logCall(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Body({ schema: callBackCallSchema }) body: z.output<typeof callBackCallSchema>): Promise<CallBackView> {
    return this.callBacks.logCall(actor, program, id, body);
  }

  /** A colleague takes the call-back over: it becomes their task. */
  @Route.post(':programId/call-backs/:id/claim', { allow: 'booking.manage', program: true, status: 200, responds: callBackViewSchema })
  claim(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<CallBackView> {
    return this.callBacks.claim(actor, program, id);
  }
}
