import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { coordinationUpdateSchema, type CoordinationView, coordinationViewSchema } from '@outreach/domain/facilities';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import { FacilitiesService } from './facilities.service';

/** 施設との調整 (003 §9(2)) of a facility booking: read by everyone on its program, kept by the vendor. */
@ApiTags('facilities')
@Controller('bookings')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Route.get(':id/coordination', { allow: 'program.read', responds: coordinationViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CoordinationView> {
    return this.facilities.get(actor, id);
  }

  @Route.put(':id/coordination', { allow: 'booking.manage', responds: coordinationViewSchema })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: coordinationUpdateSchema }) body: z.output<typeof coordinationUpdateSchema>): Promise<CoordinationView> {
    return this.facilities.update(actor, id, body);
  }
}
