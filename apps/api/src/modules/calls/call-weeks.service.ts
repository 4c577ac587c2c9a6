import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  addDays,
  badRequest,
  type CallWeek,
  DomainError,
  freezeCallCounts,
  jstDateKey,
  notFound,
  type ReportAction,
  reportTransition,
  type ReportStatus,
  weekStart,
} from '@outreach/domain';
import { DataSource, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { CallWeekEntity } from './call.entity';
import { CallsService } from './calls.service';

export type CallWeekView = CallWeek & { id: string; programId: string; reason: string | null };

/** Week ids are `<programId>_<weekStart>`: every week of the period exists as a report, even before it is filed. */
export function callWeekId(programId: string, week: string): string {
  return `${programId}_${week}`;
}
function parseId(id: string): { programId: string; week: string } {
  const m = /^([0-9a-f-]{36})_(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (!m) throw notFound('週報告が見つかりません');
  return { programId: m[1], week: m[2] };
}

/** The weekly call-volume report: the vendor submits a week (freezing its counts), the city accepts or returns it. */
@Injectable()
export class CallWeeksService {
  constructor(
    @InjectRepository(CallWeekEntity) private readonly weeks: Repository<CallWeekEntity>,
    private readonly calls: CallsService,
    private readonly scope: ProgramScopeService,
    private readonly handling: HandlingRecordService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every week from the period start to the current week (or the period end). */
  async list(actor: Actor, programId: unknown): Promise<CallWeekView[]> {
    if (typeof programId !== 'string') throw badRequest('プログラムを指定してください', { programId: 'プログラムを指定してください' });
    const program = await this.scope.visibleProgram(actor, programId);
    const today = jstDateKey(this.clock.now());
    const to = today < program.periodEnd ? today : program.periodEnd;
    if (to < program.periodStart) return [];
    const series = await this.calls.weekly(program, program.periodStart, to);
    const reasons = new Map((await this.weeks.find({ where: { programId } })).map((w) => [w.weekStart, w.reason]));
    return series.map((w) => ({ ...w, id: callWeekId(programId, w.weekStart), programId, reason: reasons.get(w.weekStart) ?? null })).reverse();
  }

  async get(actor: Actor, id: string): Promise<CallWeekView> {
    const { programId, week } = parseId(id);
    const program = await this.scope.visibleProgram(actor, programId);
    return this.view(program, week);
  }

  private async view(program: ProgramEntity, week: string): Promise<CallWeekView> {
    if (week !== weekStart(week, program.weekStartsOn) || week > program.periodEnd || addDays(week, 6) < program.periodStart) throw notFound('週報告が見つかりません');
    const [w] = await this.calls.weekly(program, week, week);
    const row = await this.weeks.findOne({ where: { programId: program.id, weekStart: week } });
    return { ...w, id: callWeekId(program.id, week), programId: program.id, reason: row?.reason ?? null };
  }

  async transition(actor: Actor, id: string, action: ReportAction, reason?: string): Promise<CallWeekView> {
    const { programId, week } = parseId(id);
    const program = await this.scope.visibleProgram(actor, programId);
    const current = await this.view(program, week);
    if (action === 'submit' && addDays(week, 6) >= jstDateKey(this.clock.now())) {
      throw new DomainError('invalid', '週が終わってから提出してください', { weekStart: '週が終わってから提出してください' });
    }
    const next = reportTransition((current.status ?? 'draft') as ReportStatus, action, actor.role, reason);
    if (next instanceof DomainError) throw next;
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(CallWeekEntity);
      const row = (await repo.findOne({ where: { programId, weekStart: week } })) ?? { id: randomUUID(), programId, weekStart: week, submittedAt: null, submittedBy: null, frozenCounts: null, decidedAt: null, decidedBy: null, reason: null };
      const changes =
        action === 'submit'
          ? { status: next, submittedAt: now, submittedBy: actor.userId, frozenCounts: JSON.stringify(freezeCallCounts(current)), reason: null }
          : { status: next, decidedAt: now, decidedBy: actor.userId, reason: reason?.trim() || null };
      await repo.save({ ...row, ...changes });
      await this.handling.record(actor, { action: `call_week.${action}`, resourceType: 'call_week', resourceId: id, programId, reason: reason?.trim() || undefined }, m);
    });
    return this.view(program, week);
  }
}
