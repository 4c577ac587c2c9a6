import { randomBytes, randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  overdueSlipShares,
  SHARE_FILE_PURPOSE_LABELS_JA,
  SHARE_FILE_STATUS_LABELS_JA,
  shareFileApprovalProblem,
  shareFileDownloadProblem,
  shareFileDownloadUntil,
  type ShareFileDownload,
  type ShareFilePrepare,
  type ShareFilePurpose,
  type ShareFileStatus,
  type ShareFileView,
  sharePassword,
  slipShareWeeks,
  type SlipShareWeek,
  visitWeekProblem,
} from '@outreach/domain/booking-shares';
import { conflict, type DateKey, formatSeireki, invalid, jstDateKey, notFoundIn, addDays } from '@outreach/domain/common';
import { closingNotYetProblem } from '@outreach/domain/program-closing';
import { safeFilenamePart, shapeReceptionSlips, type SlipFacility, type SlipHome } from '@outreach/domain/reports';
import { DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { encryptOfficePackage } from '../../common/excel/office-encryption';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import type { BookingView } from '@outreach/domain/bookings';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgramsService } from '../programs/programs.service';
import { writeWorkbook } from '../reports/xlsx-writer';
import { UserAccountsService } from '../users/user-accounts.service';
import { ShareFileEntity } from './share-file.entity';

/**
 * The weekly share on time (§9(1)) and, for cities that still want a file, the share file (ADR 0010): staff
 * prepare it, a second person approves it, then it is downloaded — built and encrypted with a new password at each
 * download, never stored. Each step is a handling-record row written in the same transaction as the step.
 * Reservations stay the bookings module's: shares go through BookingsService, personal data and its deletion
 * through BookingPersonalService.
 */
@Injectable()
export class BookingSharesService {
  constructor(
    @InjectRepository(ShareFileEntity) private readonly files: Repository<ShareFileEntity>,
    private readonly bookings: BookingsService,
    private readonly personal: BookingPersonalService,
    private readonly programs: ProgramsService,
    private readonly users: UserAccountsService,
    private readonly scope: ProgramScopeService,
    private readonly handling: HandlingRecordService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): DateKey {
    return jstDateKey(this.clock.now());
  }

  /** Each visit week of the range (default: the program's period) with its due date and unshared slips. */
  async weeks(program: ProgramEntity, from = program.periodStart, to = program.periodEnd): Promise<SlipShareWeek[]> {
    const facts = await this.bookings.shareFacts(program.id);
    return slipShareWeeks({
      bookings: facts.map((b) => ({
        id: b.id,
        receptionNumber: b.receptionNumber,
        kind: b.kind,
        status: b.status,
        visitDate: b.visitDate,
        sharedWithCityDate: b.sharedWithCityAt ? jstDateKey(new Date(b.sharedWithCityAt)) : null,
        personalDataDeleted: b.personalDataDeletedAt !== null,
      })),
      from,
      to,
      today: this.today(),
      weekStartsOn: program.weekStartsOn,
      slipShareDueWeekday: program.slipShareDueWeekday,
    });
  }

  /** Overdue weekly shares, for the dashboard's attention list (the vendor's and the city's). */
  async overdue(program: ProgramEntity): Promise<ReturnType<typeof overdueSlipShares>> {
    return overdueSlipShares(await this.weeks(program));
  }

  // ------------------------------------------------------------------------------------------ share files

  /** The files' purposes and days prepared, by id (what the handling record names a file by). */
  async targetFacts(programId: string, ids: readonly string[]): Promise<Array<Pick<ShareFileEntity, 'id' | 'purpose' | 'preparedAt'>>> {
    if (!ids.length) return [];
    return this.files.find({ select: { id: true, purpose: true, preparedAt: true }, where: { programId, id: In([...ids]) } });
  }

  async listFiles(program: ProgramEntity): Promise<ShareFileView[]> {
    return this.views(await this.files.find({ where: { programId: program.id }, order: { preparedAt: 'DESC' } }));
  }

  async getFile(actor: Actor, id: string): Promise<ShareFileView> {
    return (await this.views([(await this.find(actor, id)).file]))[0];
  }

  /** Reservations named by a handover file that is waiting for approval or for its download. */
  async pendingHandover(programId: string): Promise<Set<string>> {
    const open = await this.files.find({ where: { programId, purpose: 'handover' } });
    return new Set(open.filter((f) => f.status !== 'rejected' && f.downloads === 0).flatMap((f) => f.bookingIds));
  }

  /** Files whose release is still open (prepared, or approved and not yet downloaded): they stand in the way of closing. */
  async openFiles(programId: string): Promise<ShareFileView[]> {
    const today = this.today();
    const rows = await this.files.find({ where: { programId } });
    const open = rows.filter((f) => f.status === 'prepared' || (f.status === 'approved' && f.downloads === 0 && !shareFileDownloadProblem(this.state(f), today)));
    return this.views(open);
  }

  async prepare(actor: Actor, program: ProgramEntity, body: ShareFilePrepare): Promise<ShareFileView> {
    let ids: string[];
    let week: DateKey | null = null;
    if (body.purpose === 'weekly') {
      if (!program.slipShareFile) throw conflict('この事業は受付票をファイルで渡す設定になっていません（事業の設定で変更できます）', { purpose: 'この事業はアプリ内の共有だけを使います' });
      const problem = visitWeekProblem(body.weekStart, program.weekStartsOn);
      if (problem) throw invalid(problem, { weekStart: problem });
      week = body.weekStart;
      const [w] = await this.weeks(program, week, week);
      ids = w.unshared.map((u) => u.bookingId);
      if (!ids.length) throw invalid('この週にまだ共有していない受付票はありません', { weekStart: 'この週にまだ共有していない受付票はありません' });
    } else {
      const notYet = closingNotYetProblem({ periodEnd: program.periodEnd, closedAt: program.closedAt?.toISOString() ?? null }, this.today(), program.eraStyle);
      if (notYet) throw invalid(notYet);
      ids = [...new Set(body.bookingIds)];
      const facts = await this.bookings.facts(program.id, ids);
      if (facts.length !== ids.length) throw notFoundIn('bookingIds', '予約が見つかりません');
      const gone = facts.filter((b) => b.personalDataDeletedAt !== null);
      if (gone.length) throw invalid('個人情報を削除済みの受付は引き渡せません', { bookingIds: `削除済み: 受付番号${gone.map((b) => b.receptionNumber).join('、')}` });
      const pending = await this.pendingHandover(program.id);
      const twice = facts.filter((b) => pending.has(b.id));
      if (twice.length) throw conflict('すでに引渡しファイルに入っている受付があります', { bookingIds: `引渡し準備中: 受付番号${twice.map((b) => b.receptionNumber).join('、')}` });
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ShareFileEntity).insert({ id, programId: program.id, purpose: body.purpose, weekStart: week, bookingIds: ids, status: 'prepared', preparedBy: actor.userId, preparedAt: this.clock.now(), downloads: 0 });
      await this.handling.record(actor, { action: 'share_file.prepare', resourceType: 'share_file', resourceId: id, programId: program.id, reason: this.describe(body.purpose, week, ids.length) }, m);
    });
    return this.getFile(actor, id);
  }

  async approve(actor: Actor, id: string): Promise<ShareFileView> {
    const { file, program } = await this.find(actor, id);
    const problem = shareFileApprovalProblem(this.state(file), actor.userId);
    if (problem) throw conflict(problem);
    await this.dataSource.transaction(async (m) => {
      const done = await m.getRepository(ShareFileEntity).update({ id, status: 'prepared' }, { status: 'approved', approvedBy: actor.userId, approvedAt: this.clock.now() });
      if (!done.affected) throw conflict('このファイルは承認待ちではありません');
      await this.handling.record(actor, { action: 'share_file.approve', resourceType: 'share_file', resourceId: id, programId: program.id, reason: this.describe(file.purpose as ShareFilePurpose, file.weekStart, file.bookingIds.length) }, m);
    });
    return this.getFile(actor, id);
  }

  async reject(actor: Actor, id: string, reason: string): Promise<ShareFileView> {
    const { file, program } = await this.find(actor, id);
    if (file.status !== 'prepared') throw conflict('このファイルは承認待ちではありません');
    await this.dataSource.transaction(async (m) => {
      const done = await m.getRepository(ShareFileEntity).update({ id, status: 'prepared' }, { status: 'rejected', rejectedReason: reason });
      if (!done.affected) throw conflict('このファイルは承認待ちではありません');
      await this.handling.record(actor, { action: 'share_file.reject', resourceType: 'share_file', resourceId: id, programId: program.id, reason }, m);
    });
    return this.getFile(actor, id);
  }

  /**
   * Builds the approved file from the reservations' current data, encrypts it with a new password and records the
   * download together with what it means, in one transaction: a weekly file shares its slips with the city; a
   * handover file hands its reservations over and deletes their personal data (then their keys are destroyed).
   */
  async download(actor: Actor, id: string): Promise<ShareFileDownload> {
    const { file, program } = await this.find(actor, id);
    const problem = shareFileDownloadProblem(this.state(file), this.today());
    if (problem) throw conflict(problem);
    const purpose = file.purpose as ShareFilePurpose;
    const slips = await this.personal.slips(program.id, file.bookingIds);
    if (!slips.length) throw conflict('このファイルの受付票は個人情報がすでに削除されています');
    const { bytes, city } = await this.workbook(actor, program, purpose, file.weekStart, slips);
    const password = newPassword();
    const encrypted = await encryptOfficePackage(bytes, password);
    const handed: string[] = [];
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ShareFileEntity).increment({ id }, 'downloads', 1);
      await m.getRepository(ShareFileEntity).update({ id }, { lastDownloadedAt: this.clock.now() });
      await this.handling.record(actor, { action: 'share_file.download', resourceType: 'share_file', resourceId: id, programId: program.id, reason: this.describe(purpose, file.weekStart, slips.length) }, m);
      if (purpose === 'weekly') {
        await this.bookings.share(actor, program, file.weekStart!, { only: slips.map((s) => s.booking.id), m, how: '（暗号化ファイル）' });
        return;
      }
      for (const { booking } of slips) {
        await this.handling.record(actor, { action: 'booking.hand_over', resourceType: 'booking', resourceId: booking.id, programId: program.id, reason: '契約終了に伴う市への引渡し（暗号化ファイル）' }, m);
        if (await this.personal.deletePersonal(actor, booking, 'handed_over', m)) handed.push(booking.id);
      }
    });
    await this.personal.shredKeys(handed);
    return { filename: this.filename(city, purpose, file.weekStart), password, content: encrypted.toString('base64'), slips: slips.length };
  }

  // ------------------------------------------------------------------------------------------ helpers

  private async find(actor: Actor, id: string): Promise<{ file: ShareFileEntity; program: ProgramEntity }> {
    const { record: file, program } = await this.scope.withProgram(actor, await this.files.findOneBy({ id }), 'ファイルが見つかりません');
    return { file, program };
  }

  private state(f: ShareFileEntity) {
    return { status: f.status as ShareFileStatus, preparedBy: f.preparedBy, approvedDate: f.approvedAt ? jstDateKey(f.approvedAt) : null };
  }

  private describe(purpose: ShareFilePurpose, week: DateKey | null, count: number): string {
    return purpose === 'weekly' ? `${week}週の受付票 ${count}件` : `引渡しの受付票 ${count}件`;
  }

  private filename(city: string, purpose: ShareFilePurpose, week: DateKey | null): string {
    const what = purpose === 'weekly' ? `受付票_${formatSeireki(week!)}からの週` : `受付票_引渡し_${formatSeireki(this.today())}`;
    return `${safeFilenamePart(city)}_${safeFilenamePart(what)}.xlsx`;
  }

  private async workbook(actor: Actor, program: ProgramEntity, purpose: ShareFilePurpose, week: DateKey | null, slips: Awaited<ReturnType<BookingPersonalService['slips']>>): Promise<{ bytes: Buffer; city: string }> {
    const view = await this.programs.get(actor, program.id);
    const home: SlipHome[] = [];
    const facilities: SlipFacility[] = [];
    for (const { booking, data } of slips) {
      if (data.type === 'home') home.push({ receptionNumber: booking.receptionNumber, visitDate: booking.visitDate, half: booking.half as SlipHome['half'], intake: data.intake });
      else facilities.push({ receptionNumber: booking.receptionNumber, visitDate: booking.visitDate, estimatedApplicants: booking.plannedApplications, request: data.request });
    }
    const spec = shapeReceptionSlips({
      context: { municipalityName: view.municipalityName ?? '', programTitle: view.title, vendorNames: view.vendorNames, eraStyle: view.eraStyle, createdOn: this.today() },
      title: purpose === 'weekly' ? '受付票（市への共有）' : '受付票（契約終了に伴う引渡し）',
      period: purpose === 'weekly' ? { label: '訪問の週', value: `${week}〜${addDays(week!, 6)}` } : { label: '引渡し', value: `${slips.length}件` },
      home,
      facilities,
    });
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => chunks.push(c));
    await writeWorkbook(sink, spec, { created: this.clock.now() });
    return { bytes: Buffer.concat(chunks), city: view.municipalityName ?? '' };
  }

  private async views(rows: ShareFileEntity[]): Promise<ShareFileView[]> {
    const names = await this.users.names(rows.flatMap((f) => [f.preparedBy, ...(f.approvedBy ? [f.approvedBy] : [])]));
    const out: ShareFileView[] = [];
    for (const f of rows) {
      const facts: BookingView[] = await this.bookings.facts(f.programId, f.bookingIds);
      const purpose = f.purpose as ShareFilePurpose;
      const status = f.status as ShareFileStatus;
      out.push({
        id: f.id,
        programId: f.programId,
        purpose,
        purposeLabel: SHARE_FILE_PURPOSE_LABELS_JA[purpose],
        weekStart: f.weekStart,
        receptionNumbers: facts.map((b) => b.receptionNumber),
        status,
        statusLabel: SHARE_FILE_STATUS_LABELS_JA[status],
        preparedBy: f.preparedBy,
        preparedByName: names.get(f.preparedBy) ?? null,
        preparedAt: f.preparedAt.toISOString(),
        approvedBy: f.approvedBy,
        approvedByName: f.approvedBy ? (names.get(f.approvedBy) ?? null) : null,
        approvedAt: f.approvedAt?.toISOString() ?? null,
        rejectedReason: f.rejectedReason,
        downloads: f.downloads,
        lastDownloadedAt: f.lastDownloadedAt?.toISOString() ?? null,
        downloadUntil: f.approvedAt ? shareFileDownloadUntil(jstDateKey(f.approvedAt)) : null,
      });
    }
    return out;
  }
}

/** A one-time password from the CSPRNG (sharePassword keeps only unbiased bytes, so ask again in the rare case). */
function newPassword(): string {
  for (;;) {
    const p = sharePassword(randomBytes(64));
    if (p) return p;
  }
}
