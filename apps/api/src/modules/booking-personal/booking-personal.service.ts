import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { personalDataOpen } from '@outreach/domain/auth';
import {
  type BookingPersonalView,
  type BookingView,
  bookingGuidanceChecklist,
  identityDocumentsSufficient,
  PERSONAL_DATA_DELETION_RULES_JA,
  type PersonalDataDeletionRule,
  personalDataDeletionRule,
} from '@outreach/domain/bookings';
import { conflict, forbidden, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import type { ApplicationType } from '@outreach/domain/sessions';
import { DataSource, type EntityManager, In, Like, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { eraseTraces } from '../../database/erase';
import { BookingHooks, type PersonalData } from '../bookings/booking-hooks';
import type { BookingEntity } from '../bookings/booking.entity';
import { toBookingView } from '../bookings/booking.mapper';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { LeaseService } from '../leases/lease.service';
import { ScheduledJobs } from '../leases/scheduled-jobs';
import { BookingPersonalEntity } from './booking-personal.entity';

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
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
    private readonly leases: LeaseService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.bookingHooks.usePersonalData({
      store: async (m, bookingId, data) => {
        await m.getRepository(BookingPersonalEntity).insert({ bookingId, data: this.cipher.seal(bookingId, data) });
      },
      facilityName: async (bookingId) => {
        const data = await this.open(bookingId);
        return data?.type === 'facility' ? data.request.facilityName : null;
      },
    });
    // Personal data whose purpose has ended is deleted at start (a restart never postpones a deletion) and then hourly.
    if (this.env.PERSONAL_DATA_SWEEP !== 'off') this.jobs.register('personal-data sweep', PURGE_PERIOD_MS, () => this.purgeScheduled());
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
    const vendorMay = actor.permissions.has('reservation.read_personal') && actor.organizationKind === 'vendor';
    const cityMay = actor.organizationKind === 'city' && (actor.permissions.has('reservation.read_personal') || actor.permissions.has('reservation.read_shared')) && booking.sharedWithCityAt !== null;
    if (!vendorMay && !cityMay) throw forbidden(actor.organizationKind === 'city' ? 'この受付票はまだ市に共有されていません' : '個人情報を閲覧する権限がありません');
    if (!personalDataOpen(actor, program)) throw forbidden('この事業の個人情報を見るには二要素認証が必要です。プロフィールから設定してください');
    const data = await this.open(id);
    if (!data) throw notFound('この予約の個人情報は削除済みです');
    await this.handling.record(actor, { action: 'booking.read_personal', resourceType: 'booking', resourceId: id, programId: program.id });
    const guidance = bookingGuidanceChecklist(booking.applicationTypes as ApplicationType[], program, booking.kind as 'home' | 'facility').map((g) => ({ ...g, given: booking.guidanceGiven.includes(g.id) }));
    const identity =
      data.type === 'home' ? data.intake.applicants.map((a) => identityDocumentsSufficient(a.identityDocuments, a.applicationType)) : [];
    return { booking: toBookingView(booking), ...data, guidance, identity };
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
    const label = PERSONAL_DATA_DELETION_RULES_JA[rule];
    const event = { action: 'booking.personal_delete', resourceType: 'booking', resourceId: booking.id, programId: booking.programId };
    if (actor) await this.handling.record(actor, { ...event, reason: label }, m);
    else await this.handling.recordAnonymous({ ip: null }, { ...event, reason: `利用目的の終了による自動削除（${label}）` }, m);
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
   * per-record keys (`v1`), which are re-sealed under their own key so that they too can be shredded.
   */
  async shredLeftovers(): Promise<{ shredded: number; resealed: number }> {
    const deleted = await this.bookings.personalDataDeletedAmong(this.cipher.keyedRecordIds());
    await this.shredKeys(deleted);
    let resealed = 0;
    for (const row of await this.personal.find({ where: { data: Like('v1.%') } })) {
      await this.personal.update({ bookingId: row.bookingId, data: row.data }, { data: this.cipher.reseal(row.bookingId, row.data) });
      resealed++;
    }
    return { shredded: deleted.length, resealed };
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
