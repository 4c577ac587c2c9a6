import { randomUUID } from 'node:crypto';
import { applicationSearchTokens, type ApplicationPersonal, HAND_OVER_MAX_DAYS, handOverDeletionDue, handOverFollowUpEnded } from '@outreach/domain/applications';
import { addDays, isWorkingDay, jstDateKey, jstInstant, weekStart } from '@outreach/domain/common';
import { HAND_OVER_FOLLOW_UP_DAYS } from '@outreach/domain/programs';
import { APPLICATION_COUNT_FIELDS, type ApplicationCountField, type ApplicationType } from '@outreach/domain/sessions';
import { type EntityManager, LessThan } from 'typeorm';
import type { RecordCipher } from '../../common/crypto/record-cipher';
import type { SearchHasher } from '../../common/crypto/search-hasher';
import { ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity } from '../../modules/applications/application.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { type DemoHomeBooking, fictionalPeople } from './demo-bookings';

/**
 * The register (申請記録) of a demo program's sessions held before today: every application of each, entered by the
 * staff on the day with a 申請書ID of the national form's 23 digits, its facts following the session's counts field by
 * field (so the daily report and the register agree). A booked home visit's applicants are its booking's people; a
 * booked facility's are the residents of its applicant list (申請者名簿); a session without a booking (a venue, a
 * visit where the program books none, a household added on the day) took its applicants on the day (当日受付) —
 * fictional people in `town`. Personal fields are sealed under each application's own key and searchable by hashed
 * tokens, as the app stores them. The weeks ended before this one were handed over to the city (引渡し), one batch a
 * week, on the first working day after; once a batch's follow-up period ended, the sweep deleted its personal fields
 * the next night (handed_over, in the deletion ledger), as HandOversService.purgeDue does.
 */
export async function seedDemoRegister(
  m: EntityManager,
  program: ProgramEntity,
  cipher: RecordCipher,
  now: Date,
  bookings: readonly DemoHomeBooking[],
  users: { staff: string; manager: string },
  town: string,
  hasher?: SearchHasher,
): Promise<void> {
  const today = jstDateKey(now);
  const followUpDays = program.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS;
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const sessions = await m.getRepository(SessionEntity).find({
    where: { programId: program.id, status: 'held', date: LessThan(today) },
    order: { date: 'ASC', startTime: 'ASC' },
  });
  const thisWeek = weekStart(today, program.weekStartsOn);
  const batches = new Map<string, HandOverBatchEntity>();
  const rows: ApplicationEntity[] = [];
  const tokens: Array<Partial<ApplicationSearchTokenEntity>> = [];
  // 申請書ID go on from the other program's (the demo seeds 下関市's register first): no two alike.
  let serial = await m.getRepository(ApplicationEntity).count();
  let residentsSeen = 0;
  for (const s of sessions) {
    const b = s.bookingId ? byId.get(s.bookingId) : undefined;
    const people = b && !b.facility ? fictionalPeople(b) : peopleOnTheDay(s, residentsSeen, town);
    if (!b || b.facility) residentsSeen += people.length;
    const source = s.bookingId === null ? 'walk_in' : b && !b.facility ? 'booking' : 'applicant_list';
    const week = weekStart(s.date, program.weekStartsOn);
    let batch: HandOverBatchEntity | undefined;
    if (week < thisWeek) {
      batch = batches.get(week);
      if (!batch) {
        let handedOverDate = addDays(week, 7);
        while (!isWorkingDay(handedOverDate, program.workingHours)) handedOverDate = addDays(handedOverDate, 1);
        if (handedOverDate < today) {
          const purged = handOverFollowUpEnded(handedOverDate, followUpDays, today) ? jstInstant(addDays(handOverDeletionDue(handedOverDate, followUpDays), 1), '01:00') : null;
          batch = { id: randomUUID(), programId: program.id, number: 0, fromDate: week, toDate: addDays(week, HAND_OVER_MAX_DAYS - 1), handedOverDate, applicationCount: 0, createdBy: users.manager, personalDataDeletedAt: purged, createdAt: jstInstant(handedOverDate, '11:00'), updatedAt: jstInstant(handedOverDate, '11:00') };
          batches.set(week, batch);
        }
      }
    }
    const exceptions = [
      ...Array<'medical'>(s.photoExceptionsMedical).fill('medical'),
      ...Array<'disability'>(s.photoExceptionsDisability).fill('disability'),
      ...Array<'bedridden'>(s.photoExceptionsBedridden).fill('bedridden'),
      ...Array<'other'>(s.photoExceptionsOther).fill('other'),
    ];
    for (const [j, person] of people.entries()) {
      const id = randomUUID();
      const onSite = j < s.photosTakenOnSite;
      const exception = onSite ? (exceptions[j] ?? null) : null;
      const personal: ApplicationPersonal = {
        applicationFormId: `7${String(++serial).padStart(22, '0')}`,
        name: person.name,
        kana: person.kana,
        dateOfBirth: person.dateOfBirth,
        sex: null,
        address: person.address,
        identityDocuments: person.identityDocuments as ApplicationPersonal['identityDocuments'],
        photoExceptionReason: exception ? '酸素吸入のため座った姿勢を保てない' : null,
      };
      const proxy = j < s.proxyWriting;
      const purged = batch?.personalDataDeletedAt ?? null;
      // Entered after the visit, one after another, in the order of the booking or the list.
      const entered = new Date(jstInstant(s.date, '16:30').getTime() + j * 120_000);
      rows.push({
        id,
        programId: program.id,
        sessionId: s.id,
        date: s.date,
        source,
        bookingId: s.bookingId,
        sourceIndex: s.bookingId === null ? null : j,
        applicationType: person.applicationType,
        photoSource: onSite ? 'taken_on_site' : 'brought',
        photoException: exception,
        proxyWriting: proxy,
        proxyConsentBy: proxy ? 'applicant' : null,
        receiptMethod: j < s.mailToFacility ? 'facility' : 'limited_delivery_mail',
        faceAuthCard: j < s.faceAuthCards,
        handOverBatchId: batch?.id ?? null,
        handedOverDate: batch?.handedOverDate ?? null,
        data: purged ? null : cipher.seal(id, personal),
        personalDataDeletedAt: purged,
        personalDataDeletedBy: null,
        personalDataDeletionRule: purged ? 'handed_over' : null,
        facePhotoAt: null,
        createdBy: users.staff,
        createdAt: entered,
        updatedAt: entered,
      });
      if (batch) batch.applicationCount++;
      if (hasher && !purged) for (const token of new Set(applicationSearchTokens(personal).map((t) => hasher.hash(program.id, t)))) tokens.push({ applicationId: id, programId: program.id, token });
    }
  }
  const numbered = [...batches.values()].filter((x) => x.applicationCount > 0).map((x, i) => ({ ...x, number: i + 1 }));
  if (numbered.length) await m.getRepository(HandOverBatchEntity).insert(numbered);
  for (let i = 0; i < rows.length; i += 200) await m.getRepository(ApplicationEntity).insert(rows.slice(i, i + 200));
  for (let i = 0; i < tokens.length; i += 500) await m.getRepository(ApplicationSearchTokenEntity).insert(tokens.slice(i, i + 500));
}

/**
 * The people a session took applications from without a booking of theirs — a facility's residents as its applicant
 * list (申請者名簿) named them, or those taken on the day: one per application the session counted, their types in the
 * counts' order; names drawn from the demo's fictional ones after the `offset` people of the sessions before; a
 * facility's residents at its address, the others at a fictional one in `town`.
 */
function peopleOnTheDay(s: SessionEntity, offset: number, town: string) {
  const types = (Object.entries(APPLICATION_COUNT_FIELDS) as Array<[ApplicationType, ApplicationCountField]>).flatMap(([type, field]) => Array<ApplicationType>(s[field]).fill(type));
  return fictionalPeople({ index: offset, applicationTypes: types }).map((p, k) => ({
    ...p,
    address: s.serviceKind === 'facility_visit' ? `${town}架空町（${s.place ?? '施設'}）` : `${town}架空町${((offset + k) % 40) + 1}丁目${(k % 9) + 1}番（架空の住所）`,
  }));
}
