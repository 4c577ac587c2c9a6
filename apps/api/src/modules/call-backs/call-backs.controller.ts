import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { callBackCreateSchema, type CallBackView, callBackViewSchema } from '@outreach/domain/call-backs';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { CallBacksService } from './call-backs.service';

/** 折り返し: the vendor's team keeps, lists and closes callers' requests that no slot fitted. */
@ApiTags('call-backs')
@Controller('programs')
export class CallBacksController {
  constructor(private readonly callBacks: CallBacksService) {}

  /** Open call-backs, earliest due first, then the latest done ones (who, when); each open one shown is recorded. */
  @Responds(z.array(callBackViewSchema))
  @Get(':programId/call-backs')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  list(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity): Promise<CallBackView[]> {
    return this.callBacks.list(actor, program);
  }

  /** Keeps a caller's request to call back (name and phone sealed like every personal data). */
  @Responds(callBackViewSchema)
  @Post(':programId/call-backs')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: callBackCreateSchema }) body: z.output<typeof callBackCreateSchema>): Promise<CallBackView> {
    return this.callBacks.create(actor, program, body);
  }

  /** Called back: who and when are kept, the caller's data is deleted. */
  @Responds(callBackViewSchema)
  @Post(':programId/call-backs/:id/done')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.manage')
  done(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<CallBackView> {
    return this.callBacks.done(actor, program, id);
  }
}
