import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { preMeetingSchema, type PreMeetingView, preMeetingViewSchema, travelMatrixSchema, type TravelMatrixView, travelMatrixViewSchema } from '@outreach/domain/bookings';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingSettingsService, toPreMeetingView } from './booking-settings.service';

@ApiTags('bookings')
@Controller('programs')
export class BookingSettingsController {
  constructor(private readonly settings: BookingSettingsService) {}

  @Responds(travelMatrixViewSchema)
  @Get(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('program.read')
  travelMatrix(@Param('programId') id: string): Promise<TravelMatrixView> {
    return this.settings.travelMatrix(id);
  }

  @Responds(travelMatrixViewSchema)
  @Put(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  saveTravelMatrix(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: travelMatrixSchema }) body: z.output<typeof travelMatrixSchema>): Promise<TravelMatrixView> {
    return this.settings.saveTravelMatrix(actor, id, body);
  }

  @Responds(z.array(preMeetingViewSchema))
  @Get(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('program.read')
  async preMeetings(@Param('programId') id: string): Promise<PreMeetingView[]> {
    return (await this.settings.preMeetings(id)).map(toPreMeetingView);
  }

  @Responds(preMeetingViewSchema)
  @Post(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  addPreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: preMeetingSchema }) body: z.output<typeof preMeetingSchema>): Promise<PreMeetingView> {
    return this.settings.addPreMeeting(actor, program, body).then(toPreMeetingView);
  }

  @Responds(preMeetingViewSchema)
  @Delete(':programId/pre-meetings/:id')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  removePreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<PreMeetingView> {
    return this.settings.removePreMeeting(actor, program, id).then(toPreMeetingView);
  }
}
