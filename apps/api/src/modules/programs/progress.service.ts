import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey } from '@outreach/domain/common';
import { targetChartSeries } from '@outreach/domain/dashboard';
import {
  computeGroupProgress,
  computeTargetProgress,
  countedKinds,
  metricPeriod,
  type PaceCalendar,
  type ProgressView,
  resolvePeriods,
  type TargetMetric,
} from '@outreach/domain/programs';
import type { Repository } from 'typeorm';
import { ProgramActivityRegistry } from './program-activity.registry';
import type { ProgramEntity } from './program.entity';
import { ProgramsService } from './programs.service';
import { VisitDayEntity } from './visit-day.entity';

/** Progress against targets as of a date: counts from the features that measure them, arithmetic from the domain. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly programs: ProgramsService,
    private readonly activity: ProgramActivityRegistry,
    @InjectRepository(VisitDayEntity) private readonly visitDays: Repository<VisitDayEntity>,
  ) {}

  async progress(program: ProgramEntity, asOf: DateKey): Promise<ProgressView> {
    // Every target's actuals at once (one grouped query per metric source, not one per target), asked for as soon as
    // the targets are known: the visit days' read is not waited for (on MariaDB the reads overlap).
    const groupsRead = this.programs.targetGroups(program.id);
    const actualsRead = groupsRead.then((groups) =>
      this.activity.daily(
        program.id,
        groups.flatMap((g) => g.targets.map((t) => ({ metric: t.metric as TargetMetric, kinds: countedKinds(t.serviceKinds, program.serviceKinds) }))),
        asOf,
      ),
    );
    const [groups, visitDays, actuals] = await Promise.all([groupsRead, this.visitDays.createQueryBuilder('v').select('v.date', 'date').where('v.program_id = :programId', { programId: program.id }).getRawMany<{ date: string }>(), actualsRead]);
    const planned = visitDays.map((d) => d.date);
    const periods = resolvePeriods(program);
    // One calendar per named period, shared by its targets (the domain computes each one's pace days once).
    const calendars = new Map<string, PaceCalendar>();
    const calendarOf = (metric: TargetMetric): PaceCalendar => {
      const name = metricPeriod(metric);
      const range = periods[name];
      if (!calendars.has(name)) calendars.set(name, { periodStart: range.start, periodEnd: range.end, plannedDays: name === 'visits' && planned.length ? planned : undefined, workingHours: program.workingHours });
      return calendars.get(name)!;
    };
    let next = 0;
    const out: ProgressView['groups'] = [];
    for (const g of groups) {
      const targets = [];
      for (const t of g.targets) {
        const metric = t.metric as TargetMetric;
        const calendar = calendarOf(metric);
        const daily = actuals[next++];
        const p = computeTargetProgress({ ...calendar, target: { metric, goal: t.goal, serviceKinds: t.serviceKinds }, asOf, daily });
        const chart = targetChartSeries({ calendar, asOf, daily, goal: t.goal, progress: p, weekStartsOn: program.weekStartsOn });
        targets.push({ ...p, id: t.id, label: t.label ?? null, measured: this.activity.isMeasured(metric), chart });
      }
      const gp = computeGroupProgress({ logic: g.logic }, targets);
      out.push({ id: g.id, name: g.name, logic: g.logic, met: gp.met, status: gp.status, targets });
    }
    return { programId: program.id, asOf, periodStart: periods.visits.start, periodEnd: periods.visits.end, paceBasis: planned.length ? 'visit_days' : 'working_days', groups: out };
  }
}
