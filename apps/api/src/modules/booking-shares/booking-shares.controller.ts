import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ShareFileDownload,
  shareFileDownloadViewSchema,
  shareFilePrepareSchema,
  shareFileRejectSchema,
  type ShareFileView,
  shareFileViewSchema,
  type SlipShareWeek,
  slipShareWeekViewSchema,
} from '@outreach/domain/booking-shares';
import { dateRangeQuerySchema } from '@outreach/domain/common';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingSharesService } from './booking-shares.service';

@ApiTags('slip-shares')
@Controller('programs')
export class ProgramSlipSharesController {
  constructor(private readonly shares: BookingSharesService) {}

  /** Each visit week with its due date (§9(1)) and the slips not yet shared with the city. */
  @Route.get(':programId/slip-shares', { allow: 'program.read', program: true, responds: z.array(slipShareWeekViewSchema) })
  weeks(@CurrentProgram() program: ProgramEntity, @Query({ schema: dateRangeQuerySchema }) q: z.output<typeof dateRangeQuerySchema>): Promise<SlipShareWeek[]> {
    return this.shares.weeks(program, q.from ?? program.periodStart, q.to ?? program.periodEnd);
  }

  @Route.get(':programId/share-files', { allow: 'booking.manage', program: true, responds: z.array(shareFileViewSchema) })
  files(@CurrentProgram() program: ProgramEntity): Promise<ShareFileView[]> {
    return this.shares.listFiles(program);
  }

  /** Vendor staff prepare a file of slips; it is released only after a manager approves it. */
  @Route.post(':programId/share-files', { allow: 'booking.manage', program: true, responds: shareFileViewSchema })
  prepare(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: shareFilePrepareSchema }) body: z.output<typeof shareFilePrepareSchema>): Promise<ShareFileView> {
    return this.shares.prepare(actor, program, body);
  }
}

@ApiTags('slip-shares')
@Controller('share-files')
export class ShareFilesController {
  constructor(private readonly shares: BookingSharesService) {}

  @Route.get(':id', { allow: 'booking.manage', responds: shareFileViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileView> {
    return this.shares.getFile(actor, id);
  }

  /** A second person (a manager, not the one who prepared it) approves the file. */
  @Route.post(':id/approve', { allow: 'booking.share', status: 200, responds: shareFileViewSchema })
  approve(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileView> {
    return this.shares.approve(actor, id);
  }

  @Route.post(':id/reject', { allow: 'booking.share', status: 200, responds: shareFileViewSchema })
  reject(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: shareFileRejectSchema }) body: z.output<typeof shareFileRejectSchema>): Promise<ShareFileView> {
    return this.shares.reject(actor, id, body.reason);
  }

  /** The approved file, encrypted with a new one-time password (shown once, to be sent separately). */
  @Route.post(':id/download', { allow: 'booking.manage', status: 200, responds: shareFileDownloadViewSchema })
  download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileDownload> {
    return this.shares.download(actor, id);
  }
}
