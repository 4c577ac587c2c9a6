import { randomUUID } from 'node:crypto';
import { bookingGuidanceChecklist, CANCELLED_RETENTION_DAYS, type ExistingBooking, findSlots, searchTokensOf, type SlotPosition, type SlotRequest } from '@outreach/domain/bookings';
import { slipShareDueDate } from '@outreach/domain/booking-shares';
import type { CallBackPersonal } from '@outreach/domain/call-backs';
import type { ApplicationType } from '@outreach/domain/sessions';
import { addDays, type DateKey, eachDay, isWorkingDay, jstDateKey, jstInstant, lastWorkingDayUntil, monthKey, weekStart } from '@outreach/domain/common';
import { resolvePeriods } from '@outreach/domain/programs';
import type { EntityManager } from 'typeorm';
import type { RecordCipher } from '../../common/crypto/record-cipher';
import type { SearchHasher } from '../../common/crypto/search-hasher';
import { BookingPersonalEntity } from '../../modules/booking-personal/booking-personal.entity';
import { BookingSearchTokenEntity } from '../../modules/booking-personal/booking-search-token.entity';
import { TravelMatrixEntity } from '../../modules/booking-settings/booking-settings.entity';
import { BookingEntity, BookingSlotEntity, ReceptionCounterEntity } from '../../modules/bookings/booking.entity';
import { CallBackEntity } from '../../modules/call-backs/call-back.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { zeroCounts } from '../../modules/sessions/session.mapper';
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

/** One home booking of the demo's calendar: taken on a past working day through the slot engine, visited or ahead. */
export interface DemoHomeBooking {
  id: string;
  /** The session the booking created (planned; held once its visit day passed). */
  sessionId: string;
  receivedAt: Date;
  date: DateKey;
  half: 'am' | 'pm';
  positions: SlotPosition[];
  district: string;
  applicants: number;
  applicationTypes: ApplicationType[];
  /** The position in the calendar (names and addresses of its fictional people are drawn from it). */
  index: number;
  /** A small facility's request, booked into a home slot (≤ smallFacilityMax applicants): its name and type. */
  facility?: { name: string; type: string };
  /** Nobody was at home when the staff came (不在): closed as a no-show that evening, its planned session cancelled. */
  noShow?: boolean;
}

/** A small facility the demo books into a home slot of the last visit day before today (visited, its report still a draft). */
export interface DemoSmallFacility {
  name: string;
  type: string;
  district: string;
  residents: number;
}

/** The districts callers live in, the centre more often. */
const DISTRICT_WEIGHTS = [4, 2, 2, 2, 1, 1];
/** How far ahead of an even pace the desk takes reservations (the demo's reservations are a little ahead). */
const RESERVATION_LEAD = 1.06;
/**
 * One past home visit in NO_SHOW_EVERY found nobody at home, counted back from the newest from NO_SHOW_FIRST on (the
 * fourth newest, the twenty-fourth …): a recent one keeps its personal data for CANCELLED_RETENTION_DAYS, older ones
 * lost it to the sweep.
 */
const NO_SHOW_EVERY = 20;
const NO_SHOW_FIRST = 3;

/**
 * The Otaru demo's home calendar as the booking desk would have filled it: from the call center's first day up
 * to yesterday, on each working day the calls that keep reservations a little ahead of an even pace over the
 * call-center period (the program's home slots are its reservation target), each placed by the slot engine as it
 * stood that day (its lead time counted from that day), on one of the first free slots for the caller's district.
 * Nothing here names a date: every date comes from the program's periods, its visit days and `now`.
 */
export function planDemoHomeBookings(program: ProgramEntity, visitDays: ReadonlyArray<{ date: DateKey; kind: 'home_visit' | 'facility_visit' }>, now: Date, small?: DemoSmallFacility): DemoHomeBooking[] {
  const random = seededRandom(99);
  const today = jstDateKey(now);
  const { callCenter } = resolvePeriods(program);
  const rules = program.bookingRules;
  const receiving = eachDay(callCenter.start, callCenter.end).filter((d) => isWorkingDay(d, program.workingHours));
  const capacity = visitDays.filter((d) => d.kind === 'home_visit').length * (rules.homeSlotsAm + rules.homeSlotsPm);
  const out: DemoHomeBooking[] = [];
  const taken: ExistingBooking[] = [];
  const weightSum = DISTRICT_WEIGHTS.reduce((a, b) => a + b, 0);
  const district = () => {
    let r = random() * weightSum;
    for (const [i, w] of DISTRICT_WEIGHTS.entries()) if ((r -= w) <= 0) return OTARU_TRAVEL.districts[i];
    return OTARU_TRAVEL.districts[0];
  };
  const visits = resolvePeriods(program).visits;
  const slotsFor = (day: DateKey, request: SlotRequest, limit: number) => findSlots({ rules, workingHours: program.workingHours, visitDays: [...visitDays], bookings: taken, preMeetings: [], travel: OTARU_TRAVEL, today: day, visits, request, limit }).offers;
  // The small facility asks for the last visit day before today when that is a home day, well within the lead time.
  const lastVisit = [...visitDays].reverse().find((d) => d.date < today);
  const smallOn = small && lastVisit?.kind === 'home_visit' ? [...receiving].reverse().find((d) => d <= addDays(lastVisit.date, -2 * rules.leadDaysHome)) : undefined;
  for (const [k, day] of receiving.entries()) {
    if (day >= today) break;
    if (small && lastVisit && day === smallOn) {
      const offer = slotsFor(day, { kind: 'facility', plannedApplications: small.residents, district: small.district, wishes: { dates: [lastVisit.date] } }, 1)[0];
      if (offer?.date === lastVisit.date) {
        const id = randomUUID();
        taken.push({ id, date: offer.date, positions: offer.positions, kind: 'facility', district: small.district, plannedApplications: small.residents });
        out.push({ id, sessionId: randomUUID(), receivedAt: jstInstant(day, '09:05'), date: offer.date, half: offer.half as 'am' | 'pm', positions: offer.positions, district: small.district, applicants: small.residents, applicationTypes: [], index: out.length, facility: { name: small.name, type: small.type } });
      }
    }
    const want = Math.min(capacity, Math.round((capacity * RESERVATION_LEAD * (k + 1)) / receiving.length));
    let minute = 9 * 60 + 5;
    for (let tries = 0; out.length < want && tries < 6; tries++) {
      const r = random();
      const applicants = r < 0.45 ? 1 : r < 0.9 ? 2 : 3;
      const where = district();
      const offers = slotsFor(day, { kind: 'home', plannedApplications: applicants, district: where, wishes: {} }, 3);
      // Most callers take the first slot offered; some prefer a later one.
      const offer = offers[random() < 0.7 ? 0 : Math.floor(random() * offers.length)];
      if (!offer) continue; // nothing fits that district: the caller is called back (not a reservation)
      minute += 20 + Math.floor(random() * 50);
      const id = randomUUID();
      const index = out.length;
      taken.push({ id, date: offer.date, positions: offer.positions, kind: 'home', district: where, plannedApplications: applicants });
      out.push({
        id,
        sessionId: randomUUID(),
        receivedAt: jstInstant(day, `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`),
        date: offer.date,
        half: offer.half as 'am' | 'pm',
        positions: offer.positions,
        district: where,
        applicants,
        applicationTypes: Array.from({ length: applicants }, (_, j) => (j === 0 && index % 4 === 0 ? 'renewal' : 'new')),
        index,
      });
    }
  }
  const pastHome = out.filter((b) => !b.facility && b.date < today).sort((a, b) => a.date.localeCompare(b.date) || a.positions[0].localeCompare(b.positions[0]));
  for (const [k, b] of pastHome.reverse().entries()) if (k % NO_SHOW_EVERY === NO_SHOW_FIRST) b.noShow = true;
  return out;
}

const CANCEL_REASON = '入院のため訪問を取りやめたいとの連絡';
const NO_SHOW_REASON = '訪問時に不在（呼び鈴・電話とも応答なし）';

/** Visited bookings by visit date, for the held sessions made from them (seedDemoSessions); no-shows held none. */
export function visitedByDate(bookings: readonly DemoHomeBooking[], now: Date): Map<DateKey, DemoHomeBooking[]> {
  const today = jstDateKey(now);
  const out = new Map<DateKey, DemoHomeBooking[]>();
  for (const b of bookings) if (b.date < today && !b.noShow) out.set(b.date, [...(out.get(b.date) ?? []), b]);
  for (const list of out.values()) list.sort((a, b) => a.positions[0].localeCompare(b.positions[0]));
  return out;
}

/** The fictional people of a home booking (its intake's applicants), the same each time they are asked for. */
export function fictionalPeople(b: Pick<DemoHomeBooking, 'index' | 'applicationTypes'>) {
  const i = b.index;
  return b.applicationTypes.map((applicationType, k) => {
    const f = (i + k) % FAMILY.length;
    const g = (i * 2 + k) % GIVEN.length;
    return {
      name: `${FAMILY[f]} ${GIVEN[g]}`,
      kana: `${KANA_FAMILY[f]} ${KANA_GIVEN[g]}`,
      address: `北海道小樽市架空町${(i % 40) + 1}丁目${k + 1}番（架空の住所）`,
      dateOfBirth: `19${40 + ((i * 3) % 15)}-0${1 + (k % 9)}-${10 + (k % 18)}`,
      phone: '0134-00-0000',
      outingDifficulty: k === 0 ? '足が不自由で長時間の外出が難しい' : '介護のため家を空けられない',
      applicationType,
      // A renewal proves identity with the old card itself; others show two B-class documents (seed 002).
      identityDocuments: applicationType === 'renewal' ? ['my_number_card'] : ['health_insurance_eligibility_certificate', 'pension_book'],
      condition: { photoPossible: true, canWrite: k === 0, caregiverPresent: true },
    };
  });
}

/**
 * The Otaru demo's home bookings (planDemoHomeBookings), with obviously fictional people (架空 一郎, 0134-00-0000 …),
 * left as the real lifecycle leaves them: a visit day passed — visited, linked both ways to its held session
 * (seedDemoSessions made it), its slip shared with the city by the weekly due date and its personal data then
 * deleted by the sweep (visited_shared, in the deletion ledger); nobody at home (a no-show) — closed that evening
 * with its reason, its planned session cancelled, its personal data deleted by the sweep once CANCELLED_RETENTION_DAYS
 * passed (closed_retention); ahead — confirmed with its planned session, its slip shared once the week's share was
 * due, its personal data kept.
 */
export async function seedDemoBookings(m: EntityManager, program: ProgramEntity, cipher: RecordCipher, now: Date, bookings: readonly DemoHomeBooking[], hasher?: SearchHasher): Promise<void> {
  await m.getRepository(TravelMatrixEntity).insert({ programId: program.id, ...OTARU_TRAVEL });
  const today = jstDateKey(now);
  const rows: Array<Partial<BookingEntity>> = [];
  const slots: Array<Partial<BookingSlotEntity>> = [];
  const personal: Array<Partial<BookingPersonalEntity>> = [];
  const tokens: Array<Partial<BookingSearchTokenEntity>> = [];
  const planned: Array<Partial<SessionEntity>> = [];
  // The households of one half-day of the coming days called off their visits yesterday: that half-day is free again,
  // inside the lead time (only a manager's exception books it now).
  const near = [...bookings].filter((b) => !b.facility && b.date > today && b.date < addDays(today, program.bookingRules.leadDaysHome)).sort((a, b) => b.date.localeCompare(a.date))[0];
  const cancelledSet = new Set(near ? bookings.filter((b) => !b.facility && b.date === near.date && b.half === near.half) : []);
  const cancelledAtOf = (b: DemoHomeBooking) => new Date(Math.max(jstInstant(addDays(today, -1), '16:20').getTime(), b.receivedAt.getTime() + 3600_000));
  for (const [n, b] of [...bookings].sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime()).entries()) {
    const noShow = b.noShow === true;
    const visited = b.date < today && !noShow;
    const calledOff = cancelledSet.has(b);
    // When it was closed: called off the day before, or marked a no-show on the evening of its visit day.
    const closedAt = calledOff ? cancelledAtOf(b) : noShow ? jstInstant(b.date, '17:30') : null;
    // Only home slips go to the city weekly (a closed booking is no longer shared); a facility's request is deleted once its visit is done.
    const due = slipShareDueDate(weekStart(b.date, program.weekStartsOn), program);
    const sharedAt = jstInstant(due, '15:00');
    const shared = !b.facility && sharedAt < now && !(closedAt && closedAt <= sharedAt) ? sharedAt : null;
    const retainedUntil = addDays(b.date, CANCELLED_RETENTION_DAYS);
    const deletedAt = visited && (shared || b.facility) ? jstInstant(b.date, '18:00') : noShow && retainedUntil <= today ? jstInstant(retainedUntil, '01:00') : null;
    const people = fictionalPeople(b);
    const family = !b.facility && b.index % 3 === 0;
    rows.push({
      id: b.id,
      programId: program.id,
      receptionNumber: n + 1,
      kind: b.facility ? 'facility' : 'home',
      status: visited ? 'visited' : noShow ? 'no_show' : calledOff ? 'cancelled' : 'confirmed',
      receivedAt: b.receivedAt,
      receivedDate: jstDateKey(b.receivedAt),
      visitDate: b.date,
      half: b.half,
      positions: b.positions,
      district: b.district,
      applicants: b.applicants,
      plannedApplications: b.applicants,
      callerRelation: b.facility ? null : family ? 'cohabiting_family' : 'self',
      applicationTypes: b.applicationTypes,
      // Confirmed on the phone as the desk confirms: with every guidance item of the types read out.
      guidanceGiven: b.facility ? [] : bookingGuidanceChecklist(b.applicationTypes, program, 'home').map((g) => g.id),
      callId: null,
      sessionId: b.sessionId,
      facilityId: null,
      overrideReason: null,
      cancelReason: noShow ? NO_SHOW_REASON : calledOff ? CANCEL_REASON : null,
      sharedWithCityAt: shared,
      visitFinishedDate: visited ? b.date : null,
      personalDataDeletedAt: deletedAt,
      personalDataDeletedBy: null,
      personalDataDeletionRule: deletedAt ? (noShow ? 'closed_retention' : b.facility ? 'facility_visited' : 'visited_shared') : null,
      createdAt: b.receivedAt,
      updatedAt: deletedAt ?? closedAt ?? shared ?? b.receivedAt,
    });
    // A cancellation or a no-show gives its slot back (no slot row) and cancels the visit it had planned.
    if (!closedAt) for (const p of b.positions) slots.push({ id: randomUUID(), programId: program.id, slotKey: `${b.date}:${p}`, bookingId: b.id });
    if (!visited) {
      planned.push({
        id: b.sessionId,
        programId: program.id,
        bookingId: b.id,
        date: b.date,
        weekStart: weekStart(b.date, program.weekStartsOn),
        month: monthKey(b.date),
        serviceKind: b.facility ? 'facility_visit' : 'home_visit',
        place: b.facility?.name ?? b.district,
        method: program.methods.home_visit ?? 'on_site_acceptance',
        startTime: null,
        endTime: null,
        staffUserIds: [],
        cityStaffPresent: false,
        status: closedAt ? 'cancelled' : 'planned',
        cancelReason: noShow ? NO_SHOW_REASON : calledOff ? CANCEL_REASON : null,
        offDayReason: null,
        facilityId: null,
        unbookedReason: null,
        unbookedReasonText: null,
        ...zeroCounts(),
        createdAt: b.receivedAt,
        updatedAt: closedAt ?? b.receivedAt,
      });
    }
    if (deletedAt) continue;
    if (b.facility) {
      const request = { facilityName: b.facility.name, facilityType: b.facility.type, address: '北海道小樽市架空町（架空の住所）', phone: '0134-00-2000', contactName: '架空 施設長' };
      personal.push({ bookingId: b.id, data: cipher.seal(b.id, { type: 'facility', request }) });
      continue;
    }
    const data = { type: 'home' as const, intake: { caller: family ? { relation: 'cohabiting_family' as const, name: '架空 長男', relationDetail: '長男' } : { relation: 'self' as const }, applicants: people, parking: 'available', cautions: '玄関の段差に注意' } };
    personal.push({ bookingId: b.id, data: cipher.seal(b.id, data) });
    if (hasher) for (const token of new Set(searchTokensOf(data).map((t) => hasher.hash(program.id, t)))) tokens.push({ bookingId: b.id, programId: program.id, token });
  }
  for (const [repo, list] of [
    [BookingEntity, rows],
    [BookingSlotEntity, slots],
    [BookingPersonalEntity, personal],
    [BookingSearchTokenEntity, tokens],
    [SessionEntity, planned],
  ] as const) {
    for (let i = 0; i < list.length; i += 200) await m.getRepository(repo as never).insert(list.slice(i, i + 200) as never);
  }
  await m.getRepository(ReceptionCounterEntity).insert({ programId: program.id, nextNumber: rows.length + 1 });
}

/**
 * Reception numbers in the order the requests were received, home and facility alike (受付番号 are sequential per
 * program): the facility requests are recorded after the home calendar, so the numbers are given once all exist.
 */
export async function numberByReceipt(m: EntityManager, programId: string): Promise<void> {
  const rows = await m.getRepository(BookingEntity).find({ select: { id: true, receivedAt: true, receptionNumber: true }, where: { programId } });
  rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.receptionNumber - b.receptionNumber);
  const offset = rows.length + 1000;
  // Two steps, so that no number is held twice at any moment (the unique key is checked row by row).
  await m.createQueryBuilder().update(BookingEntity).set({ receptionNumber: () => `reception_number + ${offset}` }).where('program_id = :programId', { programId }).execute();
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const cases = chunk.map(() => 'WHEN ? THEN ?').join(' ');
    await m.query(`UPDATE booking SET reception_number = CASE id ${cases} END WHERE id IN (${chunk.map(() => '?').join(',')})`, [...chunk.flatMap((r, j) => [r.id, i + j + 1]), ...chunk.map((r) => r.id)]);
  }
  await m.getRepository(ReceptionCounterEntity).update({ programId }, { nextNumber: rows.length + 1 });
}

/**
 * Two callers waiting for a call back (折り返し): one wanted a visit sooner than the lead time allows and asked to
 * hear of a slot given back — due yesterday, one unanswered attempt already; one to be called tomorrow with the
 * family's preferred days. Their names and numbers are sealed under each call-back's key as the desk seals them.
 */
export async function seedDemoCallBacks(m: EntityManager, program: ProgramEntity, cipher: RecordCipher, now: Date, staffUserId: string): Promise<void> {
  const today = jstDateKey(now);
  const { callCenter } = resolvePeriods(program);
  if (today <= callCenter.start || today > callCenter.end) return;
  const workingBefore = (d: DateKey) => lastWorkingDayUntil(addDays(d, -1), program.workingHours);
  const yesterday = workingBefore(today);
  const rows = [
    { callerName: '架空 松子', phone: '0134-00-3001', wanted: 'できるだけ早い午前の訪問、本人1人（空きが出たら連絡がほしい）', createdAt: jstInstant(workingBefore(yesterday), '11:20'), dueAt: jstInstant(yesterday, '17:00'), attempt: jstInstant(yesterday, '16:30') },
    { callerName: '架空 竹男', phone: '0134-00-3002', wanted: '家族と相談して希望の曜日を決めるので、明日の昼に電話がほしい（母と本人の2人）', createdAt: jstInstant(yesterday, '15:40'), dueAt: jstInstant(addDays(today, 1), '12:00'), attempt: null },
  ];
  for (const r of rows) {
    const id = randomUUID();
    await m.getRepository(CallBackEntity).insert({
      id, programId: program.id, kind: 'home', status: 'open', dueAt: r.dueAt, data: cipher.seal(id, { callerName: r.callerName, phone: r.phone, wanted: r.wanted } satisfies CallBackPersonal),
      createdBy: staffUserId, ownerId: staffUserId, sourceCallId: null, attempts: r.attempt ? 1 : 0, lastAttemptAt: r.attempt, doneCallId: null, doneBy: null, doneAt: null, createdAt: r.createdAt, updatedAt: r.attempt ?? r.createdAt,
    });
  }
}
