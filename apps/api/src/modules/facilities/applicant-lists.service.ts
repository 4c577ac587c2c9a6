import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { personalDataOpen } from '@outreach/domain/auth';
import { conflict, DomainError, forbidden, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import { handlingReason } from '@outreach/domain/handling-records';
import {
  APPLICANT_LIST_DELETION_RULES_JA,
  type ApplicantListDeletionRule,
  type ApplicantListImport,
  applicantListDeletionRule,
  applicantListShareOpensOn,
  applicantListShareProblem,
  type ApplicantListState,
  type ApplicantListView,
  type ApplicantRow,
} from '@outreach/domain/facilities';
import { DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { eraseTraces } from '../../database/erase';
import { BookingHooks } from '../bookings/booking-hooks';
import type { BookingEntity } from '../bookings/booking.entity';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { LeaseService } from '../leases/lease.service';
import { ScheduledJobs } from '../leases/scheduled-jobs';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { applicantListTemplate, parseApplicantList } from './applicant-list-workbook';
import { FacilitiesService } from './facilities.service';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from './facility-applicant-list.entity';

const NOT_A_FACILITY = '施設の予約が見つかりません';
/** Rows per INSERT: 5,000 applicants in ten statements. */
const INSERT_CHUNK = 500;
/** How often the sweep looks for lists whose purpose ended (the booking sweep's period). */
export const APPLICANT_LIST_SWEEP_MS = 3600_000;

/** What the facility workflow needs to know of a booking's list (issue 18: "applicant list received"). */
export interface ApplicantListFacts {
  /** The rows the list came with (still so once they are deleted: how many the facility listed). */
  rows: number;
  committedAt: Date | null;
  sharedAt: Date | null;
  deletedAt: Date | null;
}

export interface ApplicantListFile {
  bytes: Buffer;
  fileName: string;
}

/**
 * 申請者名簿 (003 §9(2)ウ, issue 18 item 4) of a facility booking: the template, the check of a filled list (saving
 * nothing), its commit (all rows or none, sealed under a key of the list's own), its reading by those who need it,
 * the share with the city, the copy back to the city, and its deletion once its purpose ended — by hand or by the
 * hourly sweep, the key destroyed afterwards (ADR 0008). Every step is a handling-record row, with counts only.
 * Owns facility_applicant_list and facility_applicant; reads bookings through their owner.
 */
@Injectable()
export class ApplicantListsService implements OnModuleInit {
  private readonly logger = new Logger('ApplicantLists');

  constructor(
    @InjectRepository(FacilityApplicantListEntity) private readonly lists: Repository<FacilityApplicantListEntity>,
    @InjectRepository(FacilityApplicantEntity) private readonly applicants: Repository<FacilityApplicantEntity>,
    private readonly bookings: BookingsService,
    private readonly hooks: BookingHooks,
    private readonly handling: HandlingRecordService,
    private readonly cipher: RecordCipher,
    private readonly users: UserAccountsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly leases: LeaseService,
    private readonly jobs: ScheduledJobs,
    private readonly coordination: FacilitiesService,
  ) {}

  onModuleInit(): void {
    this.jobs.registerPersonalDataDeletion('applicant-list sweep', APPLICANT_LIST_SWEEP_MS, () => this.sweepScheduled());
  }

  // ------------------------------------------------------------------------------------------ the facility workflow's view

  /** Each booking's list as the facility workflow needs it (no personal data): counts and dates. */
  async listStateOf(bookingIds: string[]): Promise<Map<string, ApplicantListFacts>> {
    if (!bookingIds.length) return new Map();
    const rows = await this.lists.find({ where: { bookingId: In([...new Set(bookingIds)]) } });
    return new Map(rows.map((r) => [r.bookingId, { rows: r.rowCount, committedAt: r.committedAt, sharedAt: r.sharedAt, deletedAt: r.deletedAt }]));
  }

  // ------------------------------------------------------------------------------------------ template and check

  async template(actor: Actor, bookingId: string): Promise<ApplicantListFile> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    const facilityName = (await this.hooks.personal.facilityName(booking.id)) ?? undefined;
    const bytes = await applicantListTemplate({ created: this.clock.now(), facilityName });
    await this.handling.record(actor, { action: 'applicant_list.template', resourceType: 'booking', resourceId: booking.id, programId: program.id });
    return { bytes, fileName: `申請者名簿_受付${booking.receptionNumber}.xlsx` };
  }

  /**
   * Reads and checks a filled list; saves nothing but the handling record of the check (counts only). A file that
   * cannot be read as an .xlsx is a 422 on `file`; bad rows are answered as errors by row and column.
   */
  async preview(actor: Actor, bookingId: string, file: Buffer | undefined, onProgress?: (fraction: number) => void): Promise<ApplicantListImport> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    this.mayOpen(actor, program);
    const parsed = await this.parse(file, onProgress);
    await this.handling.record(actor, { action: 'applicant_list.preview', resourceType: 'booking', resourceId: booking.id, programId: program.id, reason: counts(parsed) });
    return parsed;
  }

  /**
   * Commits a list: the same file as previewed, read again (nothing is kept between the preview and the commit, so
   * no personal data waits anywhere and any instance can take the commit). With any error nothing is saved. An
   * earlier list is replaced in the same transaction (its key destroyed after) and must then be shared again.
   */
  async commit(actor: Actor, bookingId: string, file: Buffer | undefined): Promise<ApplicantListView> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    this.mayOpen(actor, program);
    if (booking.status === 'visited' || booking.status === 'cancelled' || booking.status === 'no_show') throw conflict('訪問済み・キャンセル済みの施設予約には名簿を取り込めません');
    const parsed = await this.parse(file);
    if (parsed.errors.length > 0) {
      const message = `申請者名簿に${parsed.errors.length}件の誤りがあります。直してから取り込んでください（何も保存していません）`;
      throw new DomainError('invalid', message, { file: '名簿に誤りがあります' }, { rowErrors: parsed.errors });
    }
    const keyId = randomUUID();
    let replacedKey: string | null = null;
    await this.dataSource.transaction(async (m) => {
      const listRepo = m.getRepository(FacilityApplicantListEntity);
      const earlier = await listRepo.findOneBy({ bookingId });
      replacedKey = earlier && !earlier.deletedAt ? earlier.keyId : null;
      await m.getRepository(FacilityApplicantEntity).delete({ bookingId });
      const now = this.clock.now();
      await listRepo.save(
        listRepo.create({
          bookingId,
          programId: program.id,
          keyId,
          rowCount: parsed.rows.length,
          committedAt: now,
          committedBy: actor.userId,
          sharedAt: null,
          sharedBy: null,
          deletedAt: null,
          deletedBy: null,
          deletionRule: null,
          createdAt: earlier?.createdAt,
        }),
      );
      const sealed = parsed.rows.map((row, position) => ({ bookingId, position, data: this.cipher.seal(keyId, row) }));
      for (let i = 0; i < sealed.length; i += INSERT_CHUNK) await m.getRepository(FacilityApplicantEntity).insert(sealed.slice(i, i + INSERT_CHUNK));
      const action = earlier ? 'applicant_list.replace' : 'applicant_list.commit';
      await this.handling.record(actor, { action, resourceType: 'booking', resourceId: bookingId, programId: program.id, reason: `${parsed.rows.length}人` }, m);
    });
    if (replacedKey) await this.shred([replacedKey]);
    return this.view(actor, booking, program, await this.lists.findOneBy({ bookingId }), false);
  }

  private async parse(file: Buffer | undefined, onProgress?: (fraction: number) => void): Promise<ApplicantListImport> {
    if (!file?.length) throw invalid('ファイルを選んでください', { file: 'ファイルを選んでください' });
    return parseApplicantList(file, { today: jstDateKey(this.clock.now()), onProgress });
  }

  // ------------------------------------------------------------------------------------------ reading, sharing, the city's copy

  /** The list's state for everyone on the program; its rows opened (and the view recorded) only for those who may read them. */
  async get(actor: Actor, bookingId: string): Promise<ApplicantListView> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    return this.view(actor, booking, program, await this.lists.findOneBy({ bookingId }), true);
  }

  /**
   * Shares the list with the city; in the same transaction the coordination's step 「申請者リストの市への提出」 is done
   * on the share's day, and the share is recorded.
   */
  async share(actor: Actor, bookingId: string, reason: string | undefined): Promise<ApplicantListView> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    const today = jstDateKey(this.clock.now());
    const early = booking.visitDate !== null && today < applicantListShareOpensOn(booking.visitDate);
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(FacilityApplicantListEntity);
      const list = await repo.findOneBy({ bookingId });
      const problem = applicantListShareProblem({ state: stateOf(list) }, booking, today, reason?.trim() || null);
      if (problem) throw invalid(problem, reason === undefined && early ? { reason: problem } : {});
      const done = await repo.update({ bookingId, keyId: list!.keyId, sharedAt: IsNull(), deletedAt: IsNull() }, { sharedAt: this.clock.now(), sharedBy: actor.userId });
      if (!done.affected) throw conflict('名簿が同時に変更されました。画面を更新してやり直してください');
      const why = early ? `訪問日の1週間より前の共有：${reason}` : undefined;
      // The coordination's step 「申請者リストの市への提出」 is this share: done, on the share's day.
      await this.coordination.markStepDoneWithin(m, booking, 'applicant_list', today, actor.userId);
      await this.handling.record(actor, { action: 'applicant_list.share', resourceType: 'booking', resourceId: bookingId, programId: program.id, reason: why ? `${list!.rowCount}人 ${why}` : `${list!.rowCount}人` }, m);
    });
    return this.view(actor, booking, program, await this.lists.findOneBy({ bookingId }), false);
  }

  /** The list back to the city in its agreed form (the template's headings), for those who may read it; recorded as an export. */
  async exportRows(actor: Actor, bookingId: string): Promise<{ rows: ApplicantRow[]; fileName: string; facilityName: string | undefined; visitDate: string | null }> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    const list = await this.lists.findOneBy({ bookingId });
    this.mayRead(actor, program, list, true);
    const rows = await this.open(list!);
    await this.handling.record(actor, { action: 'applicant_list.export', resourceType: 'booking', resourceId: bookingId, programId: program.id, reason: `${rows.length}人` });
    const facilityName = (await this.hooks.personal.facilityName(booking.id)) ?? undefined;
    return { rows, fileName: `申請者名簿_受付${booking.receptionNumber}.xlsx`, facilityName, visitDate: booking.visitDate };
  }

  /**
   * The rows of a facility booking's list for the session's register (issue 19: the form starts from them), or null
   * when there are none to read or this person may not read them; the reading is recorded.
   */
  async rowsForRegister(actor: Actor, programId: string, bookingId: string): Promise<ApplicantRow[] | null> {
    const list = await this.lists.findOneBy({ bookingId, programId });
    if (!list || list.deletedAt || !actor.permissions.has('reservation.read_personal') || actor.organizationKind !== 'vendor') return null;
    const rows = await this.open(list);
    await this.handling.record(actor, { action: 'applicant_list.read', resourceType: 'booking', resourceId: bookingId, programId, reason: `申請台帳への転記 ${rows.length}人` });
    return rows;
  }

  // ------------------------------------------------------------------------------------------ deletion

  /** The vendor manager deletes the rows now (a facility withdrew, a list sent by mistake); recorded as theirs. */
  async deleteNow(actor: Actor, bookingId: string): Promise<ApplicantListView> {
    const { booking, program } = await this.facilityBooking(actor, bookingId);
    const list = await this.lists.findOneBy({ bookingId });
    if (stateOf(list) === 'none') throw notFound('取り込み済みの申請者名簿がありません');
    if (list!.deletedAt) throw conflict('この申請者名簿は削除済みです');
    if (await this.dataSource.transaction((m) => this.deleteRows(actor, list!, 'manual', m))) await this.shred([list!.keyId]);
    return this.view(actor, booking, program, await this.lists.findOneBy({ bookingId }), false);
  }

  /** The hourly sweep on one instance per period (a lease, ADR 0007); logs counts only. */
  async sweepScheduled(): Promise<number | null> {
    let deleted: number | null = null;
    await this.leases.oncePerPeriod('applicant-list-sweep', APPLICANT_LIST_SWEEP_MS, async () => {
      deleted = await this.sweep();
    });
    if (deleted) this.logger.log(`applicant-list sweep: ${deleted} deleted`);
    return deleted;
  }

  /** Deletes every list whose purpose ended (domain `applicantListDeletionRule`), each recorded as the sweep's. */
  async sweep(): Promise<number> {
    const open = await this.lists.find({ where: { deletedAt: IsNull() } });
    const byProgram = new Map<string, FacilityApplicantListEntity[]>();
    for (const l of open) byProgram.set(l.programId, [...(byProgram.get(l.programId) ?? []), l]);
    const keys: string[] = [];
    for (const [programId, lists] of byProgram) {
      const status = new Map((await this.bookings.facts(programId, lists.map((l) => l.bookingId))).map((b) => [b.id, b.status]));
      for (const list of lists) {
        const rule = applicantListDeletionRule({ status: status.get(list.bookingId) ?? 'cancelled' });
        if (rule && (await this.dataSource.transaction((m) => this.deleteRows(null, list, rule, m)))) keys.push(list.keyId);
      }
    }
    await this.shred(keys);
    return keys.length;
  }

  /** Deletes a list's rows inside the caller's transaction, stamping the list; false when another run deleted them first. */
  private async deleteRows(actor: Actor | null, list: FacilityApplicantListEntity, rule: ApplicantListDeletionRule, m: EntityManager): Promise<boolean> {
    const stamped = await m
      .getRepository(FacilityApplicantListEntity)
      .update({ bookingId: list.bookingId, keyId: list.keyId, deletedAt: IsNull() }, { deletedAt: this.clock.now(), deletedBy: actor?.userId ?? null, deletionRule: rule });
    if (!stamped.affected) return false;
    await m.getRepository(FacilityApplicantEntity).delete({ bookingId: list.bookingId });
    const event = { action: 'applicant_list.delete', resourceType: 'booking', resourceId: list.bookingId, programId: list.programId };
    const label = APPLICANT_LIST_DELETION_RULES_JA[rule];
    if (actor) await this.handling.record(actor, { ...event, reason: handlingReason.applicantListDeletion(list.rowCount, label, false) }, m);
    else await this.handling.recordAnonymous({ ip: null }, { ...event, reason: handlingReason.applicantListDeletion(list.rowCount, label, true) }, m);
    return true;
  }

  /** The program's lists still holding rows, for the contract's closing checklist. */
  async undeletedOf(programId: string): Promise<Array<{ bookingId: string; rowCount: number }>> {
    return this.lists.find({ select: { bookingId: true, rowCount: true }, where: { programId, deletedAt: IsNull() } });
  }

  /**
   * Deletes the lists of these bookings inside the caller's transaction (the contract's closing, 特記事項第10),
   * each recorded; returns the keys to destroy with `shredKeys` after the commit.
   */
  async deleteWithin(actor: Actor, programId: string, bookingIds: string[], rule: ApplicantListDeletionRule, m: EntityManager): Promise<string[]> {
    if (!bookingIds.length) return [];
    const lists = await m.getRepository(FacilityApplicantListEntity).find({ where: { programId, bookingId: In(bookingIds), deletedAt: IsNull() } });
    const keys: string[] = [];
    for (const list of lists) if (await this.deleteRows(actor, list, rule, m)) keys.push(list.keyId);
    return keys;
  }

  shredKeys(keyIds: string[]): Promise<void> {
    return this.shred(keyIds);
  }

  /** After the commit: destroys the keys, so no copy of the rows (dump, binlog, backup) can be read any more. */
  private async shred(keyIds: string[]): Promise<void> {
    for (const id of keyIds) this.cipher.shred(id);
    if (keyIds.length) await eraseTraces(this.dataSource);
  }

  // ------------------------------------------------------------------------------------------ access

  private async facilityBooking(actor: Actor, bookingId: string): Promise<{ booking: BookingEntity; program: ProgramEntity }> {
    const found = await this.bookings.find(actor, bookingId);
    if (found.booking.kind !== 'facility') throw notFound(NOT_A_FACILITY);
    return found;
  }

  private mayOpen(actor: Actor, program: ProgramEntity): void {
    if (!personalDataOpen(actor, program)) throw forbidden('この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください');
  }

  /**
   * Why this person may not read the rows, or null: the vendor's people who handle reservations read them; the
   * city's admin once the list was shared with the city. With `strict` the refusal is thrown.
   */
  private mayRead(actor: Actor, program: ProgramEntity, list: FacilityApplicantListEntity | null, strict: boolean): string | null {
    const state = stateOf(list);
    let why: string | null = null;
    if (state === 'none') why = '取り込み済みの申請者名簿がありません';
    else if (state === 'deleted') why = 'この申請者名簿は削除済みです';
    else if (!actor.permissions.has('reservation.read_personal')) why = '申請者名簿を閲覧する権限がありません';
    else if (actor.organizationKind === 'city' && state !== 'shared') why = 'この申請者名簿はまだ市に共有されていません';
    else if (!personalDataOpen(actor, program)) why = 'この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください';
    if (why && strict) throw state === 'none' || state === 'deleted' ? notFound(why) : forbidden(why);
    return why;
  }

  private async open(list: FacilityApplicantListEntity): Promise<ApplicantRow[]> {
    const rows = await this.applicants.find({ where: { bookingId: list.bookingId }, order: { position: 'ASC' } });
    return rows.map((r) => this.cipher.open<ApplicantRow>(list.keyId, r.data));
  }

  private async view(actor: Actor, booking: BookingEntity, program: ProgramEntity, list: FacilityApplicantListEntity | null, withRows: boolean): Promise<ApplicantListView> {
    const state = stateOf(list);
    const hidden = withRows ? this.mayRead(actor, program, list, false) : '一覧を開くと表示します';
    let rows: ApplicantRow[] | null = null;
    if (withRows && !hidden && list) {
      rows = await this.open(list);
      await this.handling.record(actor, { action: 'applicant_list.read', resourceType: 'booking', resourceId: booking.id, programId: program.id, reason: `${rows.length}人` });
    }
    const names = await this.users.names(list ? [list.committedBy] : []);
    return {
      bookingId: booking.id,
      state,
      rowCount: list?.rowCount ?? 0,
      committedAt: list?.committedAt.toISOString() ?? null,
      committedByName: list ? (names.get(list.committedBy) ?? null) : null,
      sharedAt: list?.sharedAt?.toISOString() ?? null,
      deletedAt: list?.deletedAt?.toISOString() ?? null,
      deletionRuleLabel: list?.deletionRule ? (APPLICANT_LIST_DELETION_RULES_JA[list.deletionRule as ApplicantListDeletionRule] ?? null) : null,
      visitDate: booking.visitDate,
      shareOpensOn: booking.visitDate ? applicantListShareOpensOn(booking.visitDate) : null,
      shareNeedsReason: booking.visitDate !== null && jstDateKey(this.clock.now()) < applicantListShareOpensOn(booking.visitDate),
      rows,
      rowsHiddenReason: state === 'none' || state === 'deleted' ? null : hidden,
    };
  }
}

function stateOf(list: FacilityApplicantListEntity | null): ApplicantListState {
  if (!list) return 'none';
  if (list.deletedAt) return 'deleted';
  return list.sharedAt ? 'shared' : 'committed';
}

const counts = (p: ApplicantListImport) => `${p.rows.length}人 誤り${p.errors.length}件`;
