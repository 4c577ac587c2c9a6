import { type CallCategory, freezeCallCounts, weeklyCallSeries } from '@outreach/domain/calls';
import { addDays, eachDay, isWorkingDay, jstInstant, monthKey, weekday, weekStart } from '@outreach/domain/common';
import { dailyReportDueAt } from '@outreach/domain/daily-reports';
import { programInputSchema, proposeVisitDays, type ServiceKind } from '@outreach/domain/programs';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CALL_CATEGORY_WEIGHTS, callOutcomeFor } from '../src/database/seed/demo-calls';
import { demoDefectFinding, demoInquiryCall } from '../src/database/seed/demo-sessions';
import { around, seededRandom, weighted } from '../src/database/seed/random';
import { plausibleCounts, type SessionCounts } from '../src/database/seed/session-counts';
import { hashPassword } from '../src/modules/auth/passwords';
import { BookingEntity, ReceptionCounterEntity } from '../src/modules/bookings/booking.entity';
import { CallEntity, CallWeekEntity } from '../src/modules/calls/call.entity';
import { ActivityPhotoEntity, DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { DefectEntity, InquiryEntity } from '../src/modules/follow-ups/follow-up.entity';
import { MunicipalityEntity } from '../src/modules/municipalities/municipality.entity';
import { OrganizationEntity } from '../src/modules/organizations/organization.entity';
import { ProgramVendorEntity } from '../src/modules/programs/program-vendor.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { programColumns } from '../src/modules/programs/programs.service';
import { TargetEntity, TargetGroupEntity } from '../src/modules/programs/target.entity';
import { VisitDayEntity } from '../src/modules/programs/visit-day.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { NEW_ACCOUNT, UserEntity } from '../src/modules/users/user.entity';
import { BulkInserter } from './bulk-insert';

/**
 * Synthetic programs for the benchmarks, deterministic from a seed. One program ≈ one city's year
 * (fiscal 2025, 2025-04-01 – 2026-03-31, wholly in the past): ≈300 sessions taking ≈3,000 applications,
 * ≈5,000 logged calls, ≈260 daily reports with ≈600 activity-photo rows (rows only, no image files),
 * ≈270 bookings, the weekly call reports, defects, inquiries, a visit-day calendar and six targets.
 * (Seed 20260401, program 0: 299 sessions, 2,836 applications, 5,011 calls, 261 reports, 593 photos, 268 bookings.)
 *
 * `--scale N` = N such programs, each with its own municipality and city organization; one vendor
 * organization serves them all (the vendor-wide Excel export reads every one). Program 0 is the measured
 * program; its rows are the same at every scale, so scale 100 ÷ scale 1 compares the same data.
 *
 * Program i's data depends only on (seed, i): the database can be grown from scale 1 to scale 100 in place.
 */
export const BENCH_PASSWORD = 'bench-pass-2026';
export const BENCH_VIEWER_EMAIL = 'viewer@city-0001.bench.example.jp';
export const BENCH_VENDOR_MANAGER_EMAIL = 'manager@vendor.bench.example.jp';

const PERIOD = { start: '2025-04-01', end: '2026-03-31', fiscalYear: 2025 };

export interface BenchWorld {
  measuredProgramId: string;
  vendorOrganizationId: string;
  programIds: string[];
}

export interface GenerateResult {
  world: BenchWorld;
  programs: number;
  rows: Record<string, number>;
  statements: number;
  ms: number;
}

/** Ids from the seeded generator (UUID v4 shaped), so two runs with the same seed write the same rows. */
function uuidFrom(random: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const mix = (seed: number, i: number, salt: number) => (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(i + 1, 0x85ebca6b) + salt) >>> 0;

/** The ids that do not depend on the scale. */
export function benchWorld(seed: number, programs: number): BenchWorld {
  const ids = seededRandom(mix(seed, -1, 1));
  const vendorOrganizationId = uuidFrom(ids);
  const programIds = Array.from({ length: programs }, (_, i) => programIdOf(seed, i));
  return { measuredProgramId: programIds[0], vendorOrganizationId, programIds };
}

function programIdOf(seed: number, i: number): string {
  return uuidFrom(seededRandom(mix(seed, i, 2)));
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Session counts that pass the daily report's cross-checks; mean applications 2 / 12 / 18 by kind. */
function countsFor(random: () => number, kind: ServiceKind): SessionCounts {
  const mean = kind === 'home_visit' ? 2 : kind === 'facility_visit' ? 12 : 18;
  const apps = Math.max(1, around(random, mean));
  const renewal = Math.floor(apps * 0.25 * random());
  const lost = random() < 0.1 ? 1 : 0;
  const damaged = random() < 0.03 ? 1 : 0;
  return plausibleCounts(random, kind, { newApps: Math.max(0, apps - renewal - lost - damaged), renewal, lost, damaged }, 0.05);
}

const ZERO_COUNTS = countsFor(() => 0, 'home_visit');
for (const k of Object.keys(ZERO_COUNTS) as Array<keyof typeof ZERO_COUNTS>) ZERO_COUNTS[k] = 0;

const DISTRICTS = ['中央地区', '東地区', '西地区', '南地区', '北地区', '山手地区', '港地区', '駅前地区'];
const FACILITY_KINDS = ['特別養護老人ホーム', 'グループホーム', '介護老人保健施設', 'サービス付き高齢者向け住宅', 'デイサービス', '障害者支援施設'];
const FACILITY_NAMES = ['あおば', 'さくら', 'みなと', 'ひだまり', 'やすらぎ', 'こもれび', 'せせらぎ', 'ふれあい', 'なごみ', 'かがやき', 'ひまわり', 'すずらん'];
const VENUES = ['ショッピングモール（検証）', '駅前商業ビル（検証）', '地区市民センター（検証）'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Inserts programs [from, to) into a migrated database (from = 0 also creates the vendor, its users and the
 * bench login). Returns the rows written and the time taken.
 */
export async function generate(ds: DataSource, opts: { seed: number; from: number; to: number }): Promise<GenerateResult> {
  const started = performance.now();
  const world = benchWorld(opts.seed, opts.to);
  const deps = new Map<EntityTarget<ObjectLiteral>, Array<EntityTarget<ObjectLiteral>>>([
    [OrganizationEntity, [MunicipalityEntity]],
    [UserEntity, [OrganizationEntity]],
    [ProgramEntity, [MunicipalityEntity]],
    [ProgramVendorEntity, [ProgramEntity, OrganizationEntity]],
    [TargetGroupEntity, [ProgramEntity]],
    [TargetEntity, [TargetGroupEntity]],
    [VisitDayEntity, [ProgramEntity]],
    [ReceptionCounterEntity, [ProgramEntity]],
    [CallEntity, [ProgramEntity]],
    [CallWeekEntity, [ProgramEntity]],
    [SessionEntity, [ProgramEntity]],
    [BookingEntity, [ProgramEntity]],
    [DailyReportEntity, [ProgramEntity]],
    [ActivityPhotoEntity, [DailyReportEntity]],
    [DefectEntity, [ProgramEntity]],
    [InquiryEntity, [ProgramEntity]],
  ]);
  const bulk = new BulkInserter(ds, deps);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const ids = seededRandom(mix(opts.seed, -1, 1));
  uuidFrom(ids); // the vendor organization's id (benchWorld)
  const vendorStaffId = uuidFrom(ids);
  const vendorManagerId = uuidFrom(ids);
  const stamp = jstInstant('2025-03-01', '09:00');

  const user = (id: string, organizationId: string, role: string, name: string, email: string): UserEntity => ({
    id,
    organizationId,
    role,
    name,
    email,
    passwordHash,
    ...NEW_ACCOUNT,
    currentProgramId: null,
    createdAt: stamp,
    updatedAt: stamp,
  });

  if (opts.from === 0) {
    await bulk.add(OrganizationEntity, { id: world.vendorOrganizationId, kind: 'vendor', name: '株式会社ベンチコールセンター（検証）', municipalityId: null, createdAt: stamp, updatedAt: stamp });
    await bulk.add(UserEntity, [
      user(vendorStaffId, world.vendorOrganizationId, 'vendor_staff', '検証 オペレーター', 'staff@vendor.bench.example.jp'),
      user(vendorManagerId, world.vendorOrganizationId, 'vendor_manager', '検証 管理者', BENCH_VENDOR_MANAGER_EMAIL),
    ]);
  }

  for (let i = opts.from; i < opts.to; i++) {
    await generateProgram(bulk, {
      seed: opts.seed,
      index: i,
      programId: world.programIds[i],
      vendorOrganizationId: world.vendorOrganizationId,
      vendorStaffId,
      user,
      stamp,
    });
  }
  await bulk.flushAll();
  return { world, programs: opts.to - opts.from, rows: Object.fromEntries(bulk.inserted), statements: bulk.statements, ms: performance.now() - started };
}

interface ProgramPlan {
  seed: number;
  index: number;
  programId: string;
  vendorOrganizationId: string;
  vendorStaffId: string;
  user: (id: string, organizationId: string, role: string, name: string, email: string) => UserEntity;
  stamp: Date;
}

async function generateProgram(bulk: BulkInserter, plan: ProgramPlan): Promise<void> {
  const { index: i, programId, stamp } = plan;
  const random = seededRandom(mix(plan.seed, i, 3));
  const idRandom = seededRandom(mix(plan.seed, i, 4));
  const id = () => uuidFrom(idRandom);
  const n = pad(i + 1, 4);
  const cityName = `検証市${n}`;

  // Who: the municipality, its city organization, the bench viewer (program 0 only).
  const municipalityId = id();
  const cityOrgId = id();
  await bulk.add(MunicipalityEntity, { id: municipalityId, code: String(100000 + i), name: cityName, prefecture: '検証県', createdAt: stamp, updatedAt: stamp });
  await bulk.add(OrganizationEntity, { id: cityOrgId, kind: 'city', name: `${cityName} 市民部 戸籍住民課`, municipalityId, createdAt: stamp, updatedAt: stamp });
  if (i === 0) await bulk.add(UserEntity, plan.user(id(), cityOrgId, 'city_viewer', `${cityName} 閲覧`, BENCH_VIEWER_EMAIL));

  // The program: all three service kinds over fiscal 2025, with the product's defaults for everything else.
  const fields = programInputSchema.parse({
    title: `${cityName}マイナンバーカード出張申請受付等業務（検証）`,
    fiscalYear: PERIOD.fiscalYear,
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    reportDeadline: PERIOD.end,
    serviceKinds: ['home_visit', 'facility_visit', 'venue_event'],
    methods: { home_visit: 'on_site_acceptance', facility_visit: 'on_site_acceptance', venue_event: 'application_support' },
  });
  const program: ProgramEntity = { id: programId, municipalityId, ...programColumns(fields), closedAt: null, closedBy: null, createdAt: stamp, updatedAt: stamp };
  await bulk.add(ProgramEntity, program);
  await bulk.add(ProgramVendorEntity, { programId, organizationId: plan.vendorOrganizationId });

  const groups: Array<{ name: string; logic: 'any' | 'all'; targets: Array<[string, number, ServiceKind | null, string]> }> = [
    {
      name: '契約目標',
      logic: 'all',
      targets: [
        ['reservations', 144, 'home_visit', '個人宅 予約件数'],
        ['applications', 216, 'home_visit', '個人宅 申請件数'],
        ['facilities_visited', 10, 'facility_visit', '福祉施設 訪問施設数'],
        ['applications', 900, 'facility_visit', '福祉施設 申請件数'],
      ],
    },
    {
      name: '会場設置型',
      logic: 'any',
      targets: [
        ['sessions', 24, 'venue_event', '会場設置型 実施回数'],
        ['applications', 600, 'venue_event', '会場設置型 申請者数'],
      ],
    },
  ];
  for (const [gi, g] of groups.entries()) {
    const groupId = id();
    await bulk.add(TargetGroupEntity, { id: groupId, programId, name: g.name, logic: g.logic, sortOrder: gi });
    await bulk.add(
      TargetEntity,
      g.targets.map(([metric, goal, kind, label], ti) => ({ id: id(), groupId, metric, goal, serviceKinds: kind ? [kind] : [], label, sortOrder: ti })),
    );
  }
  const calendar = proposeVisitDays({
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    homeDays: 36,
    facilityDays: 6,
    workingHours: fields.workingHours,
    perWeekMin: fields.bookingRules.visitDaysPerWeekMin,
    perWeekMax: fields.bookingRules.visitDaysPerWeekMax,
  });
  await bulk.add(
    VisitDayEntity,
    calendar.days.map((d) => ({ id: id(), programId, date: d.date, kind: d.kind })),
  );

  const keys = (date: string) => ({ date, weekStart: weekStart(date, fields.weekStartsOn), month: monthKey(date) });
  const days = eachDay(PERIOD.start, PERIOD.end);

  // Calls: ≈20 a working day (≈5,000 a year), a few outbound, a few logged late or outside hours.
  const calls: CallEntity[] = [];
  for (const date of days) {
    if (!isWorkingDay(date, fields.workingHours)) continue;
    const count = around(random, 20.5);
    for (let c = 0; c < count; c++) {
      const category = weighted(random, CALL_CATEGORY_WEIGHTS);
      const outside = random() < 0.02;
      const minute = outside ? 17 * 60 + Math.floor(random() * 90) : 9 * 60 + Math.floor(random() * 8 * 60);
      const receivedAt = jstInstant(date, hhmm(minute));
      calls.push({
        id: id(),
        programId,
        kind: 'single',
        receivedAt,
        ...keys(date),
        direction: random() < 0.02 ? 'out' : 'in',
        category,
        outcome: callOutcomeFor(random, category),
        count: 1,
        durationMinutes: 2 + Math.floor(random() * 12),
        operatorUserId: plan.vendorStaffId,
        note: random() < 0.1 ? '折り返し希望の時間帯を確認' : null,
        outsideHours: outside,
        late: random() < 0.01,
        bookingId: null,
        createdAt: receivedAt,
      });
    }
  }
  await bulk.add(CallEntity, calls);

  // Weekly call reports: every week submitted on its due date and accepted, frozen at submission.
  const series = weeklyCallSeries({
    from: PERIOD.start,
    to: PERIOD.end,
    weekStartsOn: fields.weekStartsOn,
    calls: calls.filter((c) => c.direction === 'in').map((c) => ({ date: c.date, category: c.category as CallCategory, count: c.count })),
    workingHours: fields.workingHours,
    dueWeekday: fields.callWeekReportDueWeekday,
  });
  await bulk.add(
    CallWeekEntity,
    series.map((w) => ({
      id: id(),
      programId,
      weekStart: w.weekStart,
      status: 'accepted',
      submittedAt: jstInstant(w.dueDate, '10:30'),
      submittedBy: plan.vendorStaffId,
      frozenCounts: JSON.stringify(freezeCallCounts(w)),
      decidedAt: jstInstant(addDays(w.dueDate, 1), '15:00'),
      decidedBy: null,
      reason: null,
    })),
  );

  // Sessions: one on every working day (a second on one day in six), a venue event on the 2nd and 4th Saturday.
  const facilities = FACILITY_NAMES.map((name, k) => `${FACILITY_KINDS[k % FACILITY_KINDS.length]} ${name}（検証）`);
  const sessions: SessionEntity[] = [];
  for (const date of days) {
    const planned: ServiceKind[] = [];
    if (isWorkingDay(date, fields.workingHours)) {
      const count = random() < 1 / 6 ? 2 : 1;
      for (let s = 0; s < count; s++) planned.push(weighted(random, { home_visit: 40, facility_visit: 45, venue_event: 15 }));
    } else if (weekday(date) === 6 && [2, 4].includes(Math.ceil(Number(date.slice(8, 10)) / 7))) {
      planned.push('venue_event');
    }
    for (const [s, kind] of planned.entries()) {
      const cancelled = random() < 0.03;
      const place = kind === 'home_visit' ? DISTRICTS[Math.floor(random() * DISTRICTS.length)] : kind === 'facility_visit' ? facilities[Math.floor(random() * facilities.length)] : VENUES[Math.floor(random() * VENUES.length)];
      sessions.push({
        id: id(),
        programId,
        ...keys(date),
        serviceKind: kind,
        place,
        method: fields.methods[kind] ?? 'application_support',
        startTime: s === 0 ? '10:00' : '14:00',
        endTime: s === 0 ? '11:30' : '15:30',
        staffUserIds: [plan.vendorStaffId],
        cityStaffPresent: fields.methods[kind] === 'on_site_acceptance',
        status: cancelled ? 'cancelled' : 'held',
        cancelReason: cancelled ? '申請者の体調不良のため' : null,
        offDayReason: isWorkingDay(date, fields.workingHours) ? null : '商業施設の休日来場者向け',
        bookingId: null,
        facilityId: null,
        unbookedReason: null,
        unbookedReasonText: null,
        ...(cancelled ? ZERO_COUNTS : countsFor(random, kind)),
        photoExceptionsOtherText: null,
        notTakenReason: null,
        problems: random() < 0.05 ? '申請者宅の駐車場所がなく近隣の有料駐車場を利用' : null,
        note: null,
        photoShortfallExplanation: null,
        createdAt: jstInstant(date, '09:00'),
        updatedAt: jstInstant(date, '17:00'),
      });
    }
  }

  // Bookings: one per home or facility session (visited), plus cancellations and no-shows; numbers in order received.
  const bookings: BookingEntity[] = [];
  const book = (date: string, kind: 'home' | 'facility', status: string, applicants: number, sessionId: string | null) => {
    const lead = kind === 'home' ? 14 + Math.floor(random() * 14) : 30 + Math.floor(random() * 14);
    const receivedDate = addDays(date, -lead) < PERIOD.start ? PERIOD.start : addDays(date, -lead);
    const receivedAt = jstInstant(receivedDate, hhmm(9 * 60 + Math.floor(random() * 480)));
    const half = random() < 0.5 ? 'am' : 'pm';
    bookings.push({
      id: id(),
      programId,
      receptionNumber: 0,
      kind,
      status,
      receivedAt,
      receivedDate,
      visitDate: date,
      half,
      // Position names as the slot engine spells them (slots.ts): a date-prefixed name broke every booking view.
      positions: [kind === 'home' ? (half === 'am' ? 'AM1' : 'PM1') : half === 'am' ? 'FAM' : 'FPM'],
      district: DISTRICTS[Math.floor(random() * DISTRICTS.length)],
      applicants,
      plannedApplications: applicants,
      callerRelation: kind === 'home' ? 'self' : null,
      applicationTypes: ['new'],
      guidanceGiven: [],
      callId: null,
      sessionId,
      facilityId: null,
      overrideReason: null,
      cancelReason: status === 'cancelled' ? '都合が悪くなったため' : null,
      sharedWithCityAt: receivedAt,
      visitFinishedDate: status === 'visited' ? date : null,
      personalDataDeletedAt: jstInstant(addDays(date, 30), '03:00'),
      personalDataDeletedBy: null,
      personalDataDeletionRule: status === 'visited' ? 'visited_shared' : 'closed_retention',
      createdAt: receivedAt,
      updatedAt: receivedAt,
    });
  };
  for (const s of sessions) {
    if (s.serviceKind === 'venue_event') continue;
    const apps = s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged;
    const kind = s.serviceKind === 'home_visit' ? 'home' : 'facility';
    if (s.status === 'held') {
      book(s.date, kind, 'visited', Math.max(1, apps), s.id);
      s.bookingId = bookings[bookings.length - 1].id;
    } else book(s.date, kind, 'cancelled', 1, null);
    if (random() < 0.08) book(s.date, kind, 'cancelled', 1, null);
    if (random() < 0.03) book(s.date, kind, 'no_show', 1, null);
  }
  bookings.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  bookings.forEach((b, k) => (b.receptionNumber = k + 1));
  await bulk.add(SessionEntity, sessions);
  await bulk.add(BookingEntity, bookings);
  await bulk.add(ReceptionCounterEntity, { programId, nextNumber: bookings.length + 1 });

  // Daily reports on every day with held sessions: mostly accepted; some submitted, returned or still drafts.
  const heldDates = [...new Set(sessions.filter((s) => s.status === 'held').map((s) => s.date))];
  const reports: DailyReportEntity[] = [];
  const photos: ActivityPhotoEntity[] = [];
  for (const date of heldDates) {
    const status = weighted(random, { accepted: 90, submitted: 4, returned: 2, draft: 4 });
    const dueAt = new Date(dailyReportDueAt(date, fields.dailyReportDue, fields.workingHours));
    const late = random() < 0.08;
    const submittedAt = status === 'draft' ? null : new Date(dueAt.getTime() + (late ? 3 : -(1 + random() * 18)) * 3600_000);
    const decided = status === 'accepted' || status === 'returned';
    const report: DailyReportEntity = {
      id: id(),
      programId,
      date,
      status,
      specialNotes: random() < 0.1 ? '施設側の都合により開始時刻を30分繰り下げた' : null,
      submittedAt,
      submittedBy: submittedAt ? plan.vendorStaffId : null,
      preparedAt: submittedAt,
      preparedBy: submittedAt ? plan.vendorStaffId : null,
      decidedAt: decided ? new Date(submittedAt!.getTime() + 20 * 3600_000) : null,
      decidedBy: null,
      reason: status === 'returned' ? '写真の枚数と申請件数が合いません。ご確認ください' : null,
      createdAt: jstInstant(date, '17:00'),
      updatedAt: jstInstant(date, '17:00'),
    };
    reports.push(report);
    const count = 2 + (random() < 0.25 ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const photoId = id();
      const reviewStatus = status === 'accepted' ? (random() < 0.97 ? 'approved' : 'rejected') : 'pending';
      photos.push({
        id: photoId,
        dailyReportId: report.id,
        programId,
        uploadedBy: plan.vendorStaffId,
        caption: '受付会場の様子（申請者は写っていません）',
        width: 1600,
        height: 1200,
        bytes: 250_000 + Math.floor(random() * 200_000),
        confirmedNoPersonalData: true,
        reviewStatus,
        rejectReason: reviewStatus === 'rejected' ? '申請者の顔が判別できます' : null,
        storageKey: `${programId}/${photoId}`,
        createdAt: jstInstant(date, '16:00'),
      });
    }
  }
  await bulk.add(DailyReportEntity, reports);
  await bulk.add(ActivityPhotoEntity, photos);

  // Defects on one held session in seventeen (a third still open); an inquiry on one report day in seven.
  const defects: DefectEntity[] = sessions
    .filter((s, k) => s.status === 'held' && k % 17 === 5)
    .map((s, k) => {
      const receivedDate = addDays(s.date, 10);
      const resolved = k % 3 !== 0;
      return {
        id: id(),
        programId,
        sessionId: s.id,
        applicationId: null,
        receivedDate,
        ...demoDefectFinding(k),
        attempts: [{ at: jstInstant(addDays(s.date, 11), '10:00').toISOString(), method: 'phone', result: resolved ? 'resolved' : 'no_answer' }],
        resolvedDate: resolved ? addDays(s.date, 14) : null,
        createdAt: jstInstant(receivedDate, '10:00'),
        updatedAt: jstInstant(receivedDate, '10:00'),
      };
    });
  await bulk.add(DefectEntity, defects);
  const inquiries: InquiryEntity[] = heldDates
    .filter((_, k) => k % 7 === 3)
    .map((date, k) => ({
      id: id(),
      programId,
      date,
      ...demoInquiryCall(k),
      closedDate: k % 5 === 0 ? null : addDays(date, 2),
      createdAt: jstInstant(date, '15:00'),
      updatedAt: jstInstant(date, '15:00'),
    }));
  await bulk.add(InquiryEntity, inquiries);
}
