import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { facilityCreateSchema, type FacilitySummaryView, facilitySummaryViewSchema, facilityUpdateSchema, type FacilityView, facilityViewSchema } from '@outreach/domain/facilities';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { FacilityRecordsService } from './facility-records.service';

/** 施設: the program's welfare facilities with their stage, read by everyone on the program, kept by the vendor. */
@ApiTags('facilities')
@Controller('programs')
export class FacilityRecordsController {
  constructor(private readonly facilities: FacilityRecordsService) {}

  /** The program's facilities by name, each with its stage, visit day and next step due (no contact person). */
  @Route.get(':programId/facilities', { allow: 'program.read', program: true, responds: z.array(facilitySummaryViewSchema) })
  list(@CurrentProgram() program: ProgramEntity): Promise<FacilitySummaryView[]> {
    return this.facilities.list(program);
  }

  /** One facility with its bookings; its contact person to those who may open personal data (recorded). */
  @Route.get(':programId/facilities/:id', { allow: 'program.read', program: true, responds: facilityViewSchema })
  get(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<FacilityView> {
    return this.facilities.get(actor, program, id);
  }

  @Route.post(':programId/facilities', { allow: 'booking.manage', program: true, responds: facilityViewSchema })
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: facilityCreateSchema }) body: z.output<typeof facilityCreateSchema>): Promise<FacilityView> {
    return this.facilities.create(actor, program, body);
  }

  @Route.put(':programId/facilities/:id', { allow: 'booking.manage', program: true, responds: facilityViewSchema })
  update(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Body({ schema: facilityUpdateSchema }) body: z.output<typeof facilityUpdateSchema>): Promise<FacilityView> {
    return this.facilities.update(actor, program, id, body);
  }
}
