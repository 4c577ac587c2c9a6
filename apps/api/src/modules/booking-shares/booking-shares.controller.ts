import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingSharesService } from './booking-shares.service';

@ApiTags('slip-shares')
@Controller('programs')
export class ProgramSlipSharesController {
  constructor(private readonly shares: BookingSharesService) {}

  /** Each visit week with its due date (§9(1)) and the slips not yet shared with the city. */
  @Responds(z.array(slipShareWeekViewSchema))
  @Get(':programId/slip-shares')
  @ProgramScoped()
  @RequirePermission('program.read')
  weeks(@CurrentProgram() program: ProgramEntity, @Query({ schema: dateRangeQuerySchema }) q: z.output<typeof dateRangeQuerySchema>): Promise<SlipShareWeek[]> {
    return this.shares.weeks(program, q.from ?? program.periodStart, q.to ?? program.periodEnd);
  }

  @Responds(z.array(shareFileViewSchema))
  @Get(':programId/share-files')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  files(@CurrentProgram() program: ProgramEntity): Promise<ShareFileView[]> {
    return this.shares.listFiles(program);
  }

  /** Vendor staff prepare a file of slips; it is released only after a manager approves it. */
  @Responds(shareFileViewSchema)
  @Post(':programId/share-files')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  prepare(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: shareFilePrepareSchema }) body: z.output<typeof shareFilePrepareSchema>): Promise<ShareFileView> {
    return this.shares.prepare(actor, program, body);
  }
}

@ApiTags('slip-shares')
@Controller('share-files')
export class ShareFilesController {
  constructor(private readonly shares: BookingSharesService) {}

  @Responds(shareFileViewSchema)
  @Get(':id')
  @RequirePermission('booking.manage')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileView> {
    return this.shares.getFile(actor, id);
  }

  /** A second person (a manager, not the one who prepared it) approves the file. */
  @Responds(shareFileViewSchema)
  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('booking.share')
  approve(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileView> {
    return this.shares.approve(actor, id);
  }

  @Responds(shareFileViewSchema)
  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('booking.share')
  reject(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: shareFileRejectSchema }) body: z.output<typeof shareFileRejectSchema>): Promise<ShareFileView> {
    return this.shares.reject(actor, id, body.reason);
  }

  /** The approved file, encrypted with a new one-time password (shown once, to be sent separately). */
  @Responds(shareFileDownloadViewSchema)
  @Post(':id/download')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ShareFileDownload> {
    return this.shares.download(actor, id);
  }
}
