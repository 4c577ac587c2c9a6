import { Body, Controller, Param, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { TRAVEL_SHEET, travelMatrixSchema, type TravelMatrixView, travelMatrixViewSchema } from '@outreach/domain/bookings';
import { invalid } from '@outreach/domain/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { sendFile, XLSX_TYPE } from '../../common/excel/xlsx-response';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingSettingsService } from './booking-settings.service';
import { readTravelWorkbook, travelWorkbook } from './travel-workbook';

/** A travel sheet is a few dozen districts square: far below this. */
const TRAVEL_FILE_MAX_BYTES = 1024 * 1024;

@ApiTags('bookings')
@Controller('programs')
export class BookingSettingsController {
  constructor(
    private readonly settings: BookingSettingsService,
    private readonly clock: Clock,
  ) {}

  @Route.get(':programId/travel-matrix', { allow: 'program.read', program: true, responds: travelMatrixViewSchema })
  travelMatrix(@Param('programId') id: string): Promise<TravelMatrixView> {
    return this.settings.travelMatrix(id);
  }

  @Route.put(':programId/travel-matrix', { allow: 'calendar.manage', program: true, responds: travelMatrixViewSchema })
  saveTravelMatrix(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: travelMatrixSchema }) body: z.output<typeof travelMatrixSchema>): Promise<TravelMatrixView> {
    return this.settings.saveTravelMatrix(actor, id, body);
  }

  /** The matrix as the square sheet 「移動時間」 (issue 21 item 6): to fill or correct in Excel and read back. */
  @Route.get(':programId/travel-matrix/workbook', { allow: 'program.read', program: true, file: XLSX_TYPE })
  async travelMatrixWorkbook(@CurrentProgram() program: ProgramEntity, @Res() res: Response): Promise<void> {
    const file = await travelWorkbook(await this.settings.travelMatrix(program.id), this.clock.now());
    sendFile(res, XLSX_TYPE, `${TRAVEL_SHEET}_${program.title}.xlsx`, file);
  }

  /**
   * Reads a filled sheet and answers the matrix it holds — nothing is saved: the screen shows it in its table and the
   * manager saves it there (one way to change the matrix, recorded). A bad sheet is a 422 on `file` naming each cell.
   */
  @Route.post(':programId/travel-matrix/import', { allow: 'calendar.manage', program: true, status: 200, responds: travelMatrixViewSchema })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: TRAVEL_FILE_MAX_BYTES, files: 1 } }))
  async importTravelMatrix(@UploadedFile() file: { buffer: Buffer } | undefined): Promise<TravelMatrixView> {
    if (!file) throw invalid('ファイルを選んでください', { file: 'ファイルを選んでください' });
    return readTravelWorkbook(file.buffer);
  }
}
