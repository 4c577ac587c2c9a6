import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dateRangeQuerySchema, resolveDateRange } from '@outreach/domain/common';
import { type DashboardSummaryView, dashboardSummaryViewSchema, programOverviewViewSchema } from '@outreach/domain/dashboard';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { DashboardService } from './dashboard.service';

const rangeQuery = dateRangeQuerySchema;

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Everything the program dashboard shows, in one response (default period: the whole program). */
  @Route.get('programs/:programId/dashboard', { allow: 'program.read', program: true, responds: dashboardSummaryViewSchema })
  summary(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>): Promise<DashboardSummaryView> {
    const { from, to } = resolveDateRange(q, { from: program.periodStart, to: program.periodEnd });
    return this.dashboard.summary(actor, program, from, to);
  }

  /** One row per program the user sees. */
  @Route.get('dashboard/overview', { allow: 'program.read', responds: z.array(programOverviewViewSchema) })
  overview(@CurrentActor() actor: Actor) {
    return this.dashboard.overview(actor);
  }
}
