import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { preMeetingSchema, type PreMeetingView, preMeetingViewSchema } from '@outreach/domain/bookings';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { PreMeetingsService, toPreMeetingView } from './pre-meetings.service';

/** 事前打合せ (issue 18 item 6): read by everyone on the program, kept by the vendor; each blocks its half-day. */
@ApiTags('facilities')
@Controller('programs')
export class PreMeetingsController {
  constructor(private readonly meetings: PreMeetingsService) {}

  @Route.get(':programId/pre-meetings', { allow: 'program.read', program: true, responds: z.array(preMeetingViewSchema) })
  async list(@Param('programId') id: string): Promise<PreMeetingView[]> {
    return (await this.meetings.list(id)).map(toPreMeetingView);
  }

  @Route.post(':programId/pre-meetings', { allow: 'booking.manage', program: true, responds: preMeetingViewSchema })
  add(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: preMeetingSchema }) body: z.output<typeof preMeetingSchema>): Promise<PreMeetingView> {
    return this.meetings.add(actor, program, body).then(toPreMeetingView);
  }

  @Route.delete(':programId/pre-meetings/:id', { allow: 'booking.manage', program: true, responds: preMeetingViewSchema })
  remove(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<PreMeetingView> {
    return this.meetings.remove(actor, program, id).then(toPreMeetingView);
  }
}
