import { randomUUID } from 'node:crypto';
import type { Role } from '@outreach/domain/auth';
import { addDays, jstDateKey, jstInstant } from '@outreach/domain/common';
import { programBodySchema, resolvePeriods, type ServiceKind } from '@outreach/domain/programs';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/passwords';
import { seedDemoCalls } from './demo-calls';
import { demoProgramSettings, demoVisitCalendar } from './demo-programs';
import { demoShiftWeeks, shiftDate } from './demo-placement';
import { seedDemoTeams } from './demo-teams';
import { seedDemoHandlingHistory } from './demo-handling';
import { type DemoHomeBooking, numberByReceipt, planDemoHomeBookings, seedDemoBookings, seedDemoCallBacks, visitedByDate } from './demo-bookings';
import { seedDemoRegister } from './demo-register';
import { DEMO_SMALL_FACILITY, DEMO_VISITED_FACILITIES, seedDemoFacilities } from './demo-facilities';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { SearchHasher } from '../../common/crypto/search-hasher';
import { seedDemoSessions, weeklyRhythm } from './demo-sessions';
import { DEMO_PENDING_SITE, seedDemoSites } from './demo-sites';
import { seedDemoBusinessPlan } from './demo-business-plan';
import { seedDemoMonthlyReports } from './demo-reports';
import { ReportsService } from '../../modules/reports/reports.service';
import { UploadedFiles } from '../../common/files/uploaded-files';
import { PhotoStore } from '../../modules/daily-reports/photo-store';
import type { INestApplicationContext } from '@nestjs/common';
import { MunicipalityEntity } from '../../modules/municipalities/municipality.entity';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { ProgramVendorEntity } from '../../modules/programs/program-vendor.entity';
import { VendorMunicipalityEntity } from '../../modules/organizations/vendor-municipality.entity';
import { ProgramEntity } from '../../modules/programs/program.entity';
import { insertTargetGroups, programColumns } from '../../modules/programs/programs.service';
import { VisitDayEntity } from '../../modules/programs/visit-day.entity';
import { NEW_ACCOUNT, UserEntity } from '../../modules/users/user.entity';

/** The one password of every demo login (README lists them). */
export const DEMO_PASSWORD = 'demo-pass-2026';

/** The demo's municipalities (小樽市, 下関市) and organizations, by the codes and names `nonDemoData` recognises. */
export const DEMO_MUNICIPALITY_CODES: readonly string[] = ['012033', '352012'];
export const DEMO_ORGANIZATION_NAMES: readonly string[] = ['アウトリーチデスク運用窓口', '小樽市 市民部 戸籍住民課', '下関市 市民部 市民サービス課', '株式会社みなとコールサービス（デモ）', '株式会社かんもんサポート（デモ）'];

export const DEMO_LOGINS: Array<{ role: Role; email: string; name: string; org: 'operator' | 'otaru' | 'shimonoseki' | 'vendorA' | 'vendorB' }> = [
  { role: 'system_admin', email: 'admin@example.jp', name: '運用 管理者', org: 'operator' },
  { role: 'city_admin', email: 'city-admin@otaru.example.jp', name: '小樽 担当', org: 'otaru' },
  { role: 'city_viewer', email: 'city-viewer@otaru.example.jp', name: '小樽 閲覧', org: 'otaru' },
  { role: 'vendor_manager', email: 'manager@vendor-a.example.jp', name: '受託 管理', org: 'vendorA' },
  { role: 'vendor_staff', email: 'staff@vendor-a.example.jp', name: '受託 スタッフ', org: 'vendorA' },
  { role: 'city_admin', email: 'city-admin@shimonoseki.example.jp', name: '下関 担当', org: 'shimonoseki' },
  { role: 'vendor_manager', email: 'manager@vendor-b.example.jp', name: '別社 管理', org: 'vendorB' },
  { role: 'vendor_staff', email: 'staff@vendor-b.example.jp', name: '別社 スタッフ', org: 'vendorB' },
];

export interface DemoIds {
  municipalities: { otaru: string; shimonoseki: string };
  organizations: Record<'operator' | 'otaru' | 'shimonoseki' | 'vendorA' | 'vendorB', string>;
  programs: { otaru: string; shimonoseki: string };
  users: Record<string, string>;
}

/** The app's services the demo uses where it has them: photo files, the cipher and search hasher of personal data, uploaded files. */
export interface DemoServices {
  photos?: PhotoStore;
  cipher?: RecordCipher;
  hasher?: SearchHasher;
  files?: UploadedFiles;
  reports?: ReportsService;
}

/** Every service the demo can use, from a running app (the API's start, the tests, the multi-instance test's process). */
export function demoServicesOf(app: INestApplicationContext): DemoServices {
  return { photos: app.get(PhotoStore), cipher: app.get(RecordCipher), hasher: app.get(SearchHasher), files: app.get(UploadedFiles), reports: app.get(ReportsService) };
}

/**
 * A realistic, fictional demo: two cities shaped like the Otaru and Shimonoseki specifications, their
 * vendors (vendor A serves Otaru; vendor B serves Shimonoseki) and one login per role. Runs only on an empty
 * database; returns what it created, or null when data already exists.
 */
export async function seedDemo(
  dataSource: DataSource,
  now: Date,
  { photos, cipher, hasher, files, reports }: DemoServices = {},
  placement: { weeks?: number } = {},
): Promise<{ password: string; logins: typeof DEMO_LOGINS; ids: DemoIds } | null> {
  if ((await dataSource.getRepository(MunicipalityEntity).count()) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Placed for the day of the first start: the real 2026 dates, or moved by whole weeks so today is mid-flight.
  // (A test of the real calendar early or late in its period passes weeks: 0.)
  const weeks = placement.weeks ?? demoShiftWeeks(jstDateKey(now));
  const ids = await dataSource.transaction((m) => seedIdentity(m, passwordHash, weeks));
  // Otaru's home visits came from bookings: the calendar the desk filled, up to yesterday (held) and ahead.
  const otaru = await dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: ids.programs.otaru });
  const otaruDays = (await dataSource.getRepository(VisitDayEntity).find({ where: { programId: otaru.id }, order: { date: 'ASC' } })).map((d) => ({ date: d.date, kind: d.kind as 'home_visit' | 'facility_visit' }));
  const homeBookings = cipher ? planDemoHomeBookings(otaru, otaruDays, now, DEMO_SMALL_FACILITY) : [];
  await dataSource.transaction((m) => seedActivity(m, ids, now, weeks, cipher ? visitedByDate(homeBookings, now) : undefined, photos, files, cipher ? { cipher, hasher } : undefined));
  if (cipher) {
    await dataSource.transaction(async (m) => {
      await seedDemoBookings(m, otaru, cipher, now, homeBookings, hasher);
      await seedDemoCallBacks(m, otaru, cipher, now, ids.users['staff@vendor-a.example.jp']);
    });
    await dataSource.transaction(async (m) => {
      await seedDemoFacilities(m, otaru, cipher, now, ids.users['staff@vendor-a.example.jp']);
      await numberByReceipt(m, otaru.id);
      // The register of the visits held, home and facility (the facilities' bookings are made just above).
      await seedDemoRegister(m, otaru, cipher, now, homeBookings, { staff: ids.users['staff@vendor-a.example.jp'], manager: ids.users['manager@vendor-a.example.jp'] }, '北海道小樽市', hasher);
      // This week's teams are formed (the next week's are on the manager's list); the city's staff come to every visit.
      const [managerA, staffA] = [ids.users['manager@vendor-a.example.jp'], ids.users['staff@vendor-a.example.jp']];
      await seedDemoTeams(m, otaru, now, { staff: [staffA, managerA], cityStaff: ['小樽 一郎（架空）'], managerId: managerA });
      // The handling record of what that history did with personal data (取扱記録), read back from its rows.
      await seedDemoHandlingHistory(m, otaru, { staff: ids.users['staff@vendor-a.example.jp'], manager: ids.users['manager@vendor-a.example.jp'] });
    });
  }
  // 月次報告書 from what is seeded above, through the app's report builder: Shimonoseki's (Otaru owes none).
  if (reports && files) {
    const shimonoseki = await dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: ids.programs.shimonoseki });
    const email = 'manager@vendor-b.example.jp';
    const vendor = { userId: ids.users[email], name: DEMO_LOGINS.find((l) => l.email === email)!.name, email, organizationId: ids.organizations.vendorB };
    await seedDemoMonthlyReports(dataSource, shimonoseki, { reports, files }, { vendor, cityUserId: ids.users['city-admin@shimonoseki.example.jp'] }, now);
  }
  return { password: DEMO_PASSWORD, logins: DEMO_LOGINS, ids };
}

async function seedIdentity(m: EntityManager, passwordHash: string, weeks: number): Promise<DemoIds> {
  const settings = demoProgramSettings(weeks);
  // Registered a month before the first program's period, where their history starts — not on the day the demo is
  // seeded (a user page read 登録日時 today beside months of that user's acts in 取扱記録).
  const registered = jstInstant(addDays([settings.otaru.periodStart, settings.shimonoseki.periodStart].sort()[0], -30), '09:00');
  const stamps = { createdAt: registered, updatedAt: registered };
  const municipalities = { otaru: randomUUID(), shimonoseki: randomUUID() };
  await m.getRepository(MunicipalityEntity).insert([
    { id: municipalities.otaru, code: DEMO_MUNICIPALITY_CODES[0], name: '小樽市', prefecture: '北海道', ...stamps },
    { id: municipalities.shimonoseki, code: DEMO_MUNICIPALITY_CODES[1], name: '下関市', prefecture: '山口県', ...stamps },
  ]);
  const organizations = { operator: randomUUID(), otaru: randomUUID(), shimonoseki: randomUUID(), vendorA: randomUUID(), vendorB: randomUUID() };
  const names = DEMO_ORGANIZATION_NAMES;
  await m.getRepository(OrganizationEntity).insert(
    [
      { id: organizations.operator, kind: 'operator', name: names[0], municipalityId: null },
      { id: organizations.otaru, kind: 'city', name: names[1], municipalityId: municipalities.otaru },
      { id: organizations.shimonoseki, kind: 'city', name: names[2], municipalityId: municipalities.shimonoseki },
      { id: organizations.vendorA, kind: 'vendor', name: names[3], municipalityId: null },
      { id: organizations.vendorB, kind: 'vendor', name: names[4], municipalityId: null },
    ].map((o) => ({ ...o, ...stamps })),
  );
  const users: Record<string, string> = {};
  for (const login of DEMO_LOGINS) {
    users[login.email] = randomUUID();
    await m.getRepository(UserEntity).insert({
      id: users[login.email],
      organizationId: organizations[login.org],
      role: login.role,
      name: login.name,
      email: login.email,
      passwordHash,
      ...NEW_ACCOUNT,
      ...stamps,
    });
  }
  const programs = { otaru: randomUUID(), shimonoseki: randomUUID() };
  const otaru = programBodySchema.parse({ ...settings.otaru, vendorOrganizationIds: [organizations.vendorA] });
  const shimonoseki = programBodySchema.parse({ ...settings.shimonoseki, vendorOrganizationIds: [organizations.vendorB] });
  for (const [id, municipalityId, body] of [
    [programs.otaru, municipalities.otaru, otaru],
    [programs.shimonoseki, municipalities.shimonoseki, shimonoseki],
  ] as const) {
    await m.getRepository(ProgramEntity).insert({ id, municipalityId, ...programColumns(body) });
  }
  // Otaru: all four must be met (144 home reservations, 216 home applications, 6 facilities, 60 facility applications).
  await insertTargetGroups(m, programs.otaru, [
    {
      name: '契約目標',
      logic: 'all',
      targets: [
        { metric: 'reservations', goal: 144, serviceKinds: ['home_visit'], label: '個人宅 予約件数' },
        { metric: 'applications', goal: 216, serviceKinds: ['home_visit'], label: '個人宅 申請件数' },
        { metric: 'facilities_visited', goal: 6, serviceKinds: ['facility_visit'], label: '福祉施設 訪問施設数' },
        { metric: 'applications', goal: 60, serviceKinds: ['facility_visit'], label: '福祉施設 申請件数' },
      ],
    },
  ]);
  // Shimonoseki: each type is met by either figure (40 sessions or 300 applicants; 12 sessions or 240 applicants).
  await insertTargetGroups(m, programs.shimonoseki, [
    {
      name: '訪問型',
      logic: 'any',
      targets: [
        { metric: 'sessions', goal: 40, serviceKinds: ['facility_visit', 'home_visit'], label: '訪問型 実施回数' },
        { metric: 'applications', goal: 300, serviceKinds: ['facility_visit', 'home_visit'], label: '訪問型 申請者数' },
      ],
    },
    {
      name: '会場設置型',
      logic: 'any',
      targets: [
        { metric: 'sessions', goal: 12, serviceKinds: ['venue_event'], label: '会場設置型 実施回数' },
        { metric: 'applications', goal: 240, serviceKinds: ['venue_event'], label: '会場設置型 申請者数' },
      ],
    },
  ]);
  // Otaru's calendar: 36 home-visit days and 6 facility days in the visit period, as the system proposes them.
  const proposal = demoVisitCalendar(otaru);
  await m.getRepository(VisitDayEntity).insert(proposal.days.map((d) => ({ id: randomUUID(), programId: programs.otaru, date: d.date, kind: d.kind })));
  await m.getRepository(VendorMunicipalityEntity).insert([
    { organizationId: organizations.vendorA, municipalityId: municipalities.otaru },
    { organizationId: organizations.vendorB, municipalityId: municipalities.shimonoseki },
  ]);
  await m.getRepository(ProgramVendorEntity).insert([
    { programId: programs.otaru, organizationId: organizations.vendorA },
    { programId: programs.shimonoseki, organizationId: organizations.vendorB },
  ]);
  return { municipalities, organizations, programs, users };
}

/** What the programs did: call volumes (and, as features land, sessions, reports and bookings). */
async function seedActivity(
  m: EntityManager,
  ids: DemoIds,
  now: Date,
  weeks: number,
  otaruBooked: ReadonlyMap<string, readonly DemoHomeBooking[]> | undefined,
  photos?: PhotoStore,
  files?: UploadedFiles,
  sealing?: { cipher: RecordCipher; hasher?: SearchHasher },
): Promise<void> {
  const move = (dates: string[]) => dates.map((d) => shiftDate(d, weeks));
  const programs = await m.getRepository(ProgramEntity).findBy({});
  const byId = new Map(programs.map((p) => [p.id, p]));
  const otaru = byId.get(ids.programs.otaru)!;
  const shimonoseki = byId.get(ids.programs.shimonoseki)!;
  const callCenterOf = (p: ProgramEntity) => ({ id: p.id, openedOn: resolvePeriods(p).callCenter.start, periodEnd: resolvePeriods(p).callCenter.end, weekStartsOn: p.weekStartsOn, workingHours: p.workingHours, takesBookings: p.takesBookings });
  await seedDemoCalls(
    m,
    {
      ...callCenterOf(otaru),
      inserts: move(['2026-06-01', '2026-06-15', '2026-08-01', '2026-10-01', '2026-11-01']),
      baseline: 4,
      seed: 12033,
      paperUntil: shiftDate('2026-06-05', weeks),
      vendorUserId: ids.users['staff@vendor-a.example.jp'],
      cityUserId: ids.users['city-admin@otaru.example.jp'],
    },
    now,
  );
  await seedDemoCalls(
    m,
    {
      ...callCenterOf(shimonoseki),
      inserts: move(['2026-07-01', '2026-09-01', '2026-11-01']),
      baseline: 3,
      seed: 352012,
      vendorUserId: ids.users['manager@vendor-b.example.jp'],
      cityUserId: ids.users['city-admin@shimonoseki.example.jp'],
    },
    now,
  );
  const visitDays = await m.getRepository(VisitDayEntity).find({ where: { programId: otaru.id }, order: { date: 'ASC' } });
  await seedDemoSessions(
    m,
    {
      program: otaru,
      days: visitDays.map((d) => ({ date: d.date, kind: d.kind as ServiceKind })),
      places: { home_visit: ['中央地区', '南小樽地区', '北部地区', '銭函地区', '朝里地区'], facility_visit: ['特別養護老人ホーム みなと園（架空）', 'グループホーム しおかぜ（架空）', '介護老人保健施設 あさり（架空）'], venue_event: [] },
      staffUserIds: [ids.users['staff@vendor-a.example.jp']],
      cityUserId: ids.users['city-admin@otaru.example.jp'],
      vendorUserId: ids.users['staff@vendor-a.example.jp'],
      staffFiles: true,
      booked: otaruBooked,
      facilitiesInTurn: DEMO_VISITED_FACILITIES,
      seed: 33,
    },
    now,
    photos,
  );
  const shimonosekiPlaces: Record<ServiceKind, string[]> = {
    home_visit: ['彦島地区', '長府地区', '豊浦地区'],
    facility_visit: ['デイサービス かいきょう（架空）', '株式会社みもすそ物産（架空）', '老人ホーム ひのやま（架空）', '地区公民館 あかま（架空）'],
    venue_event: ['ショッピングモール ゆめみなと（架空）', '駅前商業ビル しものせき（架空）'],
  };
  const shimonosekiUsers = { vendorUserId: ids.users['manager@vendor-b.example.jp'], cityUserId: ids.users['city-admin@shimonoseki.example.jp'] };
  await seedDemoSessions(
    m,
    {
      program: shimonoseki,
      days: weeklyRhythm(shimonoseki, resolvePeriods(shimonoseki).visits.start, resolvePeriods(shimonoseki).visits.end),
      places: shimonosekiPlaces,
      staffUserIds: [ids.users['manager@vendor-b.example.jp'], ids.users['staff@vendor-b.example.jp']],
      ...shimonosekiUsers,
      seed: 77,
    },
    now,
    photos,
  );
  // 004 §8(5): two of the vendor's people on each visit; this week's teams are formed, the city's staff where it accepts.
  const [managerB, staffB] = [ids.users['manager@vendor-b.example.jp'], ids.users['staff@vendor-b.example.jp']];
  await seedDemoTeams(m, shimonoseki, now, { staff: [managerB, staffB], cityStaff: ['下関 花子（架空）'], managerId: managerB });
  // 004 §7(3): Shimonoseki's sessions are at sites the city approved; one more waits for its decision.
  await seedDemoSites(m, shimonoseki, shimonosekiPlaces, shimonosekiUsers, now);
  // 004 §8(1): the business plan the city consented to, and an amendment adding that venue, waiting.
  if (files) await seedDemoBusinessPlan(m, files, shimonoseki, Object.values(shimonosekiPlaces).flat(), DEMO_PENDING_SITE.name, shimonosekiUsers, now);
  // Its register: the applicants of its visits and venues, all taken on the day (it books no visits), handed over weekly.
  if (sealing) await seedDemoRegister(m, shimonoseki, sealing.cipher, now, [], { staff: staffB, manager: managerB }, '山口県下関市', sealing.hasher);
  // Its handling record, as for Otaru: the register above, the teams formed (their itineraries list the visits' places and people).
  await seedDemoHandlingHistory(m, shimonoseki, { staff: staffB, manager: managerB });
}
