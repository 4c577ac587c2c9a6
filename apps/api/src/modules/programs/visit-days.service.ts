import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, invalid, notFound } from '@outreach/domain/common';
import {
  proposeVisitDays,
  resolvePeriods,
  validateVisitDayChange,
  type VisitCalendarProposal,
  type VisitDay,
  type VisitDayChange,
  type VisitDayKind,
  type VisitDayView,
} from '@outreach/domain/programs';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramActivityRegistry } from './program-activity.registry';
import type { ProgramEntity } from './program.entity';
import { VisitDayEntity } from './visit-day.entity';

/** The visit-day calendar (実施予定日): proposed by the domain rule, adjusted by the manager, guarded against stranding bookings. */
@Injectable()
export class VisitDaysService {
  constructor(
    @InjectRepository(VisitDayEntity) private readonly days: Repository<VisitDayEntity>,
    private readonly activity: ProgramActivityRegistry,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
  ) {}

  async list(programId: string): Promise<VisitDayView[]> {
    const [rows, booked] = await Promise.all([this.days.find({ where: { programId }, order: { date: 'ASC' } }), this.activity.bookedDates(programId)]);
    return rows.map((r) => ({ id: r.id, date: r.date, kind: r.kind as VisitDayKind, bookings: booked.get(r.date) ?? 0 }));
  }

  /** The program's visit days in date order (the slot engine's calendar); pass a transaction's manager to read inside it. */
  async calendar(programId: string, m?: EntityManager): Promise<VisitDay[]> {
    const rows = await (m ? m.getRepository(VisitDayEntity) : this.days).find({ where: { programId }, order: { date: 'ASC' } });
    return rows.map((r) => ({ date: r.date, kind: r.kind as VisitDayKind }));
  }

  propose(program: ProgramEntity, homeDays: number, facilityDays: number, fromDate?: string): VisitCalendarProposal {
    const visits = resolvePeriods(program).visits;
    return proposeVisitDays({
      periodStart: visits.start,
      periodEnd: visits.end,
      homeDays,
      facilityDays,
      workingHours: program.workingHours,
      perWeekMin: program.bookingRules.visitDaysPerWeekMin,
      perWeekMax: program.bookingRules.visitDaysPerWeekMax,
      weekStartsOn: program.weekStartsOn,
      fromDate,
    });
  }

  /** Applies changes (add, move, remove, change kind) in order, each accepted by the domain rule, then saves once. */
  async change(actor: Actor, program: ProgramEntity, ...changes: VisitDayChange[]): Promise<VisitDayView[]> {
    const current = await this.list(program.id);
    const bookedDates = new Map(current.filter((d) => d.bookings > 0).map((d) => [d.date, d.bookings]));
    let days: VisitDay[] = current.map(({ date, kind }) => ({ date, kind }));
    const visits = resolvePeriods(program).visits;
    for (const change of changes) {
      const result = validateVisitDayChange({
        days,
        change,
        bookedDates,
        workingHours: program.workingHours,
        periodStart: visits.start,
        periodEnd: visits.end,
        perWeekMax: program.bookingRules.visitDaysPerWeekMax,
        weekStartsOn: program.weekStartsOn,
      });
      if (!result.ok) throw new DomainError(result.message.includes('予約') ? 'conflict' : 'invalid', result.message, { [result.field]: result.message });
      days = result.days;
    }
    await this.save(actor, program.id, days, 'visit_day.change');
    return this.list(program.id);
  }

  /** Replaces the whole calendar (e.g. with a proposal); refused if a day with bookings would disappear or change kind. */
  async replace(actor: Actor, program: ProgramEntity, days: VisitDay[]): Promise<VisitDayView[]> {
    const current = await this.list(program.id);
    const next = new Map(days.map((d) => [d.date, d.kind]));
    if (next.size !== days.length) throw invalid('同じ日付が重複しています', { days: '同じ日付が重複しています' });
    const stranded = current.filter((d) => d.bookings > 0 && next.get(d.date) !== d.kind);
    if (stranded.length) {
      const msg = `予約が入っている実施予定日は変更・削除できません（${stranded.map((d) => d.date).join('、')}）`;
      throw new DomainError('conflict', msg, { days: msg });
    }
    // Check the new calendar as if built day by day: each addition must be a working day within the rules.
    let built: VisitDay[] = [];
    const visits = resolvePeriods(program).visits;
    for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      const r = validateVisitDayChange({
        days: built,
        change: { type: 'add', date: day.date, kind: day.kind },
        bookedDates: [],
        workingHours: program.workingHours,
        periodStart: visits.start,
        periodEnd: visits.end,
        perWeekMax: program.bookingRules.visitDaysPerWeekMax,
        weekStartsOn: program.weekStartsOn,
      });
      if (!r.ok) throw invalid(`${day.date}: ${r.message}`, { days: `${day.date}: ${r.message}` });
      built = r.days;
    }
    await this.save(actor, program.id, built, 'visit_day.replace');
    return this.list(program.id);
  }

  async byId(programId: string, id: string): Promise<VisitDayEntity> {
    const day = await this.days.findOne({ where: { id, programId } });
    if (!day) throw notFound('実施予定日が見つかりません');
    return day;
  }

  /** Writes the calendar as given: keeps rows whose date stays (their ids are stable), deletes and adds the rest. */
  private async save(actor: Actor, programId: string, days: VisitDay[], action: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(VisitDayEntity);
      const existing = await repo.find({ where: { programId } });
      const wanted = new Map(days.map((d) => [d.date, d.kind]));
      for (const row of existing) {
        const kind = wanted.get(row.date);
        if (kind === undefined) await repo.delete({ id: row.id });
        else if (kind !== row.kind) await repo.update({ id: row.id }, { kind });
        wanted.delete(row.date);
      }
      if (wanted.size) await repo.insert([...wanted].map(([date, kind]) => ({ id: randomUUID(), programId, date, kind })));
      await this.handling.record(actor, { action, resourceType: 'program', resourceId: programId, programId }, m);
    });
  }
}
