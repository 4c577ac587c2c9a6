import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { incidentCreateSchema, incidentInputSchema, incidentViewSchema } from '@outreach/domain/incidents';
import { inProgram, ResourceController } from '../../common/http/resource-controller';
import { INCIDENT_LIST, IncidentsService } from './incidents.service';

/** 個人情報の事故報告 (特記事項 §12): read by everyone on the program, written by the vendor's manager and the city's admin. */
@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController extends ResourceController({
  service: IncidentsService,
  routes: (incidents) => inProgram(incidents, (body) => body),
  view: incidentViewSchema,
  list: INCIDENT_LIST,
  read: 'program.read',
  manage: 'incident.manage',
  create: incidentCreateSchema,
  update: incidentInputSchema,
}) {}
