import { randomUUID } from 'node:crypto';
import { bookingGuidanceChecklist, findSlots, searchTokensOf, type SlotPosition } from '@outreach/domain/bookings';
import type { ApplicationType } from '@outreach/domain/sessions';
import { addDays, jstDateKey, jstInstant } from '@outreach/domain/common';
import type { EntityManager } from 'typeorm';
import type { RecordCipher } from '../../common/crypto/record-cipher';
import type { SearchHasher } from '../../common/crypto/search-hasher';
import { BookingPersonalEntity } from '../../modules/booking-personal/booking-personal.entity';
import { BookingSearchTokenEntity } from '../../modules/booking-personal/booking-search-token.entity';
import { TravelMatrixEntity } from '../../modules/booking-settings/booking-settings.entity';
import { BookingEntity, BookingSlotEntity, ReceptionCounterEntity } from '../../modules/bookings/booking.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { VisitDayEntity } from '../../modules/programs/visit-day.entity';
import { seededRandom } from './random';

/** Otaru's districts and plausible driving minutes between them (fictional but shaped like the city). */
export const OTARU_TRAVEL = {
  districts: ['中央地区', '南小樽地区', '北部地区', '朝里地区', '銭函地区', '塩谷地区'],
  minutes: {
    中央地区: { 南小樽地区: 10, 北部地区: 12, 朝里地区: 18, 銭函地区: 30, 塩谷地区: 20 },
    南小樽地区: { 中央地区: 10, 北部地区: 18, 朝里地区: 12, 銭函地区: 25, 塩谷地区: 28 },
    北部地区: { 中央地区: 12, 南小樽地区: 18, 朝里地区: 28, 銭函地区: 40, 塩谷地区: 15 },
    朝里地区: { 中央地区: 18, 南小樽地区: 12, 北部地区: 28, 銭函地区: 15, 塩谷地区: 35 },
    銭函地区: { 中央地区: 30, 南小樽地区: 25, 北部地区: 40, 朝里地区: 15, 塩谷地区: 45 },
    塩谷地区: { 中央地区: 20, 南小樽地区: 28, 北部地区: 15, 朝里地区: 35, 銭函地区: 45 },
  } as Record<string, Record<string, number>>,
};

const FAMILY = ['架空', '見本', '試験', '仮名', '例示'];
const GIVEN = ['一郎', '花子', '次郎', '幸子', '三郎', '和子'];
const KANA_FAMILY = ['カクウ', 'ミホン', 'シケン', 'カメイ', 'レイジ'];
const KANA_GIVEN = ['イチロウ', 'ハナコ', 'ジロウ', 'サチコ', 'サブロウ', 'カズコ'];

/**
 * Upcoming home bookings for the Otaru demo, with obviously fictional people (架空 一郎, 0134-00-0000 …),
 * taken through the same slot engine the operator uses, so the week view and the reception list show something.
 */
export async function seedDemoBookings(m: EntityManager, program: ProgramEntity, cipher: RecordCipher, now: Date, hasher?: SearchHasher, count = 6): Promise<void> {
  await m.getRepository(TravelMatrixEntity).insert({ programId: program.id, ...OTARU_TRAVEL });
  const random = seededRandom(99);
  const today = jstDateKey(now);
  const visitDays = (await m.getRepository(VisitDayEntity).find({ where: { programId: program.id } })).map((d) => ({ date: d.date, kind: d.kind as 'home_visit' | 'facility_visit' }));
  const taken: Array<{ id: string; date: string; positions: SlotPosition[]; kind: 'home'; district: string; plannedApplications: number }> = [];
  let number = 0;
  for (let i = 0; i < count; i++) {
    const district = OTARU_TRAVEL.districts[Math.floor(random() * 3)];
    const applicants = random() < 0.3 ? 2 : 1;
    const { offers } = findSlots({
      rules: program.bookingRules,
      workingHours: program.workingHours,
      visitDays,
      bookings: taken,
      preMeetings: [],
      travel: OTARU_TRAVEL,
      today,
      request: { kind: 'home', plannedApplications: applicants, district, wishes: {} },
      limit: 3,
    });
    const offer = offers[Math.floor(random() * offers.length)];
    if (!offer) break;
    const id = randomUUID();
    number++;
    const receivedAt = jstInstant(addDays(today, -Math.floor(1 + random() * 10)), '10:15');
    taken.push({ id, date: offer.date, positions: offer.positions, kind: 'home', district, plannedApplications: applicants });
    const people = Array.from({ length: applicants }, (_, k) => {
      const f = (i + k) % FAMILY.length;
      const g = (i * 2 + k) % GIVEN.length;
      return {
        name: `${FAMILY[f]} ${GIVEN[g]}`,
        kana: `${KANA_FAMILY[f]} ${KANA_GIVEN[g]}`,
        address: `北海道小樽市架空町${i + 1}丁目${k + 1}番（架空の住所）`,
        dateOfBirth: `19${40 + ((i * 3) % 15)}-0${1 + (k % 9)}-1${k}`,
        phone: '0134-00-0000',
        outingDifficulty: k === 0 ? '足が不自由で長時間の外出が難しい' : '介護のため家を空けられない',
        applicationType: (i % 4 === 0 ? 'renewal' : 'new') as ApplicationType,
        // A renewal proves identity with the old card itself; others show two B-class documents (seed 002).
        identityDocuments: i % 4 === 0 ? ['my_number_card'] : ['health_insurance_eligibility_certificate', 'pension_book'],
        condition: { photoPossible: true, canWrite: k === 0, caregiverPresent: true },
      };
    });
    await m.getRepository(BookingEntity).insert({
      id,
      programId: program.id,
      receptionNumber: number,
      kind: 'home',
      status: 'confirmed',
      receivedAt,
      receivedDate: jstDateKey(receivedAt),
      visitDate: offer.date,
      half: offer.half,
      positions: offer.positions,
      district,
      applicants,
      plannedApplications: applicants,
      callerRelation: i % 3 === 0 ? 'cohabiting_family' : 'self',
      applicationTypes: people.map((p) => p.applicationType),
      // Confirmed on the phone as the desk confirms: with every guidance item of the types read out.
      guidanceGiven: bookingGuidanceChecklist(people.map((p) => p.applicationType), program, 'home').map((g) => g.id),
      callId: null,
      sessionId: null,
      overrideReason: null,
      cancelReason: null,
      sharedWithCityAt: null,
      visitFinishedDate: null,
      personalDataDeletedAt: null,
    });
    await m.getRepository(BookingSlotEntity).insert(offer.positions.map((p) => ({ id: randomUUID(), programId: program.id, slotKey: `${offer.date}:${p}`, bookingId: id })));
    const personal = { type: 'home' as const, intake: { caller: i % 3 === 0 ? { relation: 'cohabiting_family' as const, name: '架空 長男', relationDetail: '長男' } : { relation: 'self' as const }, applicants: people, parking: 'available', cautions: '玄関の段差に注意' } };
    await m.getRepository(BookingPersonalEntity).insert({ bookingId: id, data: cipher.seal(id, personal) });
    const tokens = hasher ? [...new Set(searchTokensOf(personal).map((t) => hasher.hash(program.id, t)))] : [];
    if (tokens.length) await m.getRepository(BookingSearchTokenEntity).insert(tokens.map((token) => ({ bookingId: id, programId: program.id, token })));
  }
  await m.getRepository(ReceptionCounterEntity).insert({ programId: program.id, nextNumber: number + 1 });
}
