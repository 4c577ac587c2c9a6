import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { personalDataOpen } from '@outreach/domain/auth';
import { type FacilityRequest, PERSONAL_DATA_DELETION_RULES_JA } from '@outreach/domain/bookings';
import { jstDateKey, notFound, notFoundIn } from '@outreach/domain/common';
import type { DailyReportStatus } from '@outreach/domain/daily-reports';
import type { FacilityListRow } from '@outreach/domain/reports';
import {
  currentFacilityBooking,
  DEFAULT_FACILITY_TIMELINE,
  facilityStepsDone,
  type FacilityCreate,
  facilityStage,
  type FacilitySummaryView,
  facilityTimeline,
  type FacilityType,
  facilityTypeOf,
  type FacilityUpdate,
  type FacilityView,
  nextDueStep,
} from '@outreach/domain/facilities';
import { DataSource, type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { eraseTraces } from '../../database/erase';
import { BookingHooks } from '../bookings/booking-hooks';
import { BookingQueries } from '../bookings/booking-queries.service';
import { DailyReportQueries } from '../daily-reports/daily-report-queries.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { SessionHooks } from '../sessions/session-hooks';
import { ApplicantListsService } from './applicant-lists.service';
import { FacilityCoordinationEntity } from './facility-coordination.entity';
import { FacilityEntity } from './facility.entity';

const NOT_FOUND = '施設が見つかりません';
/** A visit day's report this far along says the visit was reported (報告済). */
const REPORTED: DailyReportStatus[] = ['submitted', 'accepted'];

interface Contact {
  contactName: string | null;
  contactPhone: string | null;
}

/**
 * 施設 as a record of the program (issue 18 item 1): kept by the vendor, read by everyone on the program, each with
 * its stage (facilityStage) read from its bookings, their coordination, the applicant list and the visit day's
 * report. The contact person is sealed under the facility's own key; opening it is recorded. Owns `facility`;
 * links a facility request to its facility through the reservations' hook (they write booking.facility_id).
 */
@Injectable()
export class FacilityRecordsService implements OnModuleInit {
  constructor(
    @InjectRepository(FacilityEntity) private readonly facilities: Repository<FacilityEntity>,
    @InjectRepository(FacilityCoordinationEntity) private readonly coordination: Repository<FacilityCoordinationEntity>,
    private readonly bookings: BookingQueries,
    private readonly bookingHooks: BookingHooks,
    private readonly sessionHooks: SessionHooks,
    private readonly reports: DailyReportQueries,
    private readonly applicantLists: ApplicantListsService,
    private readonly handling: HandlingRecordService,
    private readonly cipher: RecordCipher,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.bookingHooks.useFacilityRecords({ resolve: (m, actor, programId, request, facilityId) => this.resolve(m, actor, programId, request, facilityId) });
    this.sessionHooks.useFacilityRecords({ exists: (programId, id) => this.facilities.exists({ where: { programId, id } }) });
  }

  async list(program: ProgramEntity): Promise<FacilitySummaryView[]> {
    const rows = await this.facilities.find({ where: { programId: program.id }, order: { name: 'ASC' } });
    return this.summaries(program.id, rows);
  }

  async get(actor: Actor, program: ProgramEntity, id: string): Promise<FacilityView> {
    const row = await this.find(program.id, id);
    const [summary] = await this.summaries(program.id, [row]);
    const bookings = await this.bookings.ofFacilities(program.id, [id]);
    // The contact person is personal data: shown to whoever may open the program's, each opening recorded.
    const open = personalDataOpen(actor, program) && row.contact !== null;
    if (open) await this.handling.record(actor, { action: 'facility.read_contact', resourceType: 'facility', resourceId: id, programId: program.id });
    const contact: Contact = open ? this.cipher.open<Contact>(id, row.contact!) : { contactName: null, contactPhone: null };
    return {
      ...summary,
      ...contact,
      note: row.note,
      bookings: bookings.map(({ facilityId: _f, ...b }) => b),
      createdAt: row.createdAt.toISOString(),
    };
  }

  async create(actor: Actor, program: ProgramEntity, input: FacilityCreate): Promise<FacilityView> {
    const id = await this.dataSource.transaction((m) => this.insert(m, actor, program.id, input));
    return this.get(actor, program, id);
  }

  /** Saves what changed; the contact person is re-sealed as a whole when either part is sent. */
  async update(actor: Actor, program: ProgramEntity, id: string, input: FacilityUpdate): Promise<FacilityView> {
    const row = await this.find(program.id, id);
    const { contactName, contactPhone, ...facts } = input;
    const changes: Partial<FacilityEntity> = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    if (contactName !== undefined || contactPhone !== undefined) {
      const before: Contact = row.contact ? this.cipher.open<Contact>(id, row.contact) : { contactName: null, contactPhone: null };
      const after: Contact = { contactName: contactName === undefined ? before.contactName : contactName, contactPhone: contactPhone === undefined ? before.contactPhone : contactPhone };
      changes.contact = after.contactName || after.contactPhone ? this.cipher.seal(id, after) : null;
    }
    await this.dataSource.transaction(async (m) => {
      if (Object.keys(changes).length) await m.getRepository(FacilityEntity).update({ id }, changes);
      await this.handling.record(actor, { action: 'facility.update', resourceType: 'facility', resourceId: id, programId: program.id }, m);
    });
    return this.get(actor, program, id);
  }

  /**
   * The contract's closing (個人情報取扱特記事項第10): every facility's contact person of the program is deleted inside
   * the caller's transaction, each deletion recorded (`facility.delete_contact`); returns the facilities whose keys
   * `shredContactKeys` destroys after the commit (ADR 0008, 0012). The facility itself (an organisation's data) stays.
   */
  async deleteContactsWithin(actor: Actor, programId: string, m: EntityManager): Promise<string[]> {
    const repo = m.getRepository(FacilityEntity);
    const held = await repo.find({ select: { id: true }, where: { programId, contact: Not(IsNull()) } });
    for (const { id } of held) {
      const done = await repo.update({ id, contact: Not(IsNull()) }, { contact: null });
      if (done.affected) await this.handling.record(actor, { action: 'facility.delete_contact', resourceType: 'facility', resourceId: id, programId, reason: PERSONAL_DATA_DELETION_RULES_JA.contract_closed }, m);
    }
    // Every facility's key goes, also one whose contact was emptied earlier (a copy may sit in a backup).
    return (await repo.find({ select: { id: true }, where: { programId } })).map((f) => f.id);
  }

  /** After the commit: destroys the facilities' keys, so no copy of their contact (dump, binlog, backup) can be read. */
  async shredContactKeys(facilityIds: string[]): Promise<void> {
    for (const id of facilityIds) this.cipher.shred(id);
    if (facilityIds.length) await eraseTraces(this.dataSource);
  }

  /** The facilities' names (the handling record's targets): a facility is an institution, its name not personal. */
  async names(programId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.facilities.find({ select: { id: true, name: true }, where: { programId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The program's facilities with their stage, current booking and coordination, for the 施設一覧 workbook. */
  async listRows(programId: string): Promise<FacilityListRow[]> {
    const rows = await this.facilities.find({ where: { programId }, order: { name: 'ASC' } });
    const summaries = await this.summaries(programId, rows);
    const bookings = await this.bookings.ofFacilities(programId);
    const current = summaries.map((f) => currentFacilityBooking(bookings.filter((b) => b.facilityId === f.id)));
    const ids = current.flatMap((b) => (b ? [b.id] : []));
    const coordination = new Map((ids.length ? await this.coordination.findBy({ bookingId: In(ids) }) : []).map((c) => [c.bookingId, c]));
    const lists = await this.applicantLists.listStateOf(ids);
    return summaries.map((f, i) => {
      const b = current[i];
      const c = b ? coordination.get(b.id) : undefined;
      const list = b ? lists.get(b.id) : undefined;
      return {
        name: f.name,
        type: f.type,
        district: f.district,
        stage: f.stage,
        receivedDate: b?.receivedDate ?? null,
        visitDate: b?.visitDate ?? null,
        done: facilityStepsDone(c, b),
        expectedApplicants: b?.plannedApplications ?? f.expectedResidents,
        listedApplicants: list?.committedAt ? list.rows : null,
      };
    });
  }

  private async find(programId: string, id: string): Promise<FacilityEntity> {
    const row = await this.facilities.findOne({ where: { id, programId } });
    if (!row) throw notFound(NOT_FOUND);
    return row;
  }

  private async insert(m: EntityManager, actor: Actor, programId: string, input: FacilityCreate): Promise<string> {
    const id = randomUUID();
    const contact = input.contactName || input.contactPhone ? this.cipher.seal(id, { contactName: input.contactName, contactPhone: input.contactPhone } satisfies Contact) : null;
    await m.getRepository(FacilityEntity).insert({
      id,
      programId,
      name: input.name,
      type: input.type,
      address: input.address,
      district: input.district,
      contact,
      expectedResidents: input.expectedResidents,
      note: input.note,
      createdBy: actor.userId,
    });
    await this.handling.record(actor, { action: 'facility.create', resourceType: 'facility', resourceId: id, programId }, m);
    return id;
  }

  /** A facility request's facility: the one chosen (the program's, else 404), or one made from the request. */
  private async resolve(m: EntityManager, actor: Actor, programId: string, request: FacilityRequest, facilityId: string | undefined): Promise<{ id: string; name: string }> {
    if (facilityId) {
      const found = await m.getRepository(FacilityEntity).findOne({ select: { id: true, name: true }, where: { id: facilityId, programId } });
      if (!found) throw notFoundIn('facilityId', NOT_FOUND);
      return found;
    }
    const input: FacilityCreate = {
      name: request.facilityName,
      type: facilityTypeOf(request.facilityType),
      address: request.address,
      district: request.district,
      contactName: request.contactName,
      contactPhone: request.phone,
      expectedResidents: request.estimatedApplicants,
      note: null,
    };
    return { id: await this.insert(m, actor, programId, input), name: input.name };
  }

  private async summaries(programId: string, rows: FacilityEntity[]): Promise<FacilitySummaryView[]> {
    if (rows.length === 0) return [];
    const bookings = await this.bookings.ofFacilities(programId, rows.map((r) => r.id));
    const current = new Map(rows.map((r) => [r.id, currentFacilityBooking(bookings.filter((b) => b.facilityId === r.id))]));
    const bookingIds = [...current.values()].flatMap((b) => (b ? [b.id] : []));
    const coordination = new Map((bookingIds.length ? await this.coordination.findBy({ bookingId: In(bookingIds) }) : []).map((c) => [c.bookingId, c]));
    const lists = await this.applicantLists.listStateOf(bookingIds);
    const reportedDays = new Set((await this.reports.inStatus(programId, REPORTED)).map((r) => r.date));
    const today = jstDateKey(this.clock.now());
    return rows.map((r) => {
      const b = current.get(r.id) ?? null;
      const c = b ? (coordination.get(b.id) ?? null) : null;
      const started = !!c && (Object.keys(c.items).length > 0 || !!c.procedure || !!c.noticeDoneOn || !!c.preMeetingDoneOn || !!c.applicantListDoneOn);
      const stage = facilityStage({
        bookingStatus: b?.status ?? null,
        coordinationStarted: started,
        // The list committed (申請者名簿), or its step marked done on the coordination (a list that came on paper).
        applicantListReceived: (!!b && !!lists.get(b.id)?.committedAt) || !!c?.applicantListDoneOn,
        reported: !!b?.visitDate && reportedDays.has(b.visitDate),
      });
      const timeline = b && b.status === 'confirmed' && b.visitDate ? facilityTimeline(b.visitDate, b.receivedDate, facilityStepsDone(c, b), today, DEFAULT_FACILITY_TIMELINE) : null;
      return {
        id: r.id,
        programId: r.programId,
        name: r.name,
        type: r.type as FacilityType,
        address: r.address,
        district: r.district,
        expectedResidents: r.expectedResidents,
        stage,
        visitDate: b?.visitDate ?? null,
        bookingId: b?.id ?? null,
        nextStep: nextDueStep(timeline),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
}
