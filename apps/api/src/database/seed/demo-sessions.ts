import { randomUUID } from 'node:crypto';
import { addDays, eachDay, firstWorkingDayFrom, isWorkingDay, jstDateKey, jstInstant, monthKey, weekday, weekStart } from '@outreach/domain/common';
import type { ServiceKind } from '@outreach/domain/programs';
import { slotWindow } from '@outreach/domain/bookings';
import { isUnbookedVisit, type UnbookedReason } from '@outreach/domain/sessions';
import type { EntityManager } from 'typeorm';
import { ActivityPhotoEntity, DailyReportEntity } from '../../modules/daily-reports/daily-report.entity';
import type { PhotoStore } from '../../modules/daily-reports/photo-store';
import { DefectEntity, InquiryEntity } from '../../modules/follow-ups/follow-up.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { zeroCounts } from '../../modules/sessions/session.mapper';
import { around, seededRandom } from './random';
import { plausibleCounts, type SessionCounts } from './session-counts';
import { demoActivityPhoto } from './demo-photo';
import { demoDailyReports, demoDefectFollowUps } from './demo-reports';
import type { DemoHomeBooking } from './demo-bookings';

export interface DemoSessionPlan {
  program: ProgramEntity;
  /** Dates and kinds of sessions to hold: from the visit-day calendar (Otaru) or a weekly rhythm (Shimonoseki). */
  days: Array<{ date: string; kind: ServiceKind }>;
  places: Record<ServiceKind, string[]>;
  staffUserIds: string[];
  cityUserId: string;
  vendorUserId: string;
  /** vendorUserId is vendor staff: the newest filed report waits for the vendor manager's 社内確認. */
  staffFiles?: boolean;
  /**
   * The home visits booked for each past day (Otaru: planDemoHomeBookings): each held as the session its booking
   * created, with the applications its household planned; now and then one more household added on the day.
   * Absent: home sessions without bookings (Shimonoseki).
   */
  booked?: ReadonlyMap<string, readonly DemoHomeBooking[]>;
  /** Facility days visit these in turn, each with its applications (Otaru); absent: a place drawn at random. */
  facilitiesInTurn?: ReadonlyArray<{ name: string; applications: number }>;
  seed: number;
}

/** Plausible counts for one session (a booked visit: its planned applications). */
function countsFor(random: () => number, kind: ServiceKind, booked?: { applications: number; renewals: number }): SessionCounts {
  const mean = kind === 'home_visit' ? 1.5 : kind === 'facility_visit' ? 9 : 18;
  const apps = booked?.applications ?? Math.max(1, around(random, mean));
  const renewal = booked ? booked.renewals : Math.floor(apps * 0.25 * random());
  const lost = !booked && random() < 0.1 ? 1 : 0;
  return plausibleCounts(random, kind, { newApps: Math.max(0, apps - renewal - lost), renewal, lost, damaged: 0 });
}

/** The i-th defect the demo files, in turn: who found it and what (the benchmark's generator files the same). */
export const demoDefectFinding = (i: number) => ({
  foundBy: i % 2 ? 'jlis' : 'city',
  category: i % 2 ? 'photo' : 'form_missing_field',
  description: i % 2 ? '顔写真の背景が規格外との連絡（J-LIS）' : '申請書の署名欄に記入漏れ',
});

/** The i-th inquiry the demo files, in turn: a complaint (escalated to the city), a question or an opinion, by phone. */
export const demoInquiryCall = (i: number) => ({
  channel: 'phone',
  category: i % 3 === 0 ? 'complaint' : i % 3 === 1 ? 'inquiry' : 'opinion',
  summary: i % 3 === 0 ? '訪問時間の連絡が前日までになかった' : i % 3 === 1 ? '代理人による受け取りに必要な書類の問い合わせ' : '自宅で申請できて助かったとの声',
  handling: i % 3 === 0 ? '担当者から謝罪し、前日連絡を徹底' : '案内済み',
  escalatedToCity: i % 3 === 0,
});

/** Facilities ask the vendor directly; households mostly applied by letter or at the office counter, a few were added on the day. */
function demoUnbookedReason(p: ProgramEntity, kind: ServiceKind, n: number): UnbookedReason | null {
  if (!isUnbookedVisit({ serviceKind: kind }, null, p.takesBookings)) return null; // a venue event, or a program that books no visits
  if (kind === 'facility_visit') return 'facility_request';
  return n % 5 === 4 ? 'same_day_addition' : 'non_phone_application';
}

/**
 * Held sessions up to yesterday with their daily reports (demoDailyReports: mostly accepted, a few late or
 * returned, the last week's waiting for the city, the newest a draft); an activity photo on recent reports;
 * a few defects and inquiries.
 */
export async function seedDemoSessions(m: EntityManager, plan: DemoSessionPlan, now: Date, photos?: PhotoStore): Promise<void> {
  const random = seededRandom(plan.seed);
  const today = jstDateKey(now);
  const p = plan.program;
  const past = plan.days.filter((d) => d.date < today);
  const sessions: SessionEntity[] = [];
  let facilityTurn = 0;
  for (const day of past) {
    const bookedToday = day.kind === 'home_visit' ? plan.booked?.get(day.date) : undefined;
    // A booked calendar: the day's bookings, and now and then a household added on the day (no booking, with its reason).
    const count = plan.booked && day.kind === 'home_visit' ? (bookedToday?.length ?? 0) + (random() < 0.2 ? 1 : 0) : day.kind === 'home_visit' ? 2 + Math.floor(random() * 3) : 1;
    for (let i = 0; i < count; i++) {
      const booking = bookedToday?.[i];
      // A small facility booked into a home slot is a facility visit on a home day.
      const kind: ServiceKind = booking?.facility ? 'facility_visit' : day.kind;
      const turn = kind === 'facility_visit' && !booking && plan.facilitiesInTurn?.length ? plan.facilitiesInTurn[facilityTurn++ % plan.facilitiesInTurn.length] : undefined;
      const addedOnDay = plan.booked !== undefined && kind === 'home_visit' && !booking;
      const places = plan.places[kind];
      const start = kind === 'home_visit' ? ['10:00', '10:45', '14:00', '14:45'][i] : kind === 'facility_visit' ? '10:00' : '11:00';
      sessions.push({
        id: booking?.sessionId ?? randomUUID(),
        programId: p.id,
        date: day.date,
        weekStart: weekStart(day.date, p.weekStartsOn),
        month: monthKey(day.date),
        serviceKind: kind,
        place: booking?.facility?.name ?? booking?.district ?? turn?.name ?? places[Math.floor(random() * places.length)],
        method: p.methods[kind] ?? 'application_support',
        startTime: booking ? slotWindow(booking.positions[0]).start : addedOnDay ? '15:30' : start,
        endTime: null,
        staffUserIds: plan.staffUserIds,
        cityStaffPresent: p.methods[kind] === 'on_site_acceptance',
        status: 'held',
        cancelReason: null,
        offDayReason: kind === 'venue_event' && !isWorkingDay(day.date, p.workingHours) ? '商業施設の休日来場者向け' : null,
        bookingId: booking?.id ?? null,
        facilityId: null,
        // Recorded without a booking: why, without drawing on the random sequence.
        unbookedReason: booking ? null : addedOnDay ? 'same_day_addition' : demoUnbookedReason(p, kind, sessions.length),
        unbookedReasonText: null,
        ...countsFor(random, kind, booking ? { applications: booking.applicants, renewals: booking.applicationTypes.filter((t) => t === 'renewal').length } : addedOnDay ? { applications: 1, renewals: 0 } : turn ? { applications: turn.applications, renewals: 0 } : undefined),
        photoExceptionsOtherText: null,
        notTakenReason: null,
        problems: null,
        note: null,
        photoShortfallExplanation: null,
        createdAt: jstInstant(day.date, '09:00'),
        updatedAt: jstInstant(day.date, '17:00'),
      });
    }
  }
  // Without a booking calendar (Shimonoseki) the vendor plans its own sessions: the coming four weeks are planned
  // (with a calendar, the bookings plan them: seedDemoBookings).
  if (!plan.booked) sessions.push(...plannedAhead(plan, today));
  for (let i = 0; i < sessions.length; i += 200) await m.getRepository(SessionEntity).insert(sessions.slice(i, i + 200));

  const dates = [...new Set(past.map((d) => d.date))];
  const reports = demoDailyReports(plan, dates, now);
  if (reports.length) await m.getRepository(DailyReportEntity).insert(reports);

  // One generated activity photo (no people) on each of the last ten reports.
  if (photos) {
    for (const [i, r] of reports.slice(-10).entries()) {
      const id = randomUUID();
      const storageKey = `${p.id}/${id}`;
      const stored = await photos.save(storageKey, await demoActivityPhoto(plan.seed + i));
      await m.getRepository(ActivityPhotoEntity).insert({
        id,
        dailyReportId: r.id,
        programId: p.id,
        uploadedBy: plan.vendorUserId,
        caption: '受付会場の様子（申請者は写っていません）',
        ...stored,
        confirmedNoPersonalData: true,
        reviewStatus: r.status === 'accepted' ? 'approved' : 'pending',
        rejectReason: null,
        storageKey,
        createdAt: jstInstant(r.date, '16:00'),
      });
    }
  }

  const held = sessions.filter((s) => s.applicationsNew + s.applicationsRenewal > 0);
  // A defect reaches the office about ten days after the session, on a day it is open (a venue event's Saturday + 10 is not).
  const receivedOf = (s: { date: string }) => firstWorkingDayFrom(addDays(s.date, 10), p.workingHours);
  const found = held.filter((_, i) => i % 17 === 5).filter((s) => receivedOf(s) < today);
  const followUps = demoDefectFollowUps(found.map(receivedOf), now, p.workingHours);
  const defects: DefectEntity[] = found.map((s, i) => ({
    id: randomUUID(),
    programId: p.id,
    sessionId: s.id,
    applicationId: null,
    receivedDate: receivedOf(s),
    ...demoDefectFinding(i),
    ...followUps[i],
    createdAt: jstInstant(receivedOf(s), '10:00'),
    updatedAt: jstInstant(receivedOf(s), '10:00'),
  }));
  if (defects.length) await m.getRepository(DefectEntity).insert(defects);

  // A caller asks after a session, on a day the desk is open, and is answered two days on (an open day too).
  const inquiries: InquiryEntity[] = [...new Set(dates.filter((_, i) => i % 9 === 3).map((d) => firstWorkingDayFrom(d, p.workingHours)))]
    .filter((date) => date < today)
    .map((date, i) => {
      const closed = firstWorkingDayFrom(addDays(date, 2), p.workingHours);
      return {
        id: randomUUID(),
        programId: p.id,
        date,
        ...demoInquiryCall(i),
        closedDate: closed < today ? closed : null,
        createdAt: jstInstant(date, '15:00'),
        updatedAt: jstInstant(date, '15:00'),
      };
    });
  if (inquiries.length) await m.getRepository(InquiryEntity).insert(inquiries);
}

/** The sessions of the plan's days from today for four weeks, planned at places drawn from the plan's (its own random sequence). */
function plannedAhead(plan: DemoSessionPlan, today: string): SessionEntity[] {
  const random = seededRandom(plan.seed + 1);
  const p = plan.program;
  return plan.days
    .filter((d) => d.date >= today && d.date < addDays(today, 28))
    .map((day): SessionEntity => {
      const places = plan.places[day.kind];
      const start = day.kind === 'venue_event' ? '11:00' : '10:00';
      return {
        id: randomUUID(),
        programId: p.id,
        date: day.date,
        weekStart: weekStart(day.date, p.weekStartsOn),
        month: monthKey(day.date),
        serviceKind: day.kind,
        place: places[Math.floor(random() * places.length)],
        method: p.methods[day.kind] ?? 'application_support',
        startTime: start,
        endTime: day.kind === 'venue_event' ? '15:00' : null,
        staffUserIds: plan.staffUserIds,
        cityStaffPresent: p.methods[day.kind] === 'on_site_acceptance',
        status: 'planned',
        cancelReason: null,
        offDayReason: day.kind === 'venue_event' && !isWorkingDay(day.date, p.workingHours) ? '商業施設の休日来場者向け' : null,
        bookingId: null,
        facilityId: null,
        // Arranged ahead: a facility's request or a household's application (nothing is added on a day not yet come).
        unbookedReason: demoUnbookedReason(p, day.kind, 0),
        unbookedReasonText: null,
        ...zeroCounts(),
        createdAt: jstInstant(addDays(today, -7), '10:00'),
        updatedAt: jstInstant(addDays(today, -7), '10:00'),
      };
    });
}

/**
 * Shimonoseki-like rhythm: visit-type sessions on Tuesdays and Thursdays (a facility, or a home on the first and
 * third Thursday), a venue event on the second Saturday.
 */
export function weeklyRhythm(program: ProgramEntity, from: string, to: string): Array<{ date: string; kind: ServiceKind }> {
  const out: Array<{ date: string; kind: ServiceKind }> = [];
  for (const date of eachDay(from, to)) {
    const wd = weekday(date);
    const dom = Number(date.slice(8, 10));
    const homeThursday = wd === 4 && (dom <= 7 || (dom >= 15 && dom <= 21));
    if ((wd === 2 || wd === 4) && isWorkingDay(date, program.workingHours)) out.push({ date, kind: homeThursday ? 'home_visit' : 'facility_visit' });
    if (wd === 6 && dom >= 8 && dom <= 14) out.push({ date, kind: 'venue_event' });
  }
  return out;
}
