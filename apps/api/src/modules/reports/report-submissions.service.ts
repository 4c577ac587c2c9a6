import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { conflict, notFound } from '@outreach/domain/common';
import { monthlyReportDueDate, resolvePeriods } from '@outreach/domain/programs';
import {
  compareFigures,
  decide,
  type PeriodReportKind,
  type ReportDraftView,
  type ReportSubmissionBody,
  type ReportSubmissionStatus,
  type ReportSubmissionTarget,
  type ReportSubmissionView,
  submissionPeriod,
  submissionProblem,
  submissionTargetLabel,
  submissionTitle,
} from '@outreach/domain/reports';
import { DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { UploadedFiles, writeThenRecord } from '../../common/files/uploaded-files';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { HandlingRecordsService } from '../handling-records/handling-records.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { ReportSubmissionEntity } from './report-submission.entity';
import { ReportsService } from './reports.service';
import { workbookBuffer } from './xlsx-writer';

const NOT_FOUND = '報告書が見つかりません';
const DECIDED = 'この版はすでに受理または差し戻しされています';
const fileOf = (e: Pick<ReportSubmissionEntity, 'programId' | 'id'>) => `reports/${e.programId}/${e.id}.xlsx`;

/** When a report is due: a monthly report by the program's monthlyReportDay, the completion report by its reportDeadline. */
export function dueDateOf(program: Pick<ProgramEntity, 'periodStart' | 'periodEnd' | 'periods' | 'reportDeadline'>, kind: PeriodReportKind, period: string): string | null {
  if (kind === 'completion') return program.reportDeadline;
  const day = resolvePeriods(program).monthlyReportDay;
  return day === null ? null : monthlyReportDueDate(period, day);
}

/**
 * 月次報告書・委託業務完了報告書 as submissions (issue 20 item 1): the draft's figures, the vendor manager's submission
 * (a frozen version: the workbook stored as a file, its figures as JSON), the city admin's acceptance or return.
 * Every step is a handling-record row in the step's transaction; a decision is guarded by the old status.
 */
@Injectable()
export class ReportSubmissionsService implements OnModuleInit {
  private readonly log = new Logger(ReportSubmissionsService.name);

  constructor(
    @InjectRepository(ReportSubmissionEntity) private readonly submissions: Repository<ReportSubmissionEntity>,
    private readonly dataSource: DataSource,
    private readonly files: UploadedFiles,
    private readonly reports: ReportsService,
    private readonly handling: HandlingRecordService,
    private readonly users: UserAccountsService,
    private readonly clock: Clock,
    private readonly handlingRecords: HandlingRecordsService,
  ) {}

  /** Every version of the program's reports (of one report when a target is given), newest first. */
  /** The handling record names a submission by its report and version (this module reads that record: it cannot be imported there). */
  onModuleInit(): void {
    this.handlingRecords.nameKind('report_submission', async (programId, ids) => {
      const rows = await this.submissions.find({ select: { id: true, kind: true, period: true, version: true }, where: { programId, id: In(ids) } });
      return rows.map((r) => [r.id, submissionTargetLabel(r.kind as PeriodReportKind, r.period, r.version)]);
    });
  }

  async list(program: ProgramEntity, target?: ReportSubmissionTarget): Promise<ReportSubmissionView[]> {
    const where = target ? { programId: program.id, kind: target.kind, period: submissionPeriod(target) } : { programId: program.id };
    const rows = await this.submissions.find({ where, order: { submittedAt: 'DESC', version: 'DESC' } });
    const byReport = new Map<string, ReportSubmissionEntity[]>();
    for (const r of rows) byReport.set(`${r.kind}:${r.period}`, [...(byReport.get(`${r.kind}:${r.period}`) ?? []), r]);
    return this.withNames(rows.map((r) => this.toView(program, r, byReport.get(`${r.kind}:${r.period}`)?.find((p) => p.version === r.version - 1) ?? null)));
  }

  /** The figures a submission would freeze now, against the latest version, and whether one may be submitted. */
  async draft(actor: Actor, program: ProgramEntity, target: ReportSubmissionTarget): Promise<ReportDraftView> {
    const built = await this.reports.periodReport(actor, program, target.kind, target.month, null);
    const period = submissionPeriod(target);
    const latest = await this.latest(program.id, target.kind, period);
    const problem = submissionProblem(latest ? { status: latest.status as ReportSubmissionStatus } : null);
    return {
      kind: target.kind,
      period,
      title: submissionTitle(target.kind, period),
      from: built.from,
      to: built.to,
      dueDate: dueDateOf(program, target.kind, period),
      figures: built.figures,
      changes: latest ? compareFigures(latest.figures, built.figures) : null,
      latestStatus: (latest?.status as ReportSubmissionStatus | undefined) ?? null,
      canSubmit: problem === null,
      problem,
    };
  }

  /**
   * A new version: the workbook is written with the remarks and stored first, then the row (and its handling record)
   * in one transaction; a failed transaction removes the file again. A version waiting for the city is a 409; two
   * submissions at once get different version numbers or one 409, never two rows of one.
   */
  async submit(actor: Actor, program: ProgramEntity, body: ReportSubmissionBody): Promise<ReportSubmissionView> {
    const period = submissionPeriod(body);
    const early = await this.latest(program.id, body.kind, period);
    const earlyProblem = submissionProblem(early ? { status: early.status as ReportSubmissionStatus } : null);
    if (earlyProblem) throw conflict(earlyProblem, { kind: earlyProblem });
    const remarks = body.remarks || null;
    const { report, figures, form } = await this.reports.periodReport(actor, program, body.kind, body.month, remarks);
    const bytes = await workbookBuffer(report.spec, { images: report.images, created: this.clock.now() });
    const id = randomUUID();
    const stored = { programId: program.id, id };
    await writeThenRecord(
      this.files,
      fileOf(stored),
      bytes,
      () =>
        this.dataSource.transaction(async (m) => {
          const repo = m.getRepository(ReportSubmissionEntity);
          const latest = await repo.findOne({ where: { programId: program.id, kind: body.kind, period }, order: { version: 'DESC' } });
          const problem = submissionProblem(latest ? { status: latest.status as ReportSubmissionStatus } : null);
          if (problem) throw conflict(problem, { kind: problem });
          const version = (latest?.version ?? 0) + 1;
          const fileName = report.filename.replace(/\.xlsx$/, `_第${version}版.xlsx`);
          await repo.insert({
            id,
            programId: program.id,
            kind: body.kind,
            period,
            version,
            status: 'submitted',
            remarks,
            returnReason: null,
            fileName,
            bytes: bytes.length,
            figures,
            form,
            submittedBy: actor.userId,
            submittedAt: this.clock.now(),
            decidedBy: null,
            decidedAt: null,
          });
          await this.handling.record(actor, { action: 'report_submission.submit', resourceType: 'report_submission', resourceId: id, programId: program.id }, m);
        }),
      '同時に別の版が提出されました。一覧を確かめてください',
      this.log,
    );
    return this.get(program, id);
  }

  accept(actor: Actor, program: ProgramEntity, id: string): Promise<ReportSubmissionView> {
    return this.close(actor, program, id, 'accept', null);
  }

  return(actor: Actor, program: ProgramEntity, id: string, reason: string): Promise<ReportSubmissionView> {
    return this.close(actor, program, id, 'return', reason);
  }

  /** The stored workbook of a version, exactly as submitted. */
  async file(program: ProgramEntity, id: string): Promise<{ bytes: Buffer; fileName: string }> {
    const row = await this.submissions.findOne({ where: { id, programId: program.id } });
    if (!row) throw notFound(NOT_FOUND);
    return { bytes: await this.files.read(fileOf(row)), fileName: row.fileName };
  }

  private async close(actor: Actor, program: ProgramEntity, id: string, decision: 'accept' | 'return', reason: string | null): Promise<ReportSubmissionView> {
    const row = await this.submissions.findOne({ where: { id, programId: program.id } });
    if (!row) throw notFound(NOT_FOUND);
    const status = decide(row.status as ReportSubmissionStatus, decision);
    if (!status) throw conflict(DECIDED);
    await this.dataSource.transaction(async (m) => {
      const done = await m.getRepository(ReportSubmissionEntity).update({ id, status: row.status }, { status, returnReason: reason, decidedBy: actor.userId, decidedAt: this.clock.now() });
      if (!done.affected) throw conflict(DECIDED);
      await this.handling.record(actor, { action: `report_submission.${decision}`, resourceType: 'report_submission', resourceId: id, programId: program.id, reason: reason ?? undefined }, m);
    });
    return this.get(program, id);
  }

  private latest(programId: string, kind: PeriodReportKind, period: string): Promise<ReportSubmissionEntity | null> {
    return this.submissions.findOne({ where: { programId, kind, period }, order: { version: 'DESC' } });
  }

  private async get(program: ProgramEntity, id: string): Promise<ReportSubmissionView> {
    const row = await this.submissions.findOne({ where: { id, programId: program.id } });
    if (!row) throw notFound(NOT_FOUND);
    const previous = row.version > 1 ? await this.submissions.findOne({ where: { programId: program.id, kind: row.kind, period: row.period, version: row.version - 1 } }) : null;
    return (await this.withNames([this.toView(program, row, previous)]))[0];
  }

  private toView(program: ProgramEntity, e: ReportSubmissionEntity, previous: ReportSubmissionEntity | null): ReportSubmissionView {
    const kind = e.kind as PeriodReportKind;
    return {
      id: e.id,
      programId: e.programId,
      kind,
      period: e.period,
      title: submissionTitle(kind, e.period),
      version: e.version,
      status: e.status as ReportSubmissionStatus,
      remarks: e.remarks,
      returnReason: e.returnReason,
      fileName: e.fileName,
      bytes: e.bytes,
      figures: e.figures,
      changes: previous ? compareFigures(previous.figures, e.figures) : null,
      dueDate: dueDateOf(program, kind, e.period),
      submittedBy: e.submittedBy,
      submittedByName: null,
      submittedAt: e.submittedAt.toISOString(),
      decidedBy: e.decidedBy,
      decidedByName: null,
      decidedAt: e.decidedAt?.toISOString() ?? null,
    };
  }

  private withNames(views: ReportSubmissionView[]): Promise<ReportSubmissionView[]> {
    return this.users.withDecisionNames(views);
  }
}
