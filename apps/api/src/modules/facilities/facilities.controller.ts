import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { coordinationUpdateSchema, type CoordinationView, coordinationViewSchema } from '@outreach/domain/facilities';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import { FacilitiesService } from './facilities.service';

/** 施設との調整 (003 §9(2)) of a facility booking: read by everyone on its program, kept by the vendor. */
@ApiTags('facilities')
@Controller('bookings')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Responds(coordinationViewSchema)
  @Get(':id/coordination')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CoordinationView> {
    return this.facilities.get(actor, id);
  }

  @Responds(coordinationViewSchema)
  @Put(':id/coordination')
  @RequirePermission('booking.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: coordinationUpdateSchema }) body: z.output<typeof coordinationUpdateSchema>): Promise<CoordinationView> {
    return this.facilities.update(actor, id, body);
  }
}
