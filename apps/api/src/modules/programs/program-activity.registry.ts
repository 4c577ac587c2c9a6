import { Injectable } from '@nestjs/common';
import type { DateKey } from '@outreach/domain/common';
import type { DailyValue, ServiceKind, TargetMetric } from '@outreach/domain/programs';

/** A feature that produces counts a target can measure (sessions, applications, calls …). */
export interface MetricSource {
  readonly metrics: readonly TargetMetric[];
  /** Actuals by JST date, up to and including `upTo`, for one metric over the given service kinds together. */
  daily(programId: string, metric: TargetMetric, kinds: readonly ServiceKind[], upTo: DateKey): Promise<DailyValue[]>;
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

  async daily(programId: string, metric: TargetMetric, kinds: readonly ServiceKind[], upTo: DateKey): Promise<DailyValue[]> {
    const source = this.metricSources.find((s) => s.metrics.includes(metric));
    return source ? source.daily(programId, metric, kinds, upTo) : [];
  }

  async bookedDates(programId: string): Promise<Map<DateKey, number>> {
    const out = new Map<DateKey, number>();
    for (const source of this.bookedSources) {
      for (const [date, n] of await source.bookedDates(programId)) out.set(date, (out.get(date) ?? 0) + n);
    }
    return out;
  }
}
