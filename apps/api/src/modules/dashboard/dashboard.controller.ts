import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dateRangeQuerySchema, resolveDateRange } from '@outreach/domain/common';
import { type DashboardSummaryView, dashboardSummaryViewSchema, programOverviewViewSchema } from '@outreach/domain/dashboard';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { DashboardService } from './dashboard.service';

const rangeQuery = dateRangeQuerySchema;

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Everything the program dashboard shows, in one response (default period: the whole program). */
  @Responds(dashboardSummaryViewSchema)
  @Get('programs/:programId/dashboard')
  @ProgramScoped()
  @RequirePermission('program.read')
  summary(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>): Promise<DashboardSummaryView> {
    const { from, to } = resolveDateRange(q, { from: program.periodStart, to: program.periodEnd });
    return this.dashboard.summary(actor, program, from, to);
  }

  /** One row per program the user sees. */
  @Responds(z.array(programOverviewViewSchema))
  @Get('dashboard/overview')
  @RequirePermission('program.read')
  overview(@CurrentActor() actor: Actor) {
    return this.dashboard.overview(actor);
  }
}
