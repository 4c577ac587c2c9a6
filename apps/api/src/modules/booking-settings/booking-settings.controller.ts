import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { preMeetingSchema, travelMatrixSchema } from '@outreach/domain/bookings';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingSettingsService } from './booking-settings.service';

@ApiTags('bookings')
@Controller('programs')
export class BookingSettingsController {
  constructor(private readonly settings: BookingSettingsService) {}

  @Get(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('program.read')
  travelMatrix(@Param('programId') id: string) {
    return this.settings.travelMatrix(id);
  }

  @Put(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  saveTravelMatrix(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: travelMatrixSchema }) body: z.output<typeof travelMatrixSchema>) {
    return this.settings.saveTravelMatrix(actor, id, body);
  }

  @Get(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('program.read')
  preMeetings(@Param('programId') id: string) {
    return this.settings.preMeetings(id);
  }

  @Post(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  addPreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: preMeetingSchema }) body: z.output<typeof preMeetingSchema>) {
    return this.settings.addPreMeeting(actor, program, body);
  }

  @Delete(':programId/pre-meetings/:id')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  removePreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string) {
    return this.settings.removePreMeeting(actor, program, id);
  }
}
