import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { travelMatrixSchema, type TravelMatrixView, travelMatrixViewSchema } from '@outreach/domain/bookings';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import { BookingSettingsService } from './booking-settings.service';

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
}
