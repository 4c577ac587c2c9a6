import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BUSINESS_PLAN_MAX_BYTES,
  businessPlanState,
  type BusinessPlanState,
  type BusinessPlanStatus,
  type BusinessPlanSubmission,
  type BusinessPlanView,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KIND_PROBLEM,
  documentFileName,
  documentKind,
  type DocumentKind,
  planIsOpen,
  planSubmissionProblem,
} from '@outreach/domain/approvals';
import { conflict, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import { DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { UploadedFiles, writeThenRecord } from '../../common/files/uploaded-files';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { UserAccountsService } from '../users/user-accounts.service';
import { BusinessPlanEntity } from './business-plan.entity';

const NOT_FOUND = '業務計画書が見つかりません';
const DECIDED = 'この版はすでに承諾・差し戻し・取り下げのいずれかになっています';
const fileOf = (e: Pick<BusinessPlanEntity, 'programId' | 'id'>) => `plans/${e.programId}/${e.id}`;

function toView(e: BusinessPlanEntity): BusinessPlanView {
  return {
    id: e.id,
    programId: e.programId,
    version: e.version,
    title: e.title,
    fileName: e.fileName,
    kind: e.kind as DocumentKind,
    bytes: e.bytes,
    note: e.note,
    status: e.status as BusinessPlanStatus,
    returnReason: e.returnReason,
    submittedBy: e.submittedBy,
    submittedByName: null,
    submittedAt: e.submittedAt.toISOString(),
    decidedBy: e.decidedBy,
    decidedByName: null,
    decidedAt: e.decidedAt?.toISOString() ?? null,
  };
}

/**
 * 業務計画書 (004 §8(1)): the versions of a program's business plan — submitted by the vendor's manager with the
 * document, consented to or returned by the city's admin, withdrawn by the vendor while it waits. Every step is a
 * handling-record row in the step's transaction; the dashboard asks for the plan's state.
 */
@Injectable()
export class BusinessPlansService {
  private readonly log = new Logger(BusinessPlansService.name);

  constructor(
    @InjectRepository(BusinessPlanEntity) private readonly plans: Repository<BusinessPlanEntity>,
    private readonly dataSource: DataSource,
    private readonly files: UploadedFiles,
    private readonly handling: HandlingRecordService,
    private readonly users: UserAccountsService,
    private readonly clock: Clock,
  ) {}

  /** Every version, newest first. */
  /** The plans' versions and titles, by id: what the handling record names a plan by. */
  async targetFacts(programId: string, ids: readonly string[]): Promise<Array<Pick<BusinessPlanEntity, 'id' | 'version' | 'title'>>> {
    if (!ids.length) return [];
    return this.plans.find({ select: { id: true, version: true, title: true }, where: { programId, id: In([...ids]) } });
  }

  async list(programId: string): Promise<BusinessPlanView[]> {
    return this.withNames((await this.plans.find({ where: { programId }, order: { version: 'DESC' } })).map(toView));
  }

  /**
   * A new version with its document: the file is checked by its name and bytes, written first, then the row (and
   * its handling record) in one transaction; a failed transaction removes the file again. A version waiting for
   * the city is a 409; two submissions at once get different version numbers or one 409, never two rows of one.
   */
  async submit(actor: Actor, programId: string, upload: { buffer: Buffer; originalname: string } | undefined, input: BusinessPlanSubmission): Promise<BusinessPlanView> {
    if (!upload || upload.buffer.length === 0) throw invalid('ファイルを選択してください', { file: '業務計画書のファイルを選択してください' });
    if (upload.buffer.length > BUSINESS_PLAN_MAX_BYTES) throw invalid('ファイルが大きすぎます', { file: `${BUSINESS_PLAN_MAX_BYTES / 1024 / 1024}MB までのファイルを選択してください` });
    // multer reads the multipart file name as latin1; browsers send UTF-8.
    const fileName = documentFileName(Buffer.from(upload.originalname, 'latin1').toString('utf8'));
    const kind = documentKind(fileName, upload.buffer.subarray(0, 16));
    if (!kind) throw invalid(DOCUMENT_KIND_PROBLEM, { file: DOCUMENT_KIND_PROBLEM });
    const id = randomUUID();
    const stored = { programId, id };
    await writeThenRecord(
      this.files,
      fileOf(stored),
      upload.buffer,
      () =>
        this.dataSource.transaction(async (m) => {
          const repo = m.getRepository(BusinessPlanEntity);
          const latest = await repo.findOne({ where: { programId }, order: { version: 'DESC' } });
          const problem = planSubmissionProblem(latest ? { status: latest.status as BusinessPlanStatus } : null);
          if (problem) throw conflict(problem, { file: problem });
          const version = (latest?.version ?? 0) + 1;
          const title = input.title || fileName.replace(/\.[^.]+$/, '').slice(0, 100) || `業務計画書（第${version}版）`;
          await repo.insert({ id, programId, version, title, fileName, kind, bytes: upload.buffer.length, note: input.note || null, status: 'submitted', returnReason: null, submittedBy: actor.userId, submittedAt: this.clock.now(), decidedBy: null, decidedAt: null });
          await this.handling.record(actor, { action: 'business_plan.submit', resourceType: 'business_plan', resourceId: id, programId }, m);
        }),
      '同時に別の版が提出されました。一覧を確かめてください',
      this.log,
    );
    return this.get(programId, id);
  }

  approve(actor: Actor, programId: string, id: string): Promise<BusinessPlanView> {
    return this.close(actor, programId, id, 'approved', null);
  }

  return(actor: Actor, programId: string, id: string, reason: string): Promise<BusinessPlanView> {
    return this.close(actor, programId, id, 'returned', reason);
  }

  withdraw(actor: Actor, programId: string, id: string): Promise<BusinessPlanView> {
    return this.close(actor, programId, id, 'withdrawn', null);
  }

  /** The document as uploaded, with its name and type (read by everyone on the program). */
  async document(programId: string, id: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
    const plan = await this.plans.findOne({ where: { id, programId } });
    if (!plan) throw notFound(NOT_FOUND);
    return { bytes: await this.files.read(fileOf(plan)), fileName: plan.fileName, contentType: DOCUMENT_CONTENT_TYPES[plan.kind as DocumentKind] };
  }

  /** The plan in force, the one waiting and a returned one, for the attention lists. */
  async state(programId: string): Promise<BusinessPlanState> {
    const rows = await this.plans.find({ where: { programId }, select: { id: true, version: true, status: true, submittedAt: true, decidedAt: true } });
    return businessPlanState(
      rows.map((r) => ({ id: r.id, version: r.version, status: r.status as BusinessPlanStatus, submittedDate: jstDateKey(r.submittedAt), decidedDate: r.decidedAt ? jstDateKey(r.decidedAt) : null })),
    );
  }

  /** Consent, return or withdrawal of a waiting version: guarded by its status, so a second decision is a 409. */
  private async close(actor: Actor, programId: string, id: string, status: 'approved' | 'returned' | 'withdrawn', reason: string | null): Promise<BusinessPlanView> {
    const plan = await this.plans.findOne({ where: { id, programId } });
    if (!plan) throw notFound(NOT_FOUND);
    if (!planIsOpen(plan.status as BusinessPlanStatus)) throw conflict(DECIDED);
    await this.dataSource.transaction(async (m) => {
      const done = await m.getRepository(BusinessPlanEntity).update({ id, status: 'submitted' }, { status, returnReason: reason, decidedBy: actor.userId, decidedAt: this.clock.now() });
      if (!done.affected) throw conflict(DECIDED);
      const action = status === 'approved' ? 'business_plan.approve' : status === 'returned' ? 'business_plan.return' : 'business_plan.withdraw';
      await this.handling.record(actor, { action, resourceType: 'business_plan', resourceId: id, programId, reason: reason ?? undefined }, m);
    });
    return this.get(programId, id);
  }

  private async get(programId: string, id: string): Promise<BusinessPlanView> {
    const plan = await this.plans.findOne({ where: { id, programId } });
    if (!plan) throw notFound(NOT_FOUND);
    return (await this.withNames([toView(plan)]))[0];
  }

  private withNames(views: BusinessPlanView[]): Promise<BusinessPlanView[]> {
    return this.users.withDecisionNames(views);
  }
}
