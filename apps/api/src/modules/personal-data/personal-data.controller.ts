import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DeletionLedgerEntry, deletionLedgerEntryViewSchema, type DeletionRunView, deletionRunViewSchema } from '@outreach/domain/personal-data';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { PersonalDataService } from './personal-data.service';

@ApiTags('personal-data')
@Controller('programs')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  /** The deletion ledger: each reservation whose personal data was deleted, when, by whom or by the sweep, on which rule. */
  @Route.get(':programId/personal-data-deletions', { allow: 'program.read', program: true, responds: z.array(deletionLedgerEntryViewSchema) })
  ledger(@CurrentProgram() program: ProgramEntity): Promise<DeletionLedgerEntry[]> {
    return this.personalData.ledger(program);
  }

  /** The manager runs the sweep for this program now; each deletion is recorded as theirs. */
  @Route.post(':programId/personal-data-deletions/run', { allow: 'booking.share', program: true, status: 200, responds: deletionRunViewSchema })
  async run(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity): Promise<DeletionRunView> {
    return { deleted: await this.personalData.runNow(actor, program) };
  }
}
