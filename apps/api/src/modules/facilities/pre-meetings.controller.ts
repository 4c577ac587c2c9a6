import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { preMeetingSchema, type PreMeetingView, preMeetingViewSchema } from '@outreach/domain/bookings';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { PreMeetingsService, toPreMeetingView } from './pre-meetings.service';

/** 事前打合せ (issue 18 item 6): read by everyone on the program, kept by the vendor; each blocks its half-day. */
@ApiTags('facilities')
@Controller('programs')
export class PreMeetingsController {
  constructor(private readonly meetings: PreMeetingsService) {}

  @Responds(z.array(preMeetingViewSchema))
  @Get(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('program.read')
  async list(@Param('programId') id: string): Promise<PreMeetingView[]> {
    return (await this.meetings.list(id)).map(toPreMeetingView);
  }

  @Responds(preMeetingViewSchema)
  @Post(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  add(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: preMeetingSchema }) body: z.output<typeof preMeetingSchema>): Promise<PreMeetingView> {
    return this.meetings.add(actor, program, body).then(toPreMeetingView);
  }

  @Responds(preMeetingViewSchema)
  @Delete(':programId/pre-meetings/:id')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  remove(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<PreMeetingView> {
    return this.meetings.remove(actor, program, id).then(toPreMeetingView);
  }
}
