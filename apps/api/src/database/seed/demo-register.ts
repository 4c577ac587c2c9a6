import { randomUUID } from 'node:crypto';
import { applicationSearchTokens, type ApplicationPersonal, HAND_OVER_MAX_DAYS } from '@outreach/domain/applications';
import { addDays, isWorkingDay, jstDateKey, jstInstant, weekStart } from '@outreach/domain/common';
import { Between, type EntityManager, IsNull, Not } from 'typeorm';
import type { RecordCipher } from '../../common/crypto/record-cipher';
import type { SearchHasher } from '../../common/crypto/search-hasher';
import { ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity } from '../../modules/applications/application.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { type DemoHomeBooking, fictionalPeople } from './demo-bookings';

/** How far back the staff entered each applicant in the register (申請記録): the last three weeks of visits. */
const REGISTER_DAYS = 21;

/**
 * The register (申請記録) of the Otaru demo's recent home visits: one application per applicant of the visit's
 * booking, entered by the staff on the day with a 申請書ID of the national form's 23 digits, its facts following the
 * session's counts field by field (so the daily report and the register agree), its personal fields sealed under
 * its own key and searchable by hashed tokens as the app stores them. The weeks ended before this one were handed
 * over to the city (引渡し), one batch a week, on the first working day after; their follow-up period still runs.
 */
export async function seedDemoRegister(
  m: EntityManager,
  program: ProgramEntity,
  cipher: RecordCipher,
  now: Date,
  bookings: readonly DemoHomeBooking[],
  users: { staff: string; manager: string },
  hasher?: SearchHasher,
): Promise<void> {
  const today = jstDateKey(now);
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const sessions = await m.getRepository(SessionEntity).find({
    where: { programId: program.id, status: 'held', serviceKind: 'home_visit', bookingId: Not(IsNull()), date: Between(addDays(today, -REGISTER_DAYS), addDays(today, -1)) },
    order: { date: 'ASC', startTime: 'ASC' },
  });
  const thisWeek = weekStart(today, program.weekStartsOn);
  const batches = new Map<string, HandOverBatchEntity>();
  const rows: ApplicationEntity[] = [];
  const tokens: Array<Partial<ApplicationSearchTokenEntity>> = [];
  let serial = 0;
  for (const s of sessions) {
    const b = byId.get(s.bookingId!);
    if (!b || b.facility) continue;
    const people = fictionalPeople(b);
    const week = weekStart(s.date, program.weekStartsOn);
    let batch: HandOverBatchEntity | undefined;
    if (week < thisWeek) {
      batch = batches.get(week);
      if (!batch) {
        let handedOverDate = addDays(week, 7);
        while (!isWorkingDay(handedOverDate, program.workingHours)) handedOverDate = addDays(handedOverDate, 1);
        if (handedOverDate < today) {
          batch = { id: randomUUID(), programId: program.id, number: 0, fromDate: week, toDate: addDays(week, HAND_OVER_MAX_DAYS - 1), handedOverDate, applicationCount: 0, createdBy: users.manager, personalDataDeletedAt: null, createdAt: jstInstant(handedOverDate, '11:00'), updatedAt: jstInstant(handedOverDate, '11:00') };
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
      rows.push({
        id,
        programId: program.id,
        sessionId: s.id,
        date: s.date,
        source: 'booking',
        bookingId: b.id,
        sourceIndex: j,
        applicationType: person.applicationType,
        photoSource: onSite ? 'taken_on_site' : 'brought',
        photoException: exception,
        proxyWriting: proxy,
        proxyConsentBy: proxy ? 'applicant' : null,
        receiptMethod: 'limited_delivery_mail',
        faceAuthCard: j < s.faceAuthCards,
        handOverBatchId: batch?.id ?? null,
        handedOverDate: batch?.handedOverDate ?? null,
        data: cipher.seal(id, personal),
        personalDataDeletedAt: null,
        personalDataDeletedBy: null,
        personalDataDeletionRule: null,
        facePhotoAt: null,
        createdBy: users.staff,
        createdAt: jstInstant(s.date, '16:30'),
        updatedAt: jstInstant(s.date, '16:30'),
      });
      if (batch) batch.applicationCount++;
      if (hasher) for (const token of new Set(applicationSearchTokens(personal).map((t) => hasher.hash(program.id, t)))) tokens.push({ applicationId: id, programId: program.id, token });
    }
  }
  const numbered = [...batches.values()].filter((x) => x.applicationCount > 0).map((x, i) => ({ ...x, number: i + 1 }));
  if (numbered.length) await m.getRepository(HandOverBatchEntity).insert(numbered);
  for (let i = 0; i < rows.length; i += 200) await m.getRepository(ApplicationEntity).insert(rows.slice(i, i + 200));
  for (let i = 0; i < tokens.length; i += 500) await m.getRepository(ApplicationSearchTokenEntity).insert(tokens.slice(i, i + 500));
}
