import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ApplicationView, applicationViewSchema, type HandOverBatchView, handOverBatchViewSchema, handOverRangeSchema } from '@outreach/domain/applications';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { sendFile } from '../../common/excel/xlsx-response';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { ProgramEntity } from '../programs/program.entity';
import { HandOversService } from './hand-overs.service';

const ZIP_TYPE = 'application/zip';

/**
 * 引渡し (issue 19 item 3): the program's hand-over batches (everyone on the program sees them), the applications not
 * yet handed over and the creation of a batch (the vendor's manager), the Excel list (the city and the manager).
 */
@ApiTags('hand-overs')
@Controller('programs')
export class HandOversController {
  constructor(
    private readonly handOvers: HandOversService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  @Route.get(':programId/hand-overs', { allow: 'program.read', program: true, responds: z.array(handOverBatchViewSchema) })
  list(@CurrentProgram() program: ProgramEntity): Promise<HandOverBatchView[]> {
    return this.handOvers.list(program);
  }

  /** The applications of `?from=&to=` not yet handed over, their personal fields opened (recorded). */
  @Route.get(':programId/hand-overs/pending', { allow: 'booking.share', program: true, responds: z.array(applicationViewSchema) })
  pending(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: handOverRangeSchema }) range: z.output<typeof handOverRangeSchema>): Promise<ApplicationView[]> {
    return this.handOvers.pending(actor, program, range);
  }

  /** Hands the range's applications over as one batch; with an Idempotency-Key a retried create files once. */
  @Route.post(':programId/hand-overs', { allow: 'booking.share', program: true, responds: handOverBatchViewSchema })
  create(
    @CurrentActor() actor: Actor,
    @CurrentProgram() program: ProgramEntity,
    @Headers('idempotency-key') key: string | undefined,
    @Body({ schema: handOverRangeSchema }) body: z.output<typeof handOverRangeSchema>,
  ): Promise<HandOverBatchView> {
    return this.idempotency.run(actor.userId, `hand_over.create:${program.id}`, key, body, () => this.handOvers.create(actor, program, body));
  }

  /** The batch for the city as one zip: 申請者一覧 (Excel) and the face photos named by 申請書ID; the download is recorded. */
  @Route.get(':programId/hand-overs/:id/download.zip', { allow: 'export.download', program: true, file: ZIP_TYPE })
  async download(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { filename, bytes } = await this.handOvers.download(actor, program, id);
    sendFile(res, ZIP_TYPE, filename, bytes);
  }
}
