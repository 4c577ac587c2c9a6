import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { reportFormBodySchema, type ReportFormView, reportFormViewSchema } from '@outreach/domain/reports';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportFormsService } from './report-forms.service';

/** 様式 (issue 20 item 4): everyone on the program reads the agreed form of its reports; the city's admin changes it. */
@ApiTags('reports')
@Controller('programs')
export class ReportFormsController {
  constructor(private readonly forms: ReportFormsService) {}

  /** The form of the monthly and the completion report (the usual one where none is stored). */
  @Responds(z.array(reportFormViewSchema))
  @Get(':programId/report-forms')
  @ProgramScoped()
  @RequirePermission('program.read')
  list(@CurrentProgram() program: ProgramEntity): Promise<ReportFormView[]> {
    return this.forms.list(program);
  }

  /** Saves one kind's form: { kind, sheets, eraStyle, title?, documentNumber? }. */
  @Responds(reportFormViewSchema)
  @Put(':programId/report-forms')
  @ProgramScoped()
  @RequirePermission('report_form.manage')
  save(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: reportFormBodySchema }) body: z.output<typeof reportFormBodySchema>): Promise<ReportFormView> {
    return this.forms.save(actor, program, body);
  }
}
