import { Injectable } from '@nestjs/common';
import type { DateKey } from '@outreach/domain/common';
import type { DailyValue, ServiceKind, TargetMetric } from '@outreach/domain/programs';

/** One target's actuals: a metric over some service kinds together. */
export interface MetricRequest {
  metric: TargetMetric;
  kinds: readonly ServiceKind[];
}

/** A feature that produces counts a target can measure (sessions, applications, calls …). */
export interface MetricSource {
  readonly metrics: readonly TargetMetric[];
  /**
   * Actuals by JST date, up to and including `upTo`, for each request (a metric over its service kinds together),
   * in the requests' order: a program's targets are asked together, so a source answers them with one grouped query.
   */
  daily(programId: string, requests: readonly MetricRequest[], upTo: DateKey): Promise<DailyValue[][]>;
}

/** A feature that puts bookings on visit days (the booking capability): such days cannot be moved or removed. */
export interface BookedDatesSource {
  bookedDates(programId: string): Promise<Map<DateKey, number>>;
}

/**
 * Where later features plug their counts into programs without programs importing them: each registers itself
 * at start. A metric nobody measures yet has no actuals (progress shows 0 and says so through `measured`).
 */
@Injectable()
export class ProgramActivityRegistry {
  private readonly metricSources: MetricSource[] = [];
  private readonly bookedSources: BookedDatesSource[] = [];

  registerMetrics(source: MetricSource): void {
    this.metricSources.push(source);
  }

  registerBookedDates(source: BookedDatesSource): void {
    this.bookedSources.push(source);
  }

  isMeasured(metric: TargetMetric): boolean {
    return this.metricSources.some((s) => s.metrics.includes(metric));
  }

  /** Each request's actuals, in order: one call per source (in parallel), whatever the number of targets. */
  async daily(programId: string, requests: readonly MetricRequest[], upTo: DateKey): Promise<DailyValue[][]> {
    const out: DailyValue[][] = requests.map(() => []);
    await Promise.all(
      this.metricSources.map(async (source) => {
        const mine = requests.map((r, i) => ({ r, i })).filter(({ r }) => this.metricSources.find((s) => s.metrics.includes(r.metric)) === source);
        if (mine.length === 0) return;
        const answers = await source.daily(programId, mine.map(({ r }) => r), upTo);
        mine.forEach(({ i }, k) => (out[i] = answers[k]));
      }),
    );
    return out;
  }

  async bookedDates(programId: string): Promise<Map<DateKey, number>> {
    const out = new Map<DateKey, number>();
    for (const source of this.bookedSources) {
      for (const [date, n] of await source.bookedDates(programId)) out.set(date, (out.get(date) ?? 0) + n);
    }
    return out;
  }
}
