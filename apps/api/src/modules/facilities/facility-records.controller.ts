import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { facilityCreateSchema, type FacilitySummaryView, facilitySummaryViewSchema, facilityUpdateSchema, type FacilityView, facilityViewSchema } from '@outreach/domain/facilities';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { FacilityRecordsService } from './facility-records.service';

/** 施設: the program's welfare facilities with their stage, read by everyone on the program, kept by the vendor. */
@ApiTags('facilities')
@Controller('programs')
export class FacilityRecordsController {
  constructor(private readonly facilities: FacilityRecordsService) {}

  /** The program's facilities by name, each with its stage, visit day and next step due (no contact person). */
  @Responds(z.array(facilitySummaryViewSchema))
  @Get(':programId/facilities')
  @ProgramScoped()
  @RequirePermission('program.read')
  list(@CurrentProgram() program: ProgramEntity): Promise<FacilitySummaryView[]> {
    return this.facilities.list(program);
  }

  /** One facility with its bookings; its contact person to those who may open personal data (recorded). */
  @Responds(facilityViewSchema)
  @Get(':programId/facilities/:id')
  @ProgramScoped()
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string): Promise<FacilityView> {
    return this.facilities.get(actor, program, id);
  }

  @Responds(facilityViewSchema)
  @Post(':programId/facilities')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: facilityCreateSchema }) body: z.output<typeof facilityCreateSchema>): Promise<FacilityView> {
    return this.facilities.create(actor, program, body);
  }

  @Responds(facilityViewSchema)
  @Put(':programId/facilities/:id')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  update(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Body({ schema: facilityUpdateSchema }) body: z.output<typeof facilityUpdateSchema>): Promise<FacilityView> {
    return this.facilities.update(actor, program, id, body);
  }
}
