import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type ApplicationPersonal,
  type ApplicationView,
  applicationsToHandOver,
  facePhotoEntryName,
  HAND_OVER_MESSAGES,
  type HandOverBatchView,
  handOverDeletionDue,
  handOverFollowUpEnded,
  type HandOverRange,
  type HandOverRow,
  shapeHandOverList,
} from '@outreach/domain/applications';
import { PERSONAL_DATA_DELETION_RULES_JA } from '@outreach/domain/bookings';
import { conflict, forbidden, invalid, jstDateKey, notFound } from '@outreach/domain/common';
import { HAND_OVER_FOLLOW_UP_DAYS } from '@outreach/domain/programs';
import { handlingReason } from '@outreach/domain/handling-records';
import { DataSource, In, IsNull, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { loadJSZip } from '../../common/heavy-modules';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { LeaseService } from '../leases/lease.service';
import { ScheduledJobs } from '../leases/scheduled-jobs';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgramsService } from '../programs/programs.service';
import { workbookBuffer } from '../reports/xlsx-writer';
import { ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity } from './application.entity';
import { ApplicationsService } from './applications.service';

const NOT_FOUND = '引渡しの記録が見つかりません';
/** How often the hand-over purge looks for batches whose follow-up period ended (once per period across instances). */
const PURGE_PERIOD_MS = 3600_000;

/**
 * 引渡し (issue 19 item 3): a day's or a week's applications go to the city as one numbered batch, each application
 * stamped with its batch and date in the same transaction (one batch at most); the download (the Excel list and the face photos in
 * one zip) is for the city and the vendor's manager, each download recorded. After the program's follow-up period the hourly purge deletes the
 * batch's personal fields (the same deletion as at the contract's close), each deletion recorded, then shreds the keys.
 */
@Injectable()
export class HandOversService implements OnModuleInit {
  private readonly logger = new Logger('HandOvers');

  constructor(
    @InjectRepository(HandOverBatchEntity) private readonly batches: Repository<HandOverBatchEntity>,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    private readonly register: ApplicationsService,
    private readonly programs: ProgramsService,
    private readonly handling: HandlingRecordService,
    private readonly cipher: RecordCipher,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly leases: LeaseService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.registerPersonalDataDeletion('hand-over purge', PURGE_PERIOD_MS, () => this.purgeScheduled());
  }

  /** What the handling record names a hand-over by: its number and day. */
  async targetFacts(programId: string, ids: readonly string[]): Promise<Array<Pick<HandOverBatchEntity, 'id' | 'number' | 'handedOverDate'>>> {
    if (!ids.length) return [];
    return this.batches.find({ select: { id: true, number: true, handedOverDate: true }, where: { programId, id: In([...ids]) } });
  }

  /** The program's batches, newest first. */
  async list(program: ProgramEntity): Promise<HandOverBatchView[]> {
    const rows = await this.batches.find({ where: { programId: program.id }, order: { number: 'DESC' } });
    return rows.map((b) => this.toView(b, program));
  }

  /** The applications of [from, to] not yet handed over (the manager's screen), personal fields opened and recorded. */
  async pending(actor: Actor, program: ProgramEntity, range: HandOverRange): Promise<ApplicationView[]> {
    this.mayHandOver(actor, program);
    const rows = await this.candidates(program.id, range);
    return this.register.views(actor, program, rows, true, '引渡し前の確認');
  }

  /** Files the batch of [from, to] (Idempotency-Key at the controller); 422 when nothing is left to hand over. */
  async create(actor: Actor, program: ProgramEntity, range: HandOverRange): Promise<HandOverBatchView> {
    this.mayHandOver(actor, program);
    const id = randomUUID();
    const today = jstDateKey(this.clock.now());
    await this.dataSource.transaction(async (m) => {
      const picked = await this.candidates(program.id, range, m.getRepository(ApplicationEntity));
      if (!picked.length) throw invalid(HAND_OVER_MESSAGES.empty, { from: HAND_OVER_MESSAGES.empty });
      const last = await m.getRepository(HandOverBatchEntity).findOne({ where: { programId: program.id }, order: { number: 'DESC' } });
      const number = (last?.number ?? 0) + 1;
      await m.getRepository(HandOverBatchEntity).insert({
        id,
        programId: program.id,
        number,
        fromDate: range.from,
        toDate: range.to,
        handedOverDate: today,
        applicationCount: picked.length,
        createdBy: actor.userId,
        personalDataDeletedAt: null,
      });
      const done = await m.getRepository(ApplicationEntity).update({ id: In(picked.map((a) => a.id)), handOverBatchId: IsNull() }, { handOverBatchId: id, handedOverDate: today });
      // Another batch took one of them meanwhile: an application is in one batch at most.
      if (done.affected !== picked.length) throw conflict('同時に別の引渡しが作成されました。画面を更新してやり直してください', { from: '同時に別の引渡しが作成されました' });
      await this.handling.record(actor, { action: 'hand_over.create', resourceType: 'hand_over', resourceId: id, programId: program.id, reason: handlingReason.handOver(number, picked.length) }, m);
    });
    return this.toView(await this.batches.findOneByOrFail({ id }), program);
  }

  /**
   * The batch as ONE file for the city: a zip holding the Excel list (申請者一覧, in its agreed form) and each face photo
   * named by 申請書ID (`顔写真/<申請書ID>.jpg`), opened with each application's key; the download recorded. Refused
   * once the personal fields were deleted.
   */
  async download(actor: Actor, program: ProgramEntity, id: string): Promise<{ filename: string; bytes: Buffer }> {
    const batch = await this.batches.findOneBy({ id, programId: program.id });
    if (!batch) throw notFound(NOT_FOUND);
    if (batch.personalDataDeletedAt) throw conflict(HAND_OVER_MESSAGES.deleted, { id: HAND_OVER_MESSAGES.deleted });
    const rows = (await this.applications.find({ where: { handOverBatchId: id }, order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' } })).filter((r) => r.data !== null);
    const listed: Array<HandOverRow & { id: string }> = rows.map((r) => ({
      id: r.id,
      date: r.date,
      source: r.source,
      applicationType: r.applicationType,
      photoSource: r.photoSource,
      photoException: r.photoException,
      proxyWriting: Boolean(r.proxyWriting),
      receiptMethod: r.receiptMethod,
      faceAuthCard: Boolean(r.faceAuthCard),
      personal: this.cipher.open<ApplicationPersonal>(r.id, r.data!),
    }));
    const view = await this.programs.get(actor, program.id);
    const now = this.clock.now();
    const today = jstDateKey(now);
    const spec = shapeHandOverList({
      context: { municipalityName: view.municipalityName ?? '', programTitle: view.title, vendorNames: view.vendorNames, eraStyle: view.eraStyle ?? 'wareki', createdOn: today },
      batch: { number: batch.number, from: batch.fromDate, to: batch.toDate, handedOverDate: batch.handedOverDate },
      rows: listed,
    });
    const stamp = batch.handedOverDate.replaceAll('-', '');
    const JSZip = await loadJSZip();
    const zip = new JSZip();
    zip.file(`申請者一覧_第${batch.number}回_${stamp}.xlsx`, await workbookBuffer(spec, { created: now }), { date: now });
    const photos = await this.register.facePhotosOf(rows);
    const names = new Set<string>();
    for (const a of listed) {
      const photo = photos.get(a.id);
      if (!photo) continue;
      // Two applications with one 申請書ID (a typing error) keep both photos: the second gets a suffix.
      let name = facePhotoEntryName(a.personal.applicationFormId);
      for (let n = 2; names.has(name); n++) name = facePhotoEntryName(`${a.personal.applicationFormId}_${n}`);
      names.add(name);
      zip.file(name, photo, { date: now, compression: 'STORE' });
    }
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
    await this.handling.record(actor, { action: 'hand_over.download', resourceType: 'hand_over', resourceId: id, programId: program.id, reason: `第${batch.number}回 申請者一覧 ${listed.length}件・顔写真 ${names.size}枚` });
    return { filename: `引渡し_第${batch.number}回_${stamp}.zip`, bytes };
  }

  /** The hourly purge on one instance per period (ADR 0007); logs counts only. */
  async purgeScheduled(): Promise<void> {
    await this.leases.oncePerPeriod('application-hand-over-purge', PURGE_PERIOD_MS, async () => {
      const deleted = await this.purgeDue();
      if (deleted) this.logger.log(`hand-over purge: ${deleted} applications' personal data deleted`);
    });
  }

  /**
   * Every batch whose follow-up period ended: its applications' personal fields and search hashes deleted, each an
   * anonymous `application.delete_personal` row with the rule, the batch stamped; then their keys are destroyed.
   * Idempotent. Returns how many applications it deleted.
   */
  async purgeDue(): Promise<number> {
    const now = this.clock.now();
    const today = jstDateKey(now);
    const open = await this.batches.find({ where: { personalDataDeletedAt: IsNull() }, relations: { program: true } });
    const shred: string[] = [];
    for (const batch of open) {
      const days = batch.program?.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS;
      if (!handOverFollowUpEnded(batch.handedOverDate, days, today)) continue;
      await this.dataSource.transaction(async (m) => {
        const stamped = await m.getRepository(HandOverBatchEntity).update({ id: batch.id, personalDataDeletedAt: IsNull() }, { personalDataDeletedAt: now });
        if (!stamped.affected) return;
        const held = await m.getRepository(ApplicationEntity).find({ select: { id: true, facePhotoAt: true }, where: { handOverBatchId: batch.id, personalDataDeletedAt: IsNull() } });
        const reason = handlingReason.handedOverDeletion(PERSONAL_DATA_DELETION_RULES_JA.handed_over, batch.number, days);
        for (const { id, facePhotoAt } of held) {
          const done = await m.getRepository(ApplicationEntity).update({ id, personalDataDeletedAt: IsNull() }, { data: null, personalDataDeletedAt: now, personalDataDeletedBy: null, personalDataDeletionRule: 'handed_over' });
          if (!done.affected) continue;
          await m.getRepository(ApplicationSearchTokenEntity).delete({ applicationId: id });
          await this.handling.recordAnonymous({ ip: null }, { action: 'application.delete_personal', resourceType: 'application', resourceId: id, programId: batch.programId, reason }, m);
          // The photo's file goes with the keys after the commit (shredKeys); its deletion is recorded here, with the fields'.
          if (facePhotoAt) await this.handling.recordAnonymous({ ip: null }, { action: 'application.delete_face_photo', resourceType: 'application', resourceId: id, programId: batch.programId, reason }, m);
          shred.push(id);
        }
      });
    }
    await this.register.shredKeys(shred);
    return shred.length;
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** Only the vendor's people who handle applicants hand them over (they see the personal fields). */
  private mayHandOver(actor: Actor, program: ProgramEntity): void {
    const why = this.register.personalHiddenReason(actor, program);
    if (why) throw forbidden(why);
  }

  private async candidates(programId: string, range: HandOverRange, repo: Repository<ApplicationEntity> = this.applications): Promise<ApplicationEntity[]> {
    const rows = await repo.find({ where: { programId, handOverBatchId: IsNull(), personalDataDeletedAt: IsNull() }, order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    return applicationsToHandOver(
      rows.map((r) => Object.assign(r, { personalDataDeleted: r.personalDataDeletedAt !== null })),
      range,
    );
  }

  private toView(b: HandOverBatchEntity, program: ProgramEntity): HandOverBatchView {
    return {
      id: b.id,
      programId: b.programId,
      number: b.number,
      from: b.fromDate,
      to: b.toDate,
      handedOverDate: b.handedOverDate,
      applicationCount: b.applicationCount,
      createdAt: b.createdAt.toISOString(),
      deletionDue: handOverDeletionDue(b.handedOverDate, program.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS),
      personalDataDeletedAt: b.personalDataDeletedAt?.toISOString() ?? null,
    };
  }
}
