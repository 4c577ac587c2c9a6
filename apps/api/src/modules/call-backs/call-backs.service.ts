import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { personalDataOpen } from '@outreach/domain/auth';
import { PERSONAL_DATA_DELETION_RULES_JA } from '@outreach/domain/bookings';
import { type CallBackCall, type CallBackCreate, callBackDue, callBackDueProblem, callBackEndsWith, type CallBackPersonal, type CallBackStatus, type CallBackView } from '@outreach/domain/call-backs';
import { conflict, type DateKey, forbidden, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import { DataSource, type EntityManager, In, LessThanOrEqual, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { eraseTraces } from '../../database/erase';
import { CallsService } from '../calls/calls.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { CallBackEntity } from './call-back.entity';

const NOT_FOUND = '折り返しが見つかりません';
/** Done call-backs the list still shows (who closed them and when), newest first. */
const DONE_SHOWN = 20;

/**
 * 折り返し (issue 17 item 3, issue 21 item 4): the operator keeps a caller's request when no slot fits or a call is
 * logged 折り返し要; it is its creator's task until a colleague takes it over. The team calls back and logs the call
 * (an outgoing call in the call log, in the same transaction): answered, the call-back is done — the caller's name,
 * phone and request, sealed under the call-back's own key, are deleted and the key destroyed (the purpose ended),
 * keeping who did it and when; unanswered, it stays open with one more attempt. Every create, list view, take-over,
 * attempt and close is in the handling record.
 */
@Injectable()
export class CallBacksService implements OnModuleInit {
  constructor(
    @InjectRepository(CallBackEntity) private readonly callBacks: Repository<CallBackEntity>,
    private readonly cipher: RecordCipher,
    private readonly handling: HandlingRecordService,
    private readonly users: UserAccountsService,
    private readonly calls: CallsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A call deleted from the call log (a wrong entry) leaves the call-backs that named it, unlinked. */
  onModuleInit(): void {
    this.calls.onRemoved(async (m, callId) => {
      await m.getRepository(CallBackEntity).update({ sourceCallId: callId }, { sourceCallId: null });
      await m.getRepository(CallBackEntity).update({ doneCallId: callId }, { doneCallId: null });
    });
  }

  private mayOpen(actor: Actor, program: ProgramEntity): void {
    if (!personalDataOpen(actor, program)) throw forbidden('この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください');
  }

  async create(actor: Actor, program: ProgramEntity, input: CallBackCreate): Promise<CallBackView> {
    this.mayOpen(actor, program);
    const problem = callBackDueProblem(input.dueAt, this.clock.now());
    if (problem) throw invalid(problem, { dueAt: problem });
    const id = randomUUID();
    const personal: CallBackPersonal = { callerName: input.callerName, phone: input.phone, wanted: input.wanted };
    await this.dataSource.transaction(async (m) => {
      if (input.sourceCallId) await this.calls.assertCallBackSource(m, input.sourceCallId, program.id);
      await m.getRepository(CallBackEntity).insert({
        id,
        programId: program.id,
        kind: input.kind,
        status: 'open',
        dueAt: new Date(input.dueAt),
        data: this.cipher.seal(id, personal),
        createdBy: actor.userId,
        ownerId: actor.userId,
        sourceCallId: input.sourceCallId ?? null,
        attempts: 0,
        lastAttemptAt: null,
        doneCallId: null,
        doneBy: null,
        doneAt: null,
      });
      await this.handling.record(actor, { action: 'call_back.create', resourceType: 'call_back', resourceId: id, programId: program.id }, m);
    });
    return (await this.views([await this.callBacks.findOneByOrFail({ id })]))[0];
  }

  /** Open call-backs (earliest due first) and the latest done ones; each open one shown is a recorded view. */
  async list(actor: Actor, program: ProgramEntity): Promise<CallBackView[]> {
    this.mayOpen(actor, program);
    const open = await this.callBacks.find({ where: { programId: program.id, status: 'open' }, order: { dueAt: 'ASC' } });
    const done = await this.callBacks.find({ where: { programId: program.id, status: 'done' }, order: { doneAt: 'DESC' }, take: DONE_SHOWN });
    if (open.length) {
      await this.dataSource.transaction(async (m) => {
        for (const c of open) await this.handling.record(actor, { action: 'call_back.read_personal', resourceType: 'call_back', resourceId: c.id, programId: program.id }, m);
      });
    }
    return this.views([...open, ...done]);
  }

  /**
   * The call back, logged: an outgoing call in the call log (its category from the request: a booking matter) and,
   * answered, the call-back done — who and when stay, the caller's data is deleted and its key destroyed; unanswered,
   * one more attempt on the open task. Two people logging the same call back at once: the second gets a 409.
   */
  async logCall(actor: Actor, program: ProgramEntity, id: string, input: CallBackCall): Promise<CallBackView> {
    this.mayOpen(actor, program);
    const found = await this.callBacks.findOne({ where: { id, programId: program.id } });
    if (!found) throw notFound(NOT_FOUND);
    if (found.status !== 'open') throw conflict('この折り返しはすでに完了しています');
    const ends = callBackEndsWith(input.outcome);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const call = await this.calls.logIn(m, actor, program, { direction: 'out', category: 'booking', outcome: input.outcome, durationMinutes: input.durationMinutes, note: input.note });
      const change = ends
        ? { status: 'done', doneBy: actor.userId, doneAt: now, doneCallId: call.id, data: null }
        : { attempts: found.attempts + 1, lastAttemptAt: now };
      const updated = await m.getRepository(CallBackEntity).update({ id, status: 'open', attempts: found.attempts }, change);
      if (!updated.affected) throw conflict('この折り返しは他の方が先に記録しました。画面を更新してください');
      await this.handling.record(actor, { action: ends ? 'call_back.done' : 'call_back.attempt', resourceType: 'call_back', resourceId: id, programId: program.id }, m);
    });
    if (ends) {
      this.cipher.shred(id);
      await eraseTraces(this.dataSource);
    }
    return (await this.views([await this.callBacks.findOneByOrFail({ id })]))[0];
  }

  /** A colleague takes the task over (they call back instead of its owner). */
  async claim(actor: Actor, program: ProgramEntity, id: string): Promise<CallBackView> {
    this.mayOpen(actor, program);
    const found = await this.callBacks.findOne({ where: { id, programId: program.id } });
    if (!found) throw notFound(NOT_FOUND);
    await this.dataSource.transaction(async (m) => {
      const updated = await m.getRepository(CallBackEntity).update({ id, status: 'open' }, { ownerId: actor.userId });
      if (!updated.affected) throw conflict('この折り返しはすでに完了しています');
      await this.handling.record(actor, { action: 'call_back.claim', resourceType: 'call_back', resourceId: id, programId: program.id }, m);
    });
    return (await this.views([await this.callBacks.findOneByOrFail({ id })]))[0];
  }

  /**
   * The contract's closing (特記事項 §10): every open call-back's caller data is deleted in the closing's
   * transaction (each recorded; the call-back is done, by the closing); the caller data's keys are destroyed after
   * it (`shredKeys`).
   */
  async deletePersonalWithin(actor: Actor, programId: string, m: EntityManager): Promise<string[]> {
    const open = await m.getRepository(CallBackEntity).find({ select: { id: true }, where: { programId, status: 'open' } });
    const now = this.clock.now();
    for (const c of open) {
      await m.getRepository(CallBackEntity).update({ id: c.id, status: 'open' }, { status: 'done', data: null, doneBy: actor.userId, doneAt: now });
      await this.handling.record(actor, { action: 'call_back.delete_personal', resourceType: 'call_back', resourceId: c.id, programId, reason: PERSONAL_DATA_DELETION_RULES_JA.contract_closed }, m);
    }
    return open.map((c) => c.id);
  }

  async shredKeys(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.cipher.shred(id);
    if (ids.length) await eraseTraces(this.dataSource);
  }

  /** Open call-backs whose time has come (the attention list). */
  async due(programId: string): Promise<Array<{ id: string; dueAt: Date }>> {
    return this.callBacks.find({ select: { id: true, dueAt: true }, where: { programId, status: 'open', dueAt: LessThanOrEqual(this.clock.now()) }, order: { dueAt: 'ASC' } });
  }

  /** The days the call-backs are due, in Japan (what the handling record names one by; its caller is personal). */
  async dueOn(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    if (!ids.length) return new Map();
    const rows = await this.callBacks.find({ select: { id: true, dueAt: true }, where: { programId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, jstDateKey(r.dueAt)]));
  }

  /** Open call-backs of a program (they hold personal data): the contract's closing asks. */
  async openCount(programId: string): Promise<number> {
    return this.callBacks.count({ where: { programId, status: 'open' } });
  }

  private async views(rows: CallBackEntity[]): Promise<CallBackView[]> {
    const names = await this.users.names([...new Set(rows.flatMap((r) => [r.createdBy, r.doneBy, r.ownerId].filter((x): x is string => !!x)))]);
    const now = this.clock.now();
    return rows.map((r) => {
      const personal = r.data ? this.cipher.open<CallBackPersonal>(r.id, r.data) : null;
      const status = r.status as CallBackStatus;
      return {
        id: r.id,
        programId: r.programId,
        kind: r.kind as 'home' | 'facility',
        status,
        dueAt: r.dueAt.toISOString(),
        due: callBackDue({ status, dueAt: r.dueAt.toISOString() }, now),
        callerName: personal?.callerName ?? null,
        phone: personal?.phone ?? null,
        wanted: personal?.wanted ?? null,
        createdAt: r.createdAt.toISOString(),
        createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
        ownerId: r.ownerId,
        ownerName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
        attempts: r.attempts,
        lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
        sourceCallId: r.sourceCallId,
        doneAt: r.doneAt?.toISOString() ?? null,
        doneByName: r.doneBy ? (names.get(r.doneBy) ?? null) : null,
      };
    });
  }
}
