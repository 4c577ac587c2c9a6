import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CallCountRow,
  type CallOutcome,
  type CallView,
  type CallWeek,
  isOutsideHours,
  weeklyCallSeries,
  type callBulkCreateSchema,
  callOutcomeProblem,
  type callCreateSchema,
  type callInputSchema,
} from '@outreach/domain/calls';
import { addDays, conflict, type DateKey, invalid, jstDateKey, type ListQuery, monthKey, notFoundIn, weekStart } from '@outreach/domain/common';
import { type DailyValue, outsidePeriod, resolvePeriods } from '@outreach/domain/programs';
import { isReceived, type ReportStatus } from '@outreach/domain/daily-reports';
import { DataSource, type EntityManager, type FindOptionsWhere, In, type Repository } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import { rawInstant } from '../../database/keyset';
import { ProgramActivityRegistry } from '../programs/program-activity.registry';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { CallEntity, CallWeekEntity } from './call.entity';

const toView = (c: CallEntity): CallView => ({
  id: c.id,
  programId: c.programId,
  kind: c.kind as CallView['kind'],
  receivedAt: c.receivedAt.toISOString(),
  date: c.date,
  direction: c.direction as CallView['direction'],
  category: c.category as CallView['category'],
  outcome: c.outcome as CallView['outcome'],
  count: c.count,
  durationMinutes: c.durationMinutes,
  operatorUserId: c.operatorUserId,
  note: c.note,
  outsideHours: c.outsideHours,
  late: c.late,
  bookingId: c.bookingId,
});

export const CALL_LIST = {
  sortable: ['receivedAt', 'date', 'category', 'outcome'],
  filterable: ['programId', 'from', 'to', 'category', 'outcome', 'kind', 'late', 'outsideHours', 'direction'],
  defaultSort: { field: 'receivedAt', order: 'DESC' as const },
};

/** Told of a call about to be deleted, inside the deleting transaction. */
export type CallRemovedListener = (m: EntityManager, callId: string) => Promise<void>;

/** The call log: quick single entries from the operator's widget and whole days from paper, never counted twice. */
@Injectable()
export class CallsService implements OnModuleInit {
  private readonly removedListeners: CallRemovedListener[] = [];

  constructor(
    @InjectRepository(CallEntity) private readonly calls: Repository<CallEntity>,
    @InjectRepository(CallWeekEntity) private readonly weeks: Repository<CallWeekEntity>,
    private readonly scope: ProgramScopeService,
    private readonly activity: ProgramActivityRegistry,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Calls count whatever the kinds: one query answers every calls target.
    this.activity.registerMetrics({ metrics: ['calls'], daily: async (programId, requests, upTo) => { const daily = await this.dailyCalls(programId, upTo); return requests.map(() => [...daily]); } });
  }

  /** The date keys of a call, which must fall inside the call-center period (422 on `field` otherwise). */
  private keys(program: ProgramEntity, receivedAt: Date, field: 'receivedAt' | 'date' = 'receivedAt') {
    const date = jstDateKey(receivedAt);
    const outside = outsidePeriod(date, 'callCenter', resolvePeriods(program).callCenter);
    if (outside) throw invalid(outside, { [field]: outside });
    return { date, weekStart: weekStart(date, program.weekStartsOn), month: monthKey(date) };
  }

  private async weekFrozen(programId: string, week: DateKey): Promise<boolean> {
    const report = await this.weeks.findOne({ where: { programId, weekStart: week } });
    return isReceived(report?.status as ReportStatus | undefined);
  }

  async create(actor: Actor, body: z.output<typeof callCreateSchema>): Promise<CallView> {
    const program = await this.scope.visibleProgram(actor, body.programId);
    const row = await this.singleCall(this.dataSource.manager, actor, program, body);
    await this.calls.insert(row);
    return toView(row);
  }

  /** One call, as the operator logs it (now unless `receivedAt` says otherwise), not yet inserted. */
  private async singleCall(m: EntityManager, actor: Actor, program: ProgramEntity, body: Omit<z.output<typeof callInputSchema>, 'receivedAt'> & { receivedAt?: string }): Promise<CallEntity> {
    refuseOutcome(program, body.outcome, 'outcome');
    const receivedAt = body.receivedAt ? new Date(body.receivedAt) : this.clock.now();
    const keys = this.keys(program, receivedAt);
    const report = await m.getRepository(CallWeekEntity).findOne({ where: { programId: program.id, weekStart: keys.weekStart } });
    return {
      id: randomUUID(),
      programId: program.id,
      kind: 'single',
      receivedAt,
      ...keys,
      direction: body.direction,
      category: body.category,
      outcome: body.outcome,
      count: 1,
      durationMinutes: body.durationMinutes ?? null,
      operatorUserId: actor.userId,
      note: body.note ?? null,
      outsideHours: isOutsideHours(receivedAt, program.workingHours),
      late: isReceived(report?.status as ReportStatus | undefined),
      bookingId: null,
      createdAt: this.clock.now(),
    };
  }

  /**
   * Logs a call inside another module's transaction (a call back closing its 折り返し, issue 21 item 4): the same
   * row the operator's quick entry makes, so the call log and its weekly report count it.
   */
  async logIn(m: EntityManager, actor: Actor, program: ProgramEntity, body: Omit<z.output<typeof callInputSchema>, 'receivedAt'>): Promise<CallView> {
    const row = await this.singleCall(m, actor, program, body);
    await m.getRepository(CallEntity).insert(row);
    return toView(row);
  }

  /**
   * Whether `callId` is an incoming call of the program logged 折り返し要 (a call-back may name it as its source);
   * 404 on `sourceCallId` otherwise.
   */
  async assertCallBackSource(m: EntityManager, callId: string, programId: string): Promise<void> {
    const call = await m.getRepository(CallEntity).findOne({ where: { id: callId, programId, kind: 'single', direction: 'in', outcome: 'callback_needed' } });
    if (!call) throw notFoundIn('sourceCallId', '折り返し要の電話の記録が見つかりません');
  }

  /** A day from paper: replaces that day's earlier paper rows (re-entering never double counts). */
  async bulk(actor: Actor, body: z.output<typeof callBulkCreateSchema>): Promise<CallView[]> {
    const program = await this.scope.visibleProgram(actor, body.programId);
    body.counts.forEach((c, i) => refuseOutcome(program, c.outcome, `counts.${i}.outcome`));
    // Paper counts stand at noon JST of their day: inside the hours, in the right week.
    const receivedAt = new Date(`${body.date}T03:00:00.000Z`);
    const keys = this.keys(program, receivedAt, 'date');
    const singles = await this.calls.count({ where: { programId: program.id, date: body.date, kind: 'single' } });
    if (singles > 0) {
      throw conflict(`この日は個別の受電記録が${singles}件あります。紙の集計と二重に数えないよう、個別記録を使ってください`, { date: 'この日は個別の受電記録があります' });
    }
    const late = await this.weekFrozen(program.id, keys.weekStart);
    const rows: CallEntity[] = body.counts
      .filter((c) => c.count > 0)
      .map((c) => ({
        id: randomUUID(),
        programId: program.id,
        kind: 'bulk',
        receivedAt,
        ...keys,
        direction: 'in',
        category: c.category,
        outcome: c.outcome ?? null,
        count: c.count,
        durationMinutes: null,
        operatorUserId: actor.userId,
        note: null,
        outsideHours: false,
        late,
        bookingId: null,
        createdAt: this.clock.now(),
      }));
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CallEntity).delete({ programId: program.id, date: body.date, kind: 'bulk' });
      if (rows.length) await m.getRepository(CallEntity).insert(rows);
    });
    return rows.map(toView);
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: CallView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const f = query.filter;
    const programIds = typeof f.programId === 'string' ? visible.filter((v) => v === f.programId) : visible;
    const where: FindOptionsWhere<CallEntity> = { programId: In(programIds) };
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    for (const key of ['category', 'outcome', 'kind', 'direction'] as const) if (typeof f[key] === 'string') where[key] = f[key] as string;
    for (const key of ['late', 'outsideHours'] as const) if (typeof f[key] === 'boolean') where[key] = f[key] as boolean;
    const range = dateRange(dateParam(f.from, 'from'), dateParam(f.to, 'to'));
    if (range) where.date = range;
    const [rows, total] = await this.calls.findAndCount({ where, ...pageOptions<CallEntity>(query) });
    return { data: rows.map(toView), total };
  }

  private async find(actor: Actor, id: string): Promise<{ call: CallEntity; program: ProgramEntity }> {
    const { record: call, program } = await this.scope.withProgram(actor, await this.calls.findOne({ where: { id } }), '受電記録が見つかりません');
    return { call, program };
  }

  async get(actor: Actor, id: string): Promise<CallView> {
    return toView((await this.find(actor, id)).call);
  }

  /** Corrects a single call; a call in a submitted week is frozen with its report. */
  async update(actor: Actor, id: string, body: z.output<typeof callInputSchema>): Promise<CallView> {
    const { call, program } = await this.find(actor, id);
    if (call.kind !== 'single') throw conflict('紙の集計は日ごとの一括入力で修正してください');
    refuseOutcome(program, body.outcome, 'outcome');
    const receivedAt = new Date(body.receivedAt);
    const keys = this.keys(program, receivedAt);
    if ((await this.weekFrozen(program.id, call.weekStart)) || (await this.weekFrozen(program.id, keys.weekStart))) {
      throw conflict('提出済みの週の受電記録は変更できません（市が差し戻した後に修正できます）');
    }
    await this.calls.update(
      { id },
      { receivedAt, ...keys, direction: body.direction, category: body.category, outcome: body.outcome, durationMinutes: body.durationMinutes ?? null, note: body.note ?? null, outsideHours: isOutsideHours(receivedAt, program.workingHours) },
    );
    return this.get(actor, id);
  }

  /**
   * A module keeping a link to a call lets go of it when the call is deleted, in the deleting transaction (call-backs
   * name the call they came from and the call that closed them; they are written only by their own module).
   */
  onRemoved(listener: CallRemovedListener): void {
    this.removedListeners.push(listener);
  }

  async remove(actor: Actor, id: string): Promise<CallView> {
    const { call, program } = await this.find(actor, id);
    if (await this.weekFrozen(program.id, call.weekStart)) throw conflict('提出済みの週の受電記録は削除できません（市が差し戻した後に修正できます）');
    await this.dataSource.transaction(async (m) => {
      for (const listener of this.removedListeners) await listener(m, id);
      await m.getRepository(CallEntity).delete({ id });
    });
    return toView(call);
  }

  /** Marks the call in which a booking was made, inside the booking's transaction; 404 on `callId` when it is not the program's. */
  async linkBooking(m: EntityManager, callId: string, programId: string, bookingId: string): Promise<void> {
    const result = await m.getRepository(CallEntity).update({ id: callId, programId }, { bookingId });
    if (!result.affected) throw notFoundIn('callId', 'この予約の受電記録が見つかりません');
  }

  /** The counts behind the weekly series: one aggregated row per day × category × outcome × flags. */
  async countRows(programId: string, from: DateKey, to: DateKey): Promise<CallCountRow[]> {
    const rows = await this.calls
      .createQueryBuilder('c')
      .select('c.date', 'date')
      .addSelect('c.category', 'category')
      .addSelect('c.outcome', 'outcome')
      .addSelect('c.late', 'late')
      .addSelect('c.outside_hours', 'outsideHours')
      .addSelect('SUM(c.count)', 'count')
      .where('c.program_id = :programId AND c.direction = :dir AND c.date BETWEEN :from AND :to', { programId, dir: 'in', from, to })
      .groupBy('c.date')
      .addGroupBy('c.category')
      .addGroupBy('c.outcome')
      .addGroupBy('c.late')
      .addGroupBy('c.outside_hours')
      .getRawMany<{ date: string; category: string; outcome: string | null; late: number | boolean; outsideHours: number | boolean; count: string | number }>();
    return rows.map((r) => ({
      date: r.date,
      category: r.category as CallCountRow['category'],
      outcome: (r.outcome ?? undefined) as CallCountRow['outcome'],
      count: Number(r.count),
      late: Boolean(Number(r.late)),
      outsideHours: Boolean(Number(r.outsideHours)),
    }));
  }

  async weekly(program: ProgramEntity, from: DateKey, to: DateKey): Promise<CallWeek[]> {
    const first = weekStart(from, program.weekStartsOn);
    // Independent reads: on MariaDB they run side by side on the pool.
    const [reports, calls] = await Promise.all([
      // Raw rows of the four columns the series reads (no entities: read on every computed dashboard summary).
      this.weeks
        .createQueryBuilder('w')
        .select('w.week_start', 'weekStart')
        .addSelect('w.status', 'status')
        .addSelect('w.submitted_at', 'submittedAt')
        .addSelect('w.frozen_counts', 'frozenCounts')
        .where('w.program_id = :programId AND w.week_start BETWEEN :first AND :to', { programId: program.id, first, to })
        .getRawMany<{ weekStart: string; status: string; submittedAt: Date | string | null; frozenCounts: string | null }>(),
      this.countRows(program.id, first, addDays(weekStart(to, program.weekStartsOn), 6)),
    ]);
    return weeklyCallSeries({
      from,
      to,
      weekStartsOn: program.weekStartsOn,
      calls,
      weekReports: reports.map((r) => ({ weekStart: r.weekStart, status: r.status as CallWeek['status'] & string, submittedAt: rawInstant(r.submittedAt), frozenCounts: r.frozenCounts ? JSON.parse(r.frozenCounts) : null })),
      dueWeekday: program.callWeekReportDueWeekday,
      workingHours: program.workingHours,
    });
  }

  private async dailyCalls(programId: string, upTo: DateKey): Promise<DailyValue[]> {
    const rows = await this.calls
      .createQueryBuilder('c')
      .select('c.date', 'date')
      .addSelect('SUM(c.count)', 'value')
      .where('c.program_id = :programId AND c.direction = :dir AND c.date <= :upTo', { programId, dir: 'in', upTo })
      .groupBy('c.date')
      .getRawMany<{ date: string; value: string | number }>();
    return rows.map((r) => ({ date: r.date, value: Number(r.value) }));
  }
}

/** 422 on the field: 予約成立 in a program that books no visits (takesBookings off). */
function refuseOutcome(program: Pick<ProgramEntity, 'takesBookings'>, outcome: CallOutcome | undefined, field: string): void {
  const problem = callOutcomeProblem(outcome, program);
  if (problem) throw invalid(problem, { [field]: problem });
}
