import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { confirmationCallCreateSchema, type ConfirmationListView, confirmationListQuerySchema, confirmationListViewSchema } from '@outreach/domain/confirmation-calls';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { ConfirmationCallsService } from './confirmation-calls.service';

/** 前日確認: the vendor's team calls the next visit day's bookings and records what came of each call. */
@ApiTags('confirmation-calls')
@Controller('programs')
export class ConfirmationCallsController {
  constructor(private readonly confirmations: ConfirmationCallsService) {}

  /** The bookings of a visit day (default: the next one) with whom to call — each showing recorded — and the calls made. */
  @Route.get(':programId/confirmation-calls', { allow: 'booking.manage', program: true, responds: confirmationListViewSchema })
  list(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: confirmationListQuerySchema }) query: z.output<typeof confirmationListQuerySchema>): Promise<ConfirmationListView> {
    return this.confirmations.list(actor, program, query.date);
  }

  /** One call and its outcome; キャンセル cancels the booking with the reason. Answers the day's list as it now stands. */
  @Route.post(':programId/confirmation-calls', { allow: 'booking.manage', program: true, responds: confirmationListViewSchema })
  record(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: confirmationCallCreateSchema }) body: z.output<typeof confirmationCallCreateSchema>): Promise<ConfirmationListView> {
    return this.confirmations.record(actor, program, body);
  }
}
