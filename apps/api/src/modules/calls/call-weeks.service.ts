import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CallWeekView, freezeCallCounts } from '@outreach/domain/calls';
import { addDays, badRequest, conflict, DomainError, jstDateKey, notFound, weekStart } from '@outreach/domain/common';
import { type ReportAction, reportTransition, type ReportStatus } from '@outreach/domain/daily-reports';
import { resolvePeriods } from '@outreach/domain/programs';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { CallWeekEntity } from './call.entity';
import { CallsService } from './calls.service';


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

  /** Every week of the call-center period up to the current week. */
  async list(actor: Actor, programId: unknown): Promise<CallWeekView[]> {
    if (typeof programId !== 'string') throw badRequest('事業を指定してください', { programId: '事業を指定してください' });
    const program = await this.scope.visibleProgram(actor, programId);
    const today = jstDateKey(this.clock.now());
    const open = resolvePeriods(program).callCenter;
    const to = today < open.end ? today : open.end;
    if (to < open.start) return [];
    const series = await this.calls.weekly(program, open.start, to);
    const reasons = new Map((await this.weeks.find({ where: { programId } })).map((w) => [w.weekStart, w.reason]));
    return series.map((w) => ({ ...w, id: callWeekId(programId, w.weekStart), programId, reason: reasons.get(w.weekStart) ?? null })).reverse();
  }

  async get(actor: Actor, id: string): Promise<CallWeekView> {
    const { programId, week } = parseId(id);
    const program = await this.scope.visibleProgram(actor, programId);
    return this.view(program, week);
  }

  private async view(program: ProgramEntity, week: string): Promise<CallWeekView> {
    const open = resolvePeriods(program).callCenter;
    if (week !== weekStart(week, program.weekStartsOn) || week > open.end || addDays(week, 6) < open.start) throw notFound('週報告が見つかりません');
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
    const changes =
      action === 'submit'
        ? { status: next, submittedAt: now, submittedBy: actor.userId, frozenCounts: JSON.stringify(freezeCallCounts(current)), reason: null }
        : { status: next, decidedAt: now, decidedBy: actor.userId, reason: reason?.trim() || null };
    await this.dataSource.transaction(async (m) => {
      await this.write(m, programId, week, current.status ?? null, changes);
      await this.handling.record(actor, { action: `call_week.${action}`, resourceType: 'call_week', resourceId: id, programId, reason: reason?.trim() || undefined }, m);
    });
    return this.view(program, week);
  }

  /**
   * The status change, guarded by the status it was decided from: a week never filed is inserted (a parallel insert
   * hits the unique week), a filed one is updated only while it still has the old status. Either race → 409.
   */
  private async write(m: EntityManager, programId: string, week: string, from: string | null, changes: Partial<CallWeekEntity>): Promise<void> {
    const repo = m.getRepository(CallWeekEntity);
    const lost = conflict('他の操作で週報告の状態が変わりました。画面を更新してください');
    if (from === null || from === 'draft') {
      const existing = await repo.findOne({ where: { programId, weekStart: week } });
      if (!existing) {
        const blank = { submittedAt: null, submittedBy: null, frozenCounts: null, decidedAt: null, decidedBy: null, reason: null };
        try {
          await repo.insert({ id: randomUUID(), programId, weekStart: week, ...blank, ...changes } as CallWeekEntity);
        } catch (e) {
          if (isUniqueViolation(e)) throw lost;
          throw e;
        }
        return;
      }
    }
    const done = await repo.update({ programId, weekStart: week, status: from ?? 'draft' }, changes);
    if (!done.affected) throw lost;
  }
}
