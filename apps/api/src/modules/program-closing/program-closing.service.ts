import { Injectable } from '@nestjs/common';
import { BOOKING_STATUS_LABELS_JA, type BookingStatus } from '@outreach/domain/bookings';
import { conflict, type DateKey, formatJapaneseDate, invalid, jstDateKey, notFoundIn } from '@outreach/domain/common';
import { type ClosingChecklist, type ClosingItem, closeProgramProblem, closingNotYetProblem } from '@outreach/domain/program-closing';
import type { CertificateRow } from '@outreach/domain/reports';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import { BookingSharesService } from '../booking-shares/booking-shares.service';
import { BookingsService } from '../bookings/bookings.service';
import { ApplicationsService } from '../applications/applications.service';
import { CallBacksService } from '../call-backs/call-backs.service';
import { ApplicantListsService } from '../facilities/applicant-lists.service';
import { FacilityRecordsService } from '../facilities/facility-records.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ProgramsService } from '../programs/programs.service';
import { UserAccountsService } from '../users/user-accounts.service';

/**
 * Closing a contract (個人情報取扱特記事項 §10): the checklist of every record still holding personal data, their
 * deletion or handover (through a handover file, BookingSharesService), the closing itself and the data of the
 * certificate of deletion. Deletions go through the owners of the personal data (BookingPersonalService, ApplicantListsService for facilities' applicant lists, FacilityRecordsService for their contact persons, ApplicationsService for the applicant register, CallBacksService for open call-backs), each recorded.
 */
@Injectable()
export class ProgramClosingService {
  constructor(
    private readonly bookings: BookingsService,
    private readonly personal: BookingPersonalService,
    private readonly shares: BookingSharesService,
    private readonly applicantLists: ApplicantListsService,
    private readonly facilities: FacilityRecordsService,
    private readonly applications: ApplicationsService,
    private readonly callBacks: CallBacksService,
    private readonly programs: ProgramsService,
    private readonly users: UserAccountsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): DateKey {
    return jstDateKey(this.clock.now());
  }

  private state(program: ProgramEntity) {
    return { periodEnd: program.periodEnd, closedAt: program.closedAt?.toISOString() ?? null };
  }

  async checklist(program: ProgramEntity): Promise<ClosingChecklist> {
    const facts = await this.bookings.facts(program.id);
    const pending = await this.shares.pendingHandover(program.id);
    const items: ClosingItem[] = facts
      .filter((b) => b.personalDataDeletedAt === null)
      .map((b) => ({
        kind: 'booking',
        id: b.id,
        label: `受付番号${b.receptionNumber}（${b.kind === 'facility' ? '施設' : '個人宅'}・${b.visitDate ? `${formatJapaneseDate(b.visitDate)}訪問` : '訪問日未定'}・${BOOKING_STATUS_LABELS_JA[b.status as BookingStatus] ?? b.status}）`,
        actions: pending.has(b.id) ? [] : ['delete', 'hand_over'],
        inHandoverFile: pending.has(b.id),
      }));
    // A facility's applicant list whose booking no longer holds personal data of its own (the booking's own item,
    // when there is one, deletes its list with it).
    const listed = new Set(items.map((i) => i.id));
    const numbers = new Map(facts.map((b) => [b.id, b.receptionNumber]));
    for (const l of await this.applicantLists.undeletedOf(program.id)) {
      if (!listed.has(l.bookingId)) items.push({ kind: 'applicant_list', id: l.bookingId, label: `申請者名簿（受付番号${numbers.get(l.bookingId) ?? '—'}・${l.rowCount}人）`, actions: ['delete'] });
    }
    for (const f of await this.shares.openFiles(program.id)) {
      items.push({ kind: 'share_file', id: f.id, label: `受付票ファイル（${f.purposeLabel}・受付番号${f.receptionNumbers.join('、')}）${f.statusLabel}`, actions: [] });
    }
    const gone = facts.filter((b) => b.personalDataDeletedAt !== null);
    return {
      ...this.state(program),
      notYet: closingNotYetProblem(this.state(program), this.today(), program.eraStyle),
      items,
      closeProblem: closeProgramProblem(this.state(program), this.today(), items, program.eraStyle),
      deleted: gone.filter((b) => b.personalDataDeletionRule !== 'handed_over').length,
      handedOver: gone.filter((b) => b.personalDataDeletionRule === 'handed_over').length,
    };
  }

  /** Deletes the personal data of the chosen reservations on the rule of the contract's end, each recorded. */
  async deleteRecords(actor: Actor, program: ProgramEntity, ids: string[]): Promise<ClosingChecklist> {
    const notYet = closingNotYetProblem(this.state(program), this.today(), program.eraStyle);
    if (notYet) throw invalid(notYet);
    const facts = await this.bookings.facts(program.id, [...new Set(ids)]);
    if (facts.length !== new Set(ids).size) throw notFoundIn('bookingIds', '予約が見つかりません');
    const pending = await this.shares.pendingHandover(program.id);
    const inFile = facts.filter((b) => pending.has(b.id));
    if (inFile.length) throw conflict('引渡しファイルに入っている受付は、ファイルを差し戻してから削除してください', { bookingIds: `引渡し準備中: 受付番号${inFile.map((b) => b.receptionNumber).join('、')}` });
    const deleted: string[] = [];
    let listKeys: string[] = [];
    await this.dataSource.transaction(async (m) => {
      for (const b of facts) if (b.personalDataDeletedAt === null && (await this.personal.deletePersonal(actor, b, 'contract_closed', m))) deleted.push(b.id);
      listKeys = await this.applicantLists.deleteWithin(actor, program.id, facts.map((b) => b.id), 'contract_closed', m);
    });
    await this.personal.shredKeys(deleted);
    await this.applicantLists.shredKeys(listKeys);
    return this.checklist(program);
  }

  /**
   * Closes the program once nothing holds personal data any more; in the same transaction the facilities' contact
   * persons, the applications' personal fields and the callers of call-backs still open are deleted (each recorded),
   * and after it their keys and the program's search key are destroyed.
   */
  async close(actor: Actor, program: ProgramEntity): Promise<ClosingChecklist> {
    const list = await this.checklist(program);
    if (list.closeProblem) throw conflict(list.closeProblem);
    let facilityKeys: string[] = [];
    let applicationKeys: string[] = [];
    let callBackKeys: string[] = [];
    await this.dataSource.transaction(async (m) => {
      await this.programs.markClosed(actor, program.id, m);
      facilityKeys = await this.facilities.deleteContactsWithin(actor, program.id, m);
      applicationKeys = await this.applications.deletePersonalWithin(actor, program.id, m, this.clock.now());
      callBackKeys = await this.callBacks.deletePersonalWithin(actor, program.id, m);
    });
    await this.facilities.shredContactKeys(facilityKeys);
    await this.applications.shredKeys(applicationKeys);
    await this.callBacks.shredKeys(callBackKeys);
    this.personal.shredSearchKey(program.id);
    program.closedAt = this.clock.now();
    return this.checklist(program);
  }

  /** The rows of the certificate of deletion: every reservation whose personal data was deleted, with who did it. */
  async certificate(program: ProgramEntity): Promise<{ rows: CertificateRow[]; remaining: number }> {
    const ledger = await this.bookings.deletionLedger(program);
    const names = await this.users.names(ledger.flatMap((r) => (r.deletedBy ? [r.deletedBy] : [])));
    const rows = ledger
      .map((r) => ({ receptionNumber: r.receptionNumber, kind: r.kind, visitDate: r.visitDate, deletedAt: r.deletedAt, rule: r.rule, deletedByName: r.deletedBy ? (names.get(r.deletedBy) ?? '担当者') : null }))
      .sort((a, b) => a.receptionNumber - b.receptionNumber);
    const remaining = (await this.checklist(program)).items.length;
    return { rows, remaining };
  }
}
