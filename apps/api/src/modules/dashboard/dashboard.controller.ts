import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { badRequest, isDateKey } from '@outreach/domain';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import type { ProgramEntity } from '../programs/program.entity';
import { type DashboardSummary, DashboardService } from './dashboard.service';

const rangeQuery = z.object({ from: z.string().optional(), to: z.string().optional() });

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Everything the program dashboard shows, in one response (default period: the whole program). */
  @Get('programs/:programId/dashboard')
  @ProgramScoped()
  @RequirePermission('program.read')
  summary(@CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>): Promise<DashboardSummary> {
    const from = q.from ?? program.periodStart;
    const to = q.to ?? program.periodEnd;
    if (!isDateKey(from) || !isDateKey(to) || to < from) throw badRequest('期間の指定が正しくありません', { to: '開始日以降の日付を YYYY-MM-DD で指定してください' });
    return this.dashboard.summary(program, from, to);
  }

  /** One row per program the user sees. */
  @Get('dashboard/overview')
  @RequirePermission('program.read')
  overview(@CurrentActor() actor: Actor) {
    return this.dashboard.overview(actor);
  }
}
