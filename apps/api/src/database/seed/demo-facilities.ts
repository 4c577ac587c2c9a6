import { randomUUID } from 'node:crypto';
import { type ExistingBooking, facilityPositions, findSlots } from '@outreach/domain/bookings';
import { addDays, jstDateKey, jstInstant, lastWorkingDayUntil, monthKey, weekStart } from '@outreach/domain/common';
import { type ApplicantRow, type FacilityType, normalizeApplicantKana } from '@outreach/domain/facilities';
import { applicationsTotal, type ApplicationType } from '@outreach/domain/sessions';
import { In, type EntityManager } from 'typeorm';
import type { RecordCipher } from '../../common/crypto/record-cipher';
import { BookingPersonalEntity } from '../../modules/booking-personal/booking-personal.entity';
import { BookingEntity, BookingSlotEntity, ReceptionCounterEntity } from '../../modules/bookings/booking.entity';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from '../../modules/facilities/facility-applicant-list.entity';
import { FacilityCoordinationEntity } from '../../modules/facilities/facility-coordination.entity';
import { FacilityEntity } from '../../modules/facilities/facility.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { VisitDayEntity } from '../../modules/programs/visit-day.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { zeroCounts } from '../../modules/sessions/session.mapper';
import { fictionalPeople, OTARU_TRAVEL } from './demo-bookings';

interface DemoFacility {
  name: string;
  type: FacilityType;
  district: string;
  residents: number;
}

/**
 * The facilities the Otaru demo visits on its facility days, one each in turn (their sessions are seeded with these
 * names as the place), with the applications taken there: fewer than the residents — the facility applications are
 * the demo's target at risk. Then a small group home, booked into a home slot (≤ smallFacilityMax applicants).
 */
export const DEMO_VISITED_FACILITIES: ReadonlyArray<DemoFacility & { applications: number }> = [
  { name: '特別養護老人ホーム みなと園（架空）', type: 'special_nursing_home', district: '中央地区', residents: 14, applications: 9 },
  { name: 'グループホーム しおかぜ（架空）', type: 'group_home', district: '北部地区', residents: 8, applications: 6 },
  { name: '介護老人保健施設 あさり（架空）', type: 'geriatric_health', district: '朝里地区', residents: 12, applications: 8 },
  { name: '特別養護老人ホーム いろない（架空）', type: 'special_nursing_home', district: '中央地区', residents: 11, applications: 7 },
  { name: '障害者支援施設 かつない（架空）', type: 'disability', district: '南小樽地区', residents: 9, applications: 6 },
  { name: '介護老人保健施設 ほしおき（架空）', type: 'geriatric_health', district: '塩谷地区', residents: 10, applications: 7 },
];
export const DEMO_SMALL_FACILITY: DemoFacility = { name: 'グループホーム こはる（架空）', type: 'group_home', district: '中央地区', residents: 4 };
const HELD: Record<string, DemoFacility> = Object.fromEntries([...DEMO_VISITED_FACILITIES, DEMO_SMALL_FACILITY].map((f) => [f.name, f]));
/** Facilities still ahead, one per stage before the visit (the first recorded ahead of any request: 未依頼). */
const AHEAD: Array<DemoFacility & { stage: 'registered' | 'requested' | 'confirmed' | 'coordinating' | 'list_received' }> = [
  { name: '介護老人保健施設 おたもい（架空）', type: 'geriatric_health', district: '北部地区', residents: 7, stage: 'registered' },
  { name: '障害者支援施設 てみや（架空）', type: 'disability', district: '南小樽地区', residents: 6, stage: 'requested' },
  { name: '小樽架空病院 療養病棟', type: 'hospital', district: '中央地区', residents: 10, stage: 'confirmed' },
  { name: 'グループホーム ぜにばこ（架空）', type: 'group_home', district: '銭函地区', residents: 9, stage: 'coordinating' },
  { name: '特別養護老人ホーム しおや（架空）', type: 'special_nursing_home', district: '塩谷地区', residents: 16, stage: 'list_received' },
];

/**
 * 施設 of the Otaru demo (issue 18): a facility in every stage — the facilities whose visits were held (訪問済, and
 * 報告済 where the visit day's report reached the city) linked to their sessions, and five ahead: one recorded
 * before any request (未依頼), a request (依頼受付),
 * a confirmed date (日程確定), coordination under way (調整中) and the applicant list in (名簿受領). Contact persons
 * are fictional and sealed like any personal data.
 */
export async function seedDemoFacilities(m: EntityManager, program: ProgramEntity, cipher: RecordCipher, now: Date, createdBy: string): Promise<void> {
  const today = jstDateKey(now);
  // Every step of the desk's and the coordinators' work fell on a day they worked (a request received "yesterday"
  // on a Monday was received on Friday).
  const workday = (date: string) => lastWorkingDayUntil(date, program.workingHours);
  const counter = await m.getRepository(ReceptionCounterEntity).findOneByOrFail({ programId: program.id });
  let number = counter.nextNumber - 1;
  const facility = async (f: DemoFacility, i: number) => {
    const id = randomUUID();
    const contact = { contactName: `架空 相談員${i + 1}`, contactPhone: `0134-00-${String(1000 + i).padStart(4, '0')}` };
    await m.getRepository(FacilityEntity).insert({ id, programId: program.id, name: f.name, type: f.type, address: `北海道小樽市架空町${10 + i}番（架空の住所）`, district: f.district, contact: cipher.seal(id, contact), expectedResidents: f.residents, note: null, createdBy });
    return { id, contact };
  };
  const booking = async (f: DemoFacility, facilityId: string, contact: { contactName: string; contactPhone: string }, v: Partial<BookingEntity>) => {
    const id = randomUUID();
    number++;
    const receivedAt = v.receivedAt ?? jstInstant(workday(addDays(today, -20)), '11:00');
    await m.getRepository(BookingEntity).insert({
      id, programId: program.id, receptionNumber: number, kind: 'facility', status: 'tentative', receivedAt, receivedDate: jstDateKey(receivedAt), visitDate: null, half: null, positions: [],
      district: f.district, applicants: f.residents, plannedApplications: f.residents, callerRelation: null, applicationTypes: [], guidanceGiven: [], callId: null, sessionId: null, facilityId,
      overrideReason: null, cancelReason: null, sharedWithCityAt: null, visitFinishedDate: null, personalDataDeletedAt: null, ...v,
    });
    if (v.personalDataDeletedAt) return id; // a visit done: its request's personal data was deleted (facility_visited)
    const request = { facilityName: f.name, facilityType: f.type, address: `北海道小樽市架空町（架空の住所）`, phone: contact.contactPhone, contactName: contact.contactName };
    await m.getRepository(BookingPersonalEntity).insert({ bookingId: id, data: cipher.seal(id, { type: 'facility', request }) });
    return id;
  };

  // The held visits: every session at a seeded facility names its record, and each came from a request received with
  // the lead time before it (the small one's request is on the home calendar already). The personal data of a request
  // went once its visit was done (facility_visited, by the sweep).
  const held = await m.getRepository(SessionEntity).find({ where: { programId: program.id, status: 'held', serviceKind: 'facility_visit', place: In(Object.keys(HELD)) }, order: { date: 'ASC' } });
  const rules = program.bookingRules;
  let i = 0;
  for (const f of Object.values(HELD)) {
    const sessions = held.filter((s) => s.place === f.name);
    if (sessions.length === 0) continue;
    const { id, contact } = await facility(f, i++);
    await m.getRepository(SessionEntity).update({ id: In(sessions.map((s) => s.id)) }, { facilityId: id });
    for (const visit of sessions) {
      if (visit.bookingId) {
        await m.getRepository(BookingEntity).update({ id: visit.bookingId }, { facilityId: id });
        // Booked at short notice: its steps followed the request — the notice the next working day, the list in two
        // days before the visit and shared the day before (the coordination's step); the sweep deleted it with the request.
        const { receivedDate } = await m.getRepository(BookingEntity).findOneByOrFail({ id: visit.bookingId });
        const [notice, listIn, shared] = [addDays(receivedDate, 1), addDays(visit.date, -2), addDays(visit.date, -1)].map((d) => (d > receivedDate ? workday(d) : receivedDate));
        const deletedAt = jstInstant(visit.date, '18:00');
        await m.getRepository(FacilityApplicantListEntity).insert({
          bookingId: visit.bookingId, programId: program.id, keyId: randomUUID(), rowCount: applicationsTotal(visit), committedAt: jstInstant(listIn, '10:00'), committedBy: createdBy,
          sharedAt: jstInstant(shared, '15:00'), sharedBy: createdBy, deletedAt: deletedAt < now ? deletedAt : now, deletedBy: null, deletionRule: 'visited',
        });
        await m.getRepository(FacilityCoordinationEntity).insert({
          bookingId: visit.bookingId, programId: program.id, procedure: 'one_by_one', items: { guidance_documents: { state: 'done', date: notice, note: null }, procedure: { state: 'done', date: notice, note: null } },
          noticeDoneOn: notice, preMeetingDoneOn: notice, applicantListDoneOn: shared, updatedBy: createdBy,
        });
        continue;
      }
      const lead = f.residents > rules.smallFacilityMax ? rules.leadDaysLargeFacility : rules.leadDaysHome;
      const receivedAt = jstInstant(workday(addDays(visit.date, -lead - 10)), '10:00');
      const deletedAt = jstInstant(visit.date, '18:00');
      const positions = facilityPositions(rules, 'am');
      const bookingId = await booking(f, id, contact, {
        status: 'visited', receivedAt, visitDate: visit.date, half: 'am', positions, sessionId: visit.id, visitFinishedDate: visit.date,
        personalDataDeletedAt: deletedAt < now ? deletedAt : now, personalDataDeletedBy: null, personalDataDeletionRule: 'facility_visited',
      });
      await m.getRepository(BookingSlotEntity).insert(positions.map((p) => ({ id: randomUUID(), programId: program.id, slotKey: `${visit.date}:${p}`, bookingId })));
      // Its applicant list (申請者名簿): in from the facility ten days before, shared with the city the week before (the
      // coordination's step below), its rows deleted by the sweep once the visit was done, with the request's data.
      await m.getRepository(FacilityApplicantListEntity).insert({
        bookingId, programId: program.id, keyId: randomUUID(), rowCount: applicationsTotal(visit), committedAt: jstInstant(workday(addDays(visit.date, -10)), '10:00'), committedBy: createdBy,
        sharedAt: jstInstant(workday(addDays(visit.date, -7)), '15:00'), sharedBy: createdBy, deletedAt: deletedAt < now ? deletedAt : now, deletedBy: null, deletionRule: 'visited',
      });
      await m.getRepository(SessionEntity).update({ id: visit.id }, { bookingId, unbookedReason: null, unbookedReasonText: null });
      await m.getRepository(FacilityCoordinationEntity).insert({
        bookingId, programId: program.id, procedure: 'one_by_one', items: { guidance_documents: { state: 'done', date: workday(addDays(visit.date, -30)), note: null }, procedure: { state: 'done', date: workday(addDays(visit.date, -20)), note: null } },
        noticeDoneOn: workday(addDays(visit.date, -30)), preMeetingDoneOn: workday(addDays(visit.date, -20)), applicantListDoneOn: workday(addDays(visit.date, -7)), updatedBy: createdBy,
      });
    }
  }

  // The facilities ahead: dates from the slot engine among the program's visit days after today (none once the period is over).
  const visitDays = (await m.getRepository(VisitDayEntity).find({ where: { programId: program.id } })).map((d) => ({ date: d.date, kind: d.kind as 'home_visit' | 'facility_visit' }));
  const taken: ExistingBooking[] = (await m.getRepository(BookingEntity).find({ where: { programId: program.id, status: In(['tentative', 'confirmed']) } }))
    .filter((b) => b.visitDate)
    .map((b) => ({ id: b.id, date: b.visitDate!, positions: b.positions as ExistingBooking['positions'], kind: b.kind as 'home' | 'facility', district: b.district, plannedApplications: b.plannedApplications }));
  for (const f of AHEAD) {
    const { id, contact } = await facility(f, i++);
    if (f.stage === 'registered') continue;
    if (f.stage === 'requested') {
      await booking(f, id, contact, { receivedAt: jstInstant(workday(addDays(today, -1)), '14:30') });
      continue;
    }
    // The lead time counted from a request received long ago: the confirmed dates lie after today.
    // Three weeks ahead or later where the period allows (the days soon after today stay free), else the latest left.
    const ahead = findSlots({ rules: program.bookingRules, workingHours: program.workingHours, visitDays, bookings: taken, preMeetings: [], travel: OTARU_TRAVEL, today: addDays(today, -60), request: { kind: 'facility', plannedApplications: f.residents, district: f.district, wishes: {} }, limit: 200 }).offers.filter((o) => o.date > today);
    const offer = ahead.find((o) => o.date >= addDays(today, 21)) ?? ahead[ahead.length - 1];
    const bookingId = await booking(f, id, contact, { status: 'confirmed', receivedAt: jstInstant(workday(addDays(today, -25)), '09:40'), visitDate: offer?.date ?? null, half: offer?.half ?? null, positions: offer?.positions ?? [] });
    if (offer) {
      taken.push({ id: bookingId, date: offer.date, positions: offer.positions, kind: 'facility', district: f.district, plannedApplications: f.residents });
      await m.getRepository(BookingSlotEntity).insert(offer.positions.map((p) => ({ id: randomUUID(), programId: program.id, slotKey: `${offer.date}:${p}`, bookingId })));
      // Placing a request plans its visit, as the desk's confirmation does: the session names the booking and the booking its session.
      const sessionId = randomUUID();
      await m.getRepository(SessionEntity).insert({
        id: sessionId, programId: program.id, bookingId, facilityId: id, date: offer.date, weekStart: weekStart(offer.date, program.weekStartsOn), month: monthKey(offer.date), serviceKind: 'facility_visit', place: f.name,
        method: program.methods.facility_visit ?? 'on_site_acceptance', startTime: null, endTime: null, staffUserIds: [], cityStaffPresent: false, status: 'planned', cancelReason: null, offDayReason: null,
        unbookedReason: null, unbookedReasonText: null, ...zeroCounts(),
      });
      await m.getRepository(BookingEntity).update({ id: bookingId }, { sessionId });
    }
    if (f.stage === 'coordinating' || f.stage === 'list_received') {
      await m.getRepository(FacilityCoordinationEntity).insert({
        bookingId, programId: program.id, procedure: 'photos_first', items: { guidance_documents: { state: 'done', date: workday(addDays(today, -3)), note: null }, photo_spot: { state: 'in_progress', date: null, note: null } },
        noticeDoneOn: workday(addDays(today, -3)), preMeetingDoneOn: f.stage === 'list_received' ? workday(addDays(today, -1)) : null, applicantListDoneOn: null, updatedBy: createdBy,
      });
    }
    // 名簿受領: the facility's list is in (its residents who apply, fictional, sealed under the list's key); it goes to
    // the city from a week before the visit (the coordination's step 「申請者リストの市への提出」 is that share).
    if (f.stage === 'list_received') await seedApplicantList(m, program.id, bookingId, f, cipher, jstInstant(workday(addDays(today, -1)), '14:00'), createdBy);
  }
  await m.getRepository(ReceptionCounterEntity).update({ programId: program.id }, { nextNumber: number + 1 });
}

/** A facility's applicant list as the import commits it: one row per resident who applies, sealed under the list's key. */
async function seedApplicantList(m: EntityManager, programId: string, bookingId: string, f: DemoFacility, cipher: RecordCipher, committedAt: Date, committedBy: string): Promise<void> {
  const keyId = randomUUID();
  const types: ApplicationType[] = Array.from({ length: f.residents }, (_, i) => (i % 4 === 3 ? 'renewal' : 'new'));
  const rows: ApplicantRow[] = fictionalPeople({ index: 200, applicationTypes: types }).map((p, i) => ({
    row: i + 2,
    no: i + 1,
    name: p.name,
    kana: normalizeApplicantKana(p.kana),
    dateOfBirth: p.dateOfBirth,
    gender: null,
    address: `北海道小樽市架空町（${f.name}）`,
    applicationType: p.applicationType,
    identityDocuments: p.applicationType === 'renewal' ? 'old_card' : 'b_two',
    proxyWritingNeeded: i % 3 === 0,
    photoExceptionReason: i % 5 === 4 ? '寝たきりのためベッド上で撮影' : null,
    faceAuthCardWanted: false,
    cardDelivery: 'facility',
    note: null,
  }));
  await m.getRepository(FacilityApplicantListEntity).insert({ bookingId, programId, keyId, rowCount: rows.length, committedAt, committedBy, sharedAt: null, sharedBy: null, deletedAt: null, deletedBy: null, deletionRule: null });
  await m.getRepository(FacilityApplicantEntity).insert(rows.map((row, position) => ({ bookingId, position, data: cipher.seal(keyId, row) })));
}
