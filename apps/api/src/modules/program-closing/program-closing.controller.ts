import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ClosingChecklist, closingChecklistViewSchema, closingDeleteSchema } from '@outreach/domain/program-closing';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgramClosingService } from './program-closing.service';

@ApiTags('program-closing')
@Controller('programs')
export class ProgramClosingController {
  constructor(private readonly closing: ProgramClosingService) {}

  /** The closing checklist: every record that still holds personal data (vendor and city alike). */
  @Route.get(':programId/closing', { allow: 'program.read', program: true, responds: closingChecklistViewSchema })
  checklist(@CurrentProgram() program: ProgramEntity): Promise<ClosingChecklist> {
    return this.closing.checklist(program);
  }

  /** The vendor's manager deletes the chosen records' personal data (the contract ended). */
  @Route.post(':programId/closing/delete', { allow: 'booking.share', program: true, status: 200, responds: closingChecklistViewSchema })
  deleteRecords(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: closingDeleteSchema }) body: z.output<typeof closingDeleteSchema>): Promise<ClosingChecklist> {
    return this.closing.deleteRecords(actor, program, body.bookingIds);
  }

  /** The vendor's manager closes the program once nothing holds personal data; then it takes no new personal data. */
  @Route.post(':programId/closing/close', { allow: 'booking.share', program: true, status: 200, responds: closingChecklistViewSchema })
  close(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity): Promise<ClosingChecklist> {
    return this.closing.close(actor, program);
  }
}
