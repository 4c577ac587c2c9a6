import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { reportFormBodySchema, type ReportFormView, reportFormViewSchema } from '@outreach/domain/reports';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportFormsService } from './report-forms.service';

/** 様式 (issue 20 item 4): everyone on the program reads the agreed form of its reports; the city's admin changes it. */
@ApiTags('reports')
@Controller('programs')
export class ReportFormsController {
  constructor(private readonly forms: ReportFormsService) {}

  /** The form of the monthly and the completion report (the usual one where none is stored). */
  @Route.get(':programId/report-forms', { allow: 'program.read', program: true, responds: z.array(reportFormViewSchema) })
  list(@CurrentProgram() program: ProgramEntity): Promise<ReportFormView[]> {
    return this.forms.list(program);
  }

  /** Saves one kind's form: { kind, sheets, eraStyle, title?, documentNumber? }. */
  @Route.put(':programId/report-forms', { allow: 'report_form.manage', program: true, responds: reportFormViewSchema })
  save(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: reportFormBodySchema }) body: z.output<typeof reportFormBodySchema>): Promise<ReportFormView> {
    return this.forms.save(actor, program, body);
  }
}
