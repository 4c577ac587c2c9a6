import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DeletionLedgerEntry, deletionLedgerEntryViewSchema, type DeletionRunView, deletionRunViewSchema } from '@outreach/domain/personal-data';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { PersonalDataService } from './personal-data.service';

@ApiTags('personal-data')
@Controller('programs')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  /** The deletion ledger: each reservation whose personal data was deleted, when, by whom or by the sweep, on which rule. */
  @Responds(z.array(deletionLedgerEntryViewSchema))
  @Get(':programId/personal-data-deletions')
  @ProgramScoped()
  @RequirePermission('program.read')
  ledger(@CurrentProgram() program: ProgramEntity): Promise<DeletionLedgerEntry[]> {
    return this.personalData.ledger(program);
  }

  /** The manager runs the sweep for this program now; each deletion is recorded as theirs. */
  @Responds(deletionRunViewSchema)
  @Post(':programId/personal-data-deletions/run')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.share')
  async run(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity): Promise<DeletionRunView> {
    return { deleted: await this.personalData.runNow(actor, program) };
  }
}
