import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  APPLICATION_MESSAGES,
  type ApplicationFields,
  type ApplicationInput,
  type ApplicationPersonal,
  type ApplicationView,
  type RegisterCandidateView,
  type RegisterCounts,
  type RegisterRow,
  type SessionRegisterView,
  applicationSearchReason,
  applicationSearchTokens,
  applicationTermTokens,
  FACE_PHOTO_MESSAGES,
  individualNumberProblems,
  prefillFromApplicantRow,
  prefillFromBooking,
  registerCounts,
  splitApplication,
  takesWalkIns,
} from '@outreach/domain/applications';
import { personalDataOpen } from '@outreach/domain/auth';
import { PERSONAL_DATA_DELETION_RULES_JA } from '@outreach/domain/bookings';
import { type ApplicationDeletionEntry, deletionRuleOf } from '@outreach/domain/personal-data';
import { conflict, type DateKey, forbidden, invalid, notFound } from '@outreach/domain/common';
import type { SessionView } from '@outreach/domain/sessions';
import { DataSource, type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { eraseTraces } from '../../database/erase';
import { SearchHasher } from '../../common/crypto/search-hasher';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import { ApplicantListsService } from '../facilities/applicant-lists.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { SessionHooks } from '../sessions/session-hooks';
import { SessionsService } from '../sessions/sessions.service';
import { ApplicationEntity, ApplicationSearchTokenEntity } from './application.entity';
import { FacePhotoFiles } from './face-photo-files';

const NOT_FOUND = '申請記録が見つかりません';
const SESSION_NOT_FOUND = '実施記録が見つかりません';
/** At most this many applications are answered for one search. */
const SEARCH_LIMIT = 50;
const TWO_FACTOR = 'この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください';

/**
 * 申請記録 and the register (申請台帳) of a session (issue 19): each application created from a booked applicant, a
 * row of the facility's applicant list or taken on the day at a session without a booking (takesWalkIns), its
 * personal fields sealed under its own data key and found by keyed hashes of its name, kana and 申請書ID (never the
 * values). Every create, edit and opening of personal fields is a handling-record row, in the same transaction as the
 * write. Owns application and application_search_token.
 */
@Injectable()
export class ApplicationsService implements OnModuleInit {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    private readonly sessions: SessionsService,
    private readonly sessionHooks: SessionHooks,
    private readonly bookingPersonal: BookingPersonalService,
    private readonly applicantLists: ApplicantListsService,
    private readonly handling: HandlingRecordService,
    private readonly cipher: RecordCipher,
    private readonly hasher: SearchHasher,
    private readonly dataSource: DataSource,
    private readonly faces: FacePhotoFiles,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The daily report compares a held session's counts with its register (issue 19 item 2).
    this.sessionHooks.useRegister({
      countsOfDay: (programId, date) => this.countsOfDay(programId, date),
      countOfSession: (m, sessionId) => m.getRepository(ApplicationEntity).countBy({ sessionId }),
    });
  }

  // ------------------------------------------------------------------------------------------ reading

  /** A session's register: its applications, the booked or listed applicants still to enter, its counts. */
  async register(actor: Actor, program: ProgramEntity, sessionId: string): Promise<SessionRegisterView> {
    const session = await this.session(actor, program, sessionId);
    const rows = await this.applications.find({ where: { programId: program.id, sessionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const hidden = this.personalHiddenReason(actor, program);
    const applications = await this.views(actor, program, rows, hidden === null, `実施の申請台帳 ${rows.length}件`);
    const candidates = hidden === null ? await this.candidates(actor, program, session, rows) : [];
    return {
      sessionId,
      date: session.date,
      walkInAllowed: takesWalkIns(session),
      applications,
      candidates,
      counts: registerCounts(rows.map(facts)),
      personalHiddenReason: hidden,
    };
  }

  /** A day's applications in the program (every session), personal fields as the register shows them. */
  async ofDay(actor: Actor, program: ProgramEntity, date: DateKey): Promise<ApplicationView[]> {
    const rows = await this.applications.find({ where: { programId: program.id, date }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.views(actor, program, rows, this.personalHiddenReason(actor, program) === null, `${date}の申請 ${rows.length}件`);
  }

  /** What the handling record names an application by (its day, type and booking), never its personal fields. */
  async targetFacts(programId: string, ids: readonly string[]): Promise<Array<Pick<ApplicationEntity, 'id' | 'date' | 'applicationType' | 'bookingId'>>> {
    if (!ids.length) return [];
    return this.applications.find({ select: { id: true, date: true, applicationType: true, bookingId: true }, where: { programId, id: In([...ids]) } });
  }

  /** Whether the application belongs to the program (a defect names one of its own program only, else 404). */
  async existsInProgram(programId: string, id: string): Promise<boolean> {
    return (await this.applications.countBy({ id, programId })) > 0;
  }

  /**
   * One application, its personal fields opened for those who handle applicants (recorded with `reason`): the defect
   * follow-up shows whom to call (issue 19 item 4). Another program's is a 404.
   */
  async get(actor: Actor, program: ProgramEntity, id: string, reason = '申請記録の表示'): Promise<ApplicationView> {
    const row = await this.applications.findOneBy({ id, programId: program.id });
    if (!row) throw notFound(NOT_FOUND);
    const [view] = await this.views(actor, program, [row], this.personalHiddenReason(actor, program) === null, reason);
    return view;
  }

  /**
   * The register's deletions for the ledger (個人情報削除記録), newest first: each application whose personal fields were
   * deleted, when, by whom (null: the purge), on which rule, and whether its face photo went with them.
   */
  async deletionLedger(programId: string): Promise<Omit<ApplicationDeletionEntry, 'deletedByName'>[]> {
    const rows = await this.applications.find({ where: { programId, personalDataDeletedAt: Not(IsNull()) }, order: { personalDataDeletedAt: 'DESC', date: 'DESC', id: 'ASC' } });
    return rows.map((r) => ({
      applicationId: r.id,
      date: r.date,
      applicationType: r.applicationType,
      handedOverDate: r.handedOverDate,
      facePhoto: r.facePhotoAt !== null,
      deletedAt: r.personalDataDeletedAt!.toISOString(),
      deletedBy: r.personalDataDeletedBy,
      ...deletionRuleOf(r.personalDataDeletionRule),
    }));
  }

  /** The counts a day's register gives, per session; a session with no application has none (its counts stay as entered). */
  async countsOfDay(programId: string, date: DateKey): Promise<Map<string, RegisterCounts>> {
    const rows = await this.applications.find({ where: { programId, date } });
    const bySession = new Map<string, RegisterRow[]>();
    for (const r of rows) bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), facts(r)]);
    return new Map([...bySession].map(([id, list]) => [id, registerCounts(list)]));
  }

  /**
   * Finds the program's applications by name, kana or 申請書ID (a resident calling about a J-LIS notice, issue 19
   * item 4) through keyed hashes only; the term is never stored or recorded, the search and each application shown are.
   */
  async search(actor: Actor, program: ProgramEntity, term: string): Promise<ApplicationView[]> {
    const hidden = this.personalHiddenReason(actor, program);
    if (hidden) throw forbidden(hidden);
    const tokens = applicationTermTokens(term);
    const hashes = tokens.map((t) => this.hasher.hash(program.id, t));
    const hits = hashes.length ? await this.dataSource.getRepository(ApplicationSearchTokenEntity).find({ select: { applicationId: true }, where: { programId: program.id, token: In(hashes) } }) : [];
    const ids = [...new Set(hits.map((h) => h.applicationId))];
    const rows = ids.length ? await this.applications.find({ where: { programId: program.id, id: In(ids) }, order: { date: 'DESC', createdAt: 'DESC' }, take: SEARCH_LIMIT }) : [];
    await this.handling.record(actor, { action: 'application.search', resourceType: 'application', programId: program.id, reason: applicationSearchReason(tokens, rows.length) });
    return this.views(actor, program, rows, true, '検索結果での表示');
  }

  // ------------------------------------------------------------------------------------------ writing

  /**
   * The contract's closing (個人情報取扱特記事項第10): every application's personal fields of the program are deleted
   * inside the caller's transaction with their search hashes, each deletion recorded (`application.delete_personal`);
   * returns the applications whose keys `shredKeys` destroys after the commit (ADR 0008). The facts stay for the reports.
   */
  async deletePersonalWithin(actor: Actor, programId: string, m: EntityManager, at: Date): Promise<string[]> {
    const repo = m.getRepository(ApplicationEntity);
    const held = await repo.find({ select: { id: true, facePhotoAt: true }, where: { programId, personalDataDeletedAt: IsNull() } });
    for (const { id, facePhotoAt } of held) {
      const done = await repo.update({ id, personalDataDeletedAt: IsNull() }, { data: null, personalDataDeletedAt: at, personalDataDeletedBy: actor.userId, personalDataDeletionRule: 'contract_closed' });
      if (!done.affected) continue;
      await m.getRepository(ApplicationSearchTokenEntity).delete({ applicationId: id });
      await this.handling.record(actor, { action: 'application.delete_personal', resourceType: 'application', resourceId: id, programId, reason: PERSONAL_DATA_DELETION_RULES_JA.contract_closed }, m);
      if (facePhotoAt) await this.handling.record(actor, { action: 'application.delete_face_photo', resourceType: 'application', resourceId: id, programId, reason: PERSONAL_DATA_DELETION_RULES_JA.contract_closed }, m);
    }
    // Every application's key goes, also one emptied earlier (a copy may sit in a backup).
    return (await repo.find({ select: { id: true }, where: { programId } })).map((a) => a.id);
  }

  /**
   * After the commit: removes the applications' face photo files and destroys their keys, so no copy of their personal
   * fields or photos can be read (a file left in a backup stays sealed under the destroyed key).
   */
  async shredKeys(applicationIds: string[]): Promise<void> {
    if (!applicationIds.length) return;
    const rows = await this.applications.find({ select: { id: true, programId: true }, where: { id: In(applicationIds) } });
    for (const r of rows) await this.faces.remove(r.programId, r.id);
    for (const id of applicationIds) this.cipher.shred(id);
    await eraseTraces(this.dataSource);
  }

  // ------------------------------------------------------------------------------------------ face photo

  /**
   * Attaches (or replaces) the applicant's face photo: checked (JPEG/PNG, size — 422 on `file`), re-encoded, sealed under
   * the application's key and written, then stamped and recorded in one transaction. Refused once the personal fields
   * were deleted or the application went to the city (the city has the photo it was given).
   */
  async attachFacePhoto(actor: Actor, program: ProgramEntity, id: string, upload: Buffer | undefined): Promise<ApplicationView> {
    this.mayWrite(actor, program);
    const row = await this.applications.findOneBy({ id, programId: program.id });
    if (!row) throw notFound(NOT_FOUND);
    if (row.data === null) throw conflict(FACE_PHOTO_MESSAGES.deleted, { file: FACE_PHOTO_MESSAGES.deleted });
    if (row.handOverBatchId) throw conflict('市へ引き渡した申請記録の顔写真は変更できません', { file: '市へ引き渡した申請記録の顔写真は変更できません' });
    await this.faces.save(program.id, id, upload);
    try {
      await this.dataSource.transaction(async (m) => {
        await this.sessionHooks.day.assertOpen(m, program.id, row.date);
        const done = await m.getRepository(ApplicationEntity).update({ id, personalDataDeletedAt: IsNull(), handOverBatchId: IsNull() }, { facePhotoAt: this.clock.now() });
        if (!done.affected) throw conflict('この申請記録は同時に変更されました。画面を更新してやり直してください', { file: '同時に変更されました' });
        await this.handling.record(actor, { action: 'application.attach_face_photo', resourceType: 'application', resourceId: id, programId: program.id, reason: row.facePhotoAt ? '顔写真の差し替え' : undefined }, m);
      });
    } catch (e) {
      // No photo is kept that the record does not name (a replaced one is already overwritten).
      if (!row.facePhotoAt) await this.faces.remove(program.id, id);
      throw e;
    }
    return this.toView(await this.applications.findOneByOrFail({ id }), null);
  }

  /**
   * The face photo (or its thumbnail) for those who see the application's personal fields; each view recorded
   * (`application.read_face_photo`) in its own transaction before the bytes go out. Another program's is a 404.
   */
  async facePhoto(actor: Actor, program: ProgramEntity, id: string, variant: 'full' | 'thumb'): Promise<Buffer> {
    const row = await this.applications.findOneBy({ id, programId: program.id });
    if (!row) throw notFound(NOT_FOUND);
    const hidden = this.personalHiddenReason(actor, program);
    if (hidden) throw forbidden(hidden);
    if (!hasFacePhoto(row)) throw notFound(FACE_PHOTO_MESSAGES.none);
    const bytes = await this.faces.read(program.id, id, variant);
    await this.dataSource.transaction((m) =>
      this.handling.record(actor, { action: 'application.read_face_photo', resourceType: 'application', resourceId: id, programId: program.id, reason: variant === 'thumb' ? '縮小表示' : undefined }, m),
    );
    return bytes;
  }

  /** The face photos of handed-over applications for the city's download, opened with each application's key. */
  async facePhotosOf(rows: readonly ApplicationEntity[]): Promise<Map<string, Buffer>> {
    const photos = new Map<string, Buffer>();
    for (const r of rows) if (hasFacePhoto(r)) photos.set(r.id, await this.faces.read(r.programId, r.id, 'full'));
    return photos;
  }

  /** Files one application of a session (Idempotency-Key at the controller); the personal fields are sealed. */
  async create(actor: Actor, program: ProgramEntity, sessionId: string, input: ApplicationInput): Promise<ApplicationView> {
    this.refuseIndividualNumber(input);
    this.mayWrite(actor, program);
    const session = await this.session(actor, program, sessionId);
    this.assertSessionTakes(session);
    if (input.source === 'walk_in' && !takesWalkIns(session)) throw invalid(APPLICATION_MESSAGES.walkInOnly, { source: APPLICATION_MESSAGES.walkInOnly });
    if (input.source !== 'walk_in' && input.bookingId !== session.bookingId) {
      throw invalid('この実施の予約・名簿の申請者ではありません', { bookingId: 'この実施の予約・名簿の申請者ではありません' });
    }
    const id = randomUUID();
    const { personal, facts: f } = splitApplication(input);
    await this.dataSource.transaction(async (m) => {
      await this.sessionHooks.day.assertOpen(m, program.id, session.date);
      await m.getRepository(ApplicationEntity).insert({
        id,
        programId: program.id,
        sessionId,
        date: session.date,
        source: input.source,
        bookingId: input.source === 'walk_in' ? null : input.bookingId,
        sourceIndex: input.source === 'walk_in' ? null : input.sourceIndex,
        ...columns(f),
        data: this.cipher.seal(id, personal),
        personalDataDeletedAt: null,
        createdBy: actor.userId,
      });
      await this.index(m, program.id, id, personal);
      await this.handling.record(actor, { action: 'application.create', resourceType: 'application', resourceId: id, programId: program.id }, m);
    });
    return this.toView(await this.applications.findOneByOrFail({ id }), null);
  }

  /** Corrects an application (every field again); refused once its personal data was deleted or its day is with the city. */
  async update(actor: Actor, program: ProgramEntity, id: string, input: ApplicationFields): Promise<ApplicationView> {
    this.refuseIndividualNumber(input);
    this.mayWrite(actor, program);
    const row = await this.applications.findOneBy({ id, programId: program.id });
    if (!row) throw notFound(NOT_FOUND);
    if (row.data === null) throw conflict('この申請記録の個人情報は削除済みのため変更できません');
    const { personal, facts: f } = splitApplication(input);
    await this.dataSource.transaction(async (m) => {
      await this.sessionHooks.day.assertOpen(m, program.id, row.date);
      const done = await m.getRepository(ApplicationEntity).update({ id, programId: program.id, personalDataDeletedAt: IsNull() }, { ...columns(f), data: this.cipher.seal(id, personal) });
      if (!done.affected) throw conflict('この申請記録は同時に変更されました。画面を更新してやり直してください');
      await m.getRepository(ApplicationSearchTokenEntity).delete({ applicationId: id });
      await this.index(m, program.id, id, personal);
      await this.handling.record(actor, { action: 'application.update', resourceType: 'application', resourceId: id, programId: program.id }, m);
    });
    return this.toView(await this.applications.findOneByOrFail({ id }), null);
  }

  // ------------------------------------------------------------------------------------------ rules of access

  private refuseIndividualNumber(input: Parameters<typeof individualNumberProblems>[0]): void {
    const errors = individualNumberProblems(input);
    if (Object.keys(errors).length) throw invalid(APPLICATION_MESSAGES.individualNumber, errors);
  }

  private mayWrite(actor: Actor, program: ProgramEntity): void {
    const why = this.personalHiddenReason(actor, program);
    if (why) throw forbidden(why);
  }

  /**
   * Why this person does not see the personal fields, or null: the vendor's people who handle applicants (those
   * who read reservations' personal data), with the program's second factor where it asks for one. The city sees the
   * facts; the personal fields go to it by the hand-over.
   */
  personalHiddenReason(actor: Actor, program: ProgramEntity): string | null {
    if (actor.organizationKind !== 'vendor' || !actor.permissions.has('reservation.read_personal')) return '申請者の個人情報は受託者の担当者だけが表示できます（市へは引き渡しで渡します）';
    if (!personalDataOpen(actor, program)) return TWO_FACTOR;
    return null;
  }

  private async session(actor: Actor, program: ProgramEntity, sessionId: string): Promise<SessionView> {
    const session = await this.sessions.get(actor, sessionId);
    if (session.programId !== program.id) throw notFound(SESSION_NOT_FOUND);
    return session;
  }

  /**
   * A cancelled session takes no application. A planned one does, also before its day: forms with their printed
   * 申請書ID are often prepared ahead for a facility's listed residents, and confirmed on the day; the register's
   * counts reach the daily report only through a held session's day.
   */
  private assertSessionTakes(session: SessionView): void {
    if (session.status === 'cancelled') throw conflict('中止の実施には申請を記録できません');
  }

  // ------------------------------------------------------------------------------------------ helpers

  private async index(m: EntityManager, programId: string, applicationId: string, personal: ApplicationPersonal): Promise<void> {
    const tokens = [...new Set(applicationSearchTokens(personal).map((t) => this.hasher.hash(programId, t)))];
    if (tokens.length) await m.getRepository(ApplicationSearchTokenEntity).insert(tokens.map((token) => ({ applicationId, token, programId })));
  }

  /** The booked applicants or list rows of the session's booking not yet entered (their reading recorded by their owners or here). */
  private async candidates(actor: Actor, program: ProgramEntity, session: SessionView, rows: ApplicationEntity[]): Promise<RegisterCandidateView[]> {
    if (!session.bookingId || session.status === 'cancelled') return [];
    const bookingId = session.bookingId;
    const entered = new Set(rows.filter((r) => r.bookingId === bookingId).map((r) => r.sourceIndex));
    if (session.serviceKind === 'facility_visit') {
      const listRows = (await this.applicantLists.rowsForRegister(actor, program.id, bookingId)) ?? [];
      return listRows.flatMap((r, i) => (entered.has(i) ? [] : [{ source: 'applicant_list' as const, bookingId, sourceIndex: i, prefill: prefillFromApplicantRow(r) }]));
    }
    const [slip] = await this.bookingPersonal.slips(program.id, [bookingId]);
    if (slip?.data.type !== 'home') return [];
    const open = slip.data.intake.applicants.flatMap((a, i) => (entered.has(i) ? [] : [{ source: 'booking' as const, bookingId, sourceIndex: i, prefill: prefillFromBooking(a) }]));
    if (open.length) await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: bookingId, programId: program.id, reason: `申請台帳への転記 ${open.length}人` });
    return open;
  }

  /** Applications as views, their personal fields opened (each opening recorded with `reason`) when `open`. */
  async views(actor: Actor, program: ProgramEntity, rows: ApplicationEntity[], open: boolean, reason: string): Promise<ApplicationView[]> {
    const opened = open ? rows.filter((r) => r.data !== null) : [];
    if (opened.length) {
      await this.dataSource.transaction(async (m) => {
        for (const r of opened) await this.handling.record(actor, { action: 'application.read_personal', resourceType: 'application', resourceId: r.id, programId: program.id, reason }, m);
      });
    }
    return rows.map((r) => this.toView(r, open && r.data !== null ? this.cipher.open<ApplicationPersonal>(r.id, r.data) : null));
  }

  private toView(r: ApplicationEntity, personal: ApplicationPersonal | null): ApplicationView {
    return {
      id: r.id,
      programId: r.programId,
      sessionId: r.sessionId,
      date: r.date,
      source: r.source as ApplicationView['source'],
      bookingId: r.bookingId,
      sourceIndex: r.sourceIndex,
      ...facts(r),
      proxyConsentBy: r.proxyConsentBy as ApplicationView['proxyConsentBy'],
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      personal,
      personalDataDeletedAt: r.personalDataDeletedAt?.toISOString() ?? null,
      facePhoto: hasFacePhoto(r),
      handOverBatchId: r.handOverBatchId,
      handedOverDate: r.handedOverDate,
    };
  }
}

/** A face photo is attached and its file not deleted with the personal fields. */
function hasFacePhoto(r: ApplicationEntity): boolean {
  return r.facePhotoAt !== null && r.personalDataDeletedAt === null;
}

function facts(r: ApplicationEntity): RegisterRow {
  return {
    applicationType: r.applicationType as RegisterRow['applicationType'],
    photoSource: r.photoSource as RegisterRow['photoSource'],
    photoException: r.photoException as RegisterRow['photoException'],
    proxyWriting: Boolean(r.proxyWriting),
    receiptMethod: r.receiptMethod as RegisterRow['receiptMethod'],
    faceAuthCard: Boolean(r.faceAuthCard),
  };
}

function columns(f: ReturnType<typeof splitApplication>['facts']) {
  return {
    applicationType: f.applicationType,
    photoSource: f.photoSource,
    photoException: f.photoException,
    proxyWriting: f.proxyWriting,
    proxyConsentBy: f.proxyWriting ? f.proxyConsentBy : null,
    receiptMethod: f.receiptMethod,
    faceAuthCard: f.faceAuthCard,
  };
}
