import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { personalDataOpen } from '@outreach/domain/auth';
import {
  type BookingCallerNameView,
  type BookingPersonalView,
  type BookingSearchResultView,
  type BookingView,
  bookingGuidanceChecklist,
  callerNameOf,
  callerPhoneOf,
  searchRecordReason,
  searchTermTokens,
  searchTokensOf,
  identityDocumentsSufficient,
  PERSONAL_DATA_DELETION_RULES_JA,
  type PersonalDataDeletionRule,
  personalDataDeletionRule,
} from '@outreach/domain/bookings';
import { conflict, forbidden, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import type { ApplicationType } from '@outreach/domain/sessions';
import { handlingReason } from '@outreach/domain/handling-records';
import { DataSource, type EntityManager, In, Like, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { SearchHasher } from '../../common/crypto/search-hasher';
import { eraseTraces } from '../../database/erase';
import { BookingHooks, type PersonalData } from '../bookings/booking-hooks';
import type { BookingEntity } from '../bookings/booking.entity';
import { toBookingView } from '../bookings/booking.mapper';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { LeaseService } from '../leases/lease.service';
import { ScheduledJobs } from '../leases/scheduled-jobs';
import { BookingPersonalEntity } from './booking-personal.entity';
import { BookingSearchTokenEntity } from './booking-search-token.entity';
import type { ProgramEntity } from '../programs/program.entity';

/** At most this many bookings are answered for one search (a name shared by many is narrowed by kana or phone). */
const SEARCH_LIMIT = 50;

/** How often the personal-data sweep runs (once per period across instances: a lease, ADR 0007). */
export const PURGE_PERIOD_MS = 3600_000;

/**
 * A reservation's personal data (the reception slip): sealed under its own data key when the booking is taken,
 * read by those who may (each read recorded), deleted once its purpose ended — by hand, by the hourly sweep, at a
 * handover or the contract's close — and then made unreadable everywhere by destroying its key (ADR 0006, 0008).
 * The booking row stays with the reservations; its deletion stamp is theirs to write (BookingsService).
 */
@Injectable()
export class BookingPersonalService implements OnModuleInit {
  private readonly logger = new Logger('BookingPersonal');

  constructor(
    @InjectRepository(BookingPersonalEntity) private readonly personal: Repository<BookingPersonalEntity>,
    private readonly bookings: BookingsService,
    private readonly bookingHooks: BookingHooks,
    private readonly handling: HandlingRecordService,
    private readonly cipher: RecordCipher,
    private readonly hasher: SearchHasher,
    @InjectRepository(BookingSearchTokenEntity) private readonly tokens: Repository<BookingSearchTokenEntity>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly leases: LeaseService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.bookingHooks.usePersonalData({
      store: async (m, booking, data) => {
        await m.getRepository(BookingPersonalEntity).insert({ bookingId: booking.id, data: this.cipher.seal(booking.id, data) });
        await this.index(m, booking, data);
      },
      facilityName: async (bookingId) => {
        const data = await this.open(bookingId);
        return data?.type === 'facility' ? data.request.facilityName : null;
      },
    });
    this.jobs.registerPersonalDataDeletion('personal-data sweep', PURGE_PERIOD_MS, () => this.purgeScheduled());
  }

  /** The keyed hashes a reservation can be found by, written in the transaction that stores its personal data. */
  private async index(m: EntityManager, booking: { id: string; programId: string }, data: PersonalData): Promise<void> {
    const tokens = [...new Set(searchTokensOf(data).map((t) => this.hasher.hash(booking.programId, t)))];
    if (tokens.length) await m.getRepository(BookingSearchTokenEntity).insert(tokens.map((token) => ({ bookingId: booking.id, programId: booking.programId, token })));
  }

  private async open(bookingId: string): Promise<PersonalData | undefined> {
    const row = await this.personal.findOneBy({ bookingId });
    return row ? this.cipher.open<PersonalData>(bookingId, row.data) : undefined;
  }

  /**
   * The scheduled sweep (logs counts only), on one instance per period when several share the database: it first
   * takes the lease for the period (ADR 0007). Returns how many it deleted, or null when another instance holds it.
   */
  async purgeScheduled(): Promise<number | null> {
    let deleted: number | null = null;
    await this.leases.oncePerPeriod('booking-personal-purge', PURGE_PERIOD_MS, async () => {
      deleted = await this.purgeDue();
    });
    if (deleted) this.logger.log(`personal-data sweep: ${deleted} deleted`);
    return deleted;
  }

  /**
   * The personal data of a reservation (the reception slip): vendors who handle it, and the city once the slip
   * is shared. Every read is recorded in the handling record.
   */
  async read(actor: Actor, id: string): Promise<BookingPersonalView> {
    const { booking, program } = await this.bookings.find(actor, id);
    this.mayOpen(actor, program);
    if (!this.mayRead(actor, booking)) throw forbidden(actor.organizationKind === 'city' ? 'この受付票はまだ市に共有されていません' : '個人情報を閲覧する権限がありません');
    const data = await this.open(id);
    if (!data) throw notFound('この予約の個人情報は削除済みです');
    await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: id, programId: program.id });
    const guidance = bookingGuidanceChecklist(booking.applicationTypes as ApplicationType[], program, booking.kind as 'home' | 'facility').map((g) => ({ ...g, given: booking.guidanceGiven.includes(g.id) }));
    const identity =
      data.type === 'home' ? data.intake.applicants.map((a) => identityDocumentsSufficient(a.identityDocuments, a.applicationType)) : [];
    return { booking: toBookingView(booking), ...data, guidance, identity };
  }

  /** Vendors who handle reservations read every slip of their program; the city those shared with it. */
  private mayRead(actor: Actor, booking: { sharedWithCityAt: Date | string | null }): boolean {
    const vendorMay = actor.permissions.has('reservation.read_personal') && actor.organizationKind === 'vendor';
    const cityMay = actor.organizationKind === 'city' && (actor.permissions.has('reservation.read_personal') || actor.permissions.has('reservation.read_shared')) && booking.sharedWithCityAt !== null;
    return vendorMay || cityMay;
  }

  /** The program's personal data is closed to this session until its second factor was passed, where required. */
  private mayOpen(actor: Actor, program: ProgramEntity): void {
    if (!personalDataOpen(actor, program)) throw forbidden('この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください');
  }

  /**
   * Finds a program's reservations by a caller's or an applicant's name, kana or full phone number (domain
   * `searchTermTokens`): the keyed hash of the normalized term is looked up, never the term. The search is one
   * handling-record row (the kind of term and the count, never the term), and each booking answered with its
   * caller's name is a `booking.read_personal` row, as any view of a slip.
   */
  async search(actor: Actor, program: ProgramEntity, term: string): Promise<BookingSearchResultView[]> {
    this.mayOpen(actor, program);
    const tokens = searchTermTokens(term);
    const hashes = tokens.map((t) => this.hasher.hash(program.id, t));
    const rows = hashes.length ? await this.tokens.find({ select: { bookingId: true }, where: { programId: program.id, token: In(hashes) } }) : [];
    const ids = [...new Set(rows.map((r) => r.bookingId))];
    const found = (await this.bookings.facts(program.id, ids)).filter((b) => this.mayRead(actor, b)).reverse().slice(0, SEARCH_LIMIT);
    return this.withCallerNames(actor, program, found, '検索結果での氏名表示', searchRecordReason(tokens, found.length));
  }

  /** The caller's name of each booking a list shows (those the actor may read), each view recorded. */
  async callerNames(actor: Actor, program: ProgramEntity, ids: string[]): Promise<BookingCallerNameView[]> {
    this.mayOpen(actor, program);
    const shown = (await this.bookings.facts(program.id, [...new Set(ids)])).filter((b) => this.mayRead(actor, b));
    return (await this.withCallerNames(actor, program, shown, '予約一覧での氏名表示')).map((r) => ({ bookingId: r.booking.id, callerName: r.callerName }));
  }

  /**
   * Whom to call about each booking and the number (the caller's, or the facility's), for those the actor may read;
   * each showing recorded with `why`. Bookings whose data is gone are left out.
   */
  async contacts(actor: Actor, program: ProgramEntity, bookings: BookingView[], why: string): Promise<Map<string, { name: string | null; phone: string | null }>> {
    this.mayOpen(actor, program);
    const shown = bookings.filter((b) => this.mayRead(actor, b));
    const rows = shown.length ? await this.personal.find({ where: { bookingId: In(shown.map((b) => b.id)) } }) : [];
    const out = new Map(rows.map((r) => {
      const data = this.cipher.open<PersonalData>(r.bookingId, r.data);
      return [r.bookingId, { name: callerNameOf(data), phone: callerPhoneOf(data) }] as const;
    }));
    if (out.size) {
      await this.dataSource.transaction(async (m) => {
        for (const id of out.keys()) await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: id, programId: program.id, reason: why }, m);
      });
    }
    return out;
  }

  /**
   * The reception slips of a visit half-day for its itinerary (訪問行程表), or null when this reader may not see
   * personal data here (role, or the second factor the program asks): each slip opened recorded with `why`, with
   * the opening of the itinerary itself (`opened`) in the same transaction. Slips whose data is gone are left out.
   */
  async forItinerary(actor: Actor, program: ProgramEntity, bookings: BookingView[], why: string, opened: (m: EntityManager) => Promise<void>): Promise<Map<string, PersonalData> | null> {
    const allowed = personalDataOpen(actor, program) && bookings.every((b) => this.mayRead(actor, b));
    const rows = allowed && bookings.length ? await this.personal.find({ where: { bookingId: In(bookings.map((b) => b.id)) } }) : [];
    const out = new Map(rows.map((r) => [r.bookingId, this.cipher.open<PersonalData>(r.bookingId, r.data)] as const));
    await this.dataSource.transaction(async (m) => {
      await opened(m);
      for (const id of out.keys()) await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: id, programId: program.id, reason: why }, m);
    });
    return allowed ? out : null;
  }

  /** Opens each booking's personal data for its caller's name, recording each name shown (and the search, if any) in one transaction. */
  private async withCallerNames(actor: Actor, program: ProgramEntity, bookings: BookingView[], why: string, search?: string): Promise<BookingSearchResultView[]> {
    const rows = bookings.length ? new Map((await this.personal.find({ where: { bookingId: In(bookings.map((b) => b.id)) } })).map((r) => [r.bookingId, r.data])) : new Map<string, string>();
    const results = bookings.map((booking) => {
      const sealed = rows.get(booking.id);
      return { booking, callerName: sealed ? callerNameOf(this.cipher.open<PersonalData>(booking.id, sealed)) : null };
    });
    await this.dataSource.transaction(async (m) => {
      if (search) await this.handling.record(actor, { action: 'booking.search', resourceType: 'program', resourceId: program.id, programId: program.id, reason: search }, m);
      for (const r of results) {
        if (r.callerName !== null) await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: r.booking.id, programId: program.id, reason: why }, m);
      }
    });
    return results;
  }

  /** The program's contract closed and its personal data is gone: its search key goes too. */
  shredSearchKey(programId: string): void {
    this.hasher.shred(programId);
  }

  /**
   * The personal data of some reservations of a program, for a share file being built (the caller records the
   * handling). Reservations whose data is gone are left out.
   */
  async slips(programId: string, ids: string[]): Promise<Array<{ booking: BookingView; data: PersonalData }>> {
    if (!ids.length) return [];
    const rows = new Map((await this.personal.find({ where: { bookingId: In(ids) } })).map((r) => [r.bookingId, r]));
    const facts = await this.bookings.facts(programId, ids);
    return facts.flatMap((booking) => {
      const row = rows.get(booking.id);
      return row ? [{ booking, data: this.cipher.open<PersonalData>(booking.id, row.data) }] : [];
    });
  }

  /**
   * Deletes a reservation's personal data once its purpose ended; the booking row stays for the reception list,
   * stamped with when, by whom (null: the sweep) and on which rule — the deletion ledger. Inside the caller's
   * transaction; call `shredKeys` after the commit (ADR 0008). Idempotent: false when another run deleted it first.
   */
  async deletePersonal(actor: Actor | null, booking: Pick<BookingEntity, 'id' | 'programId'>, rule: PersonalDataDeletionRule, m: EntityManager): Promise<boolean> {
    if (!(await this.bookings.stampPersonalDataDeleted(m, booking.id, actor?.userId ?? null, rule))) return false;
    await m.getRepository(BookingPersonalEntity).delete({ bookingId: booking.id });
    await m.getRepository(BookingSearchTokenEntity).delete({ bookingId: booking.id });
    const label = PERSONAL_DATA_DELETION_RULES_JA[rule];
    const event = { action: 'booking.personal_delete', resourceType: 'booking', resourceId: booking.id, programId: booking.programId };
    if (actor) await this.handling.record(actor, { ...event, reason: label }, m);
    else await this.handling.recordAnonymous({ ip: null }, { ...event, reason: handlingReason.sweptDeletion(label) }, m);
    return true;
  }

  async deleteNow(actor: Actor, id: string): Promise<BookingView> {
    const { booking } = await this.bookings.find(actor, id);
    if (booking.personalDataDeletedAt) throw conflict('この予約の個人情報は削除済みです');
    const rule = this.deletionRule(booking);
    if (!rule) throw invalid('訪問が終わり受付票を市に共有するまでは削除できません');
    await this.dataSource.transaction((m) => this.deletePersonal(actor, booking, rule, m));
    await this.shredKeys([booking.id]);
    return this.bookings.get(actor, id);
  }

  /**
   * After the deletion committed: destroys the records' data keys, so no copy of their ciphertext (database file,
   * WAL, dump, binlog, backup) can be read any more, and clears what the database engine keeps of the rows.
   */
  async shredKeys(bookingIds: string[]): Promise<void> {
    for (const id of bookingIds) this.cipher.shred(id);
    if (bookingIds.length) await eraseTraces(this.dataSource);
  }

  /**
   * Keys a crash left behind between the deletion's commit and the shredding, and values written before
   * per-record keys (`v1`), which are re-sealed under their own key so that they too can be shredded. Personal
   * data stored before search existed gets its search hashes.
   */
  async shredLeftovers(): Promise<{ shredded: number; resealed: number; indexed: number }> {
    const deleted = await this.bookings.personalDataDeletedAmong(this.cipher.keyedRecordIds());
    await this.shredKeys(deleted);
    let resealed = 0;
    for (const row of await this.personal.find({ where: { data: Like('v1.%') } })) {
      await this.personal.update({ bookingId: row.bookingId, data: row.data }, { data: this.cipher.reseal(row.bookingId, row.data) });
      resealed++;
    }
    return { shredded: deleted.length, resealed, indexed: await this.indexUnindexed() };
  }

  private async indexUnindexed(): Promise<number> {
    const missing = await this.personal
      .createQueryBuilder('p')
      .where((qb) => `p.booking_id NOT IN ${qb.subQuery().select('t.booking_id').from(BookingSearchTokenEntity, 't').getQuery()}`)
      .getMany();
    if (!missing.length) return 0;
    const programs = new Map((await this.bookings.programsOf(missing.map((p) => p.bookingId))).map((b) => [b.id, b.programId]));
    let indexed = 0;
    for (const row of missing) {
      const programId = programs.get(row.bookingId);
      if (!programId) continue;
      let data: PersonalData;
      try {
        data = this.cipher.open<PersonalData>(row.bookingId, row.data);
      } catch {
        continue; // its key is gone: nothing left to find it by
      }
      await this.dataSource.transaction((m) => this.index(m, { id: row.bookingId, programId }, data));
      indexed++;
    }
    return indexed;
  }

  private deletionRule(b: BookingEntity): PersonalDataDeletionRule | null {
    return personalDataDeletionRule(
      { kind: b.kind, status: b.status, sharedWithCityAt: b.sharedWithCityAt?.toISOString() ?? null, updatedDate: jstDateKey(b.updatedAt) },
      jstDateKey(this.clock.now()),
    );
  }

  /**
   * The sweep: every reservation whose personal data has served its purpose, deleted on its rule. Run at start,
   * hourly, and by a manager on demand (then recorded as theirs). Idempotent. Returns how many it deleted.
   */
  async purgeDue(actor: Actor | null = null, programId?: string): Promise<number> {
    await this.shredLeftovers();
    const deleted: string[] = [];
    for (const b of await this.bookings.closedWithPersonalData(programId)) {
      const rule = this.deletionRule(b);
      if (rule && (await this.dataSource.transaction((m) => this.deletePersonal(actor, b, rule, m)))) deleted.push(b.id);
    }
    await this.shredKeys(deleted);
    return deleted.length;
  }
}
