import { randomUUID } from 'node:crypto';
import type { Role } from '@outreach/domain/auth';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { FacilityEntity } from '../src/modules/facilities/facility.entity';
import { CallEntity } from '../src/modules/calls/call.entity';
import { ActivityPhotoEntity, DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { DefectEntity, InquiryEntity } from '../src/modules/follow-ups/follow-up.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { IncidentEntity } from '../src/modules/incidents/incident.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { ProgramVendorEntity } from '../src/modules/programs/program-vendor.entity';
import { IsNull } from 'typeorm';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * Every route the app registers × every role × (own tenant, foreign tenant), plus anonymous, against ONE
 * table of expected statuses. A new route without an entry here fails this test.
 *
 * Bodies are deliberately empty: a role that may act gets past the guards and stops at validation (400), so
 * the matrix checks authorization without changing data. [own, foreign] — "foreign" is the same request
 * aimed at another city's or vendor's record.
 */
type Target = 'user' | 'organization' | 'municipality' | 'program' | 'call' | 'callWeek' | 'session' | 'dailyReport' | 'photo' | 'defect' | 'inquiry' | 'booking' | 'facilityBooking' | 'incident' | 'handlingRecord' | 'none';
type Expect = { target: Target; anon: number; body?: object; relogin?: boolean } & Record<Role, [number, number]>;

const ROLES: Role[] = ['system_admin', 'city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'];
const all = (own: number, foreign = own): [number, number] => [own, foreign];

/** Open to everyone, signed in or not. */
const open = (status = 200): Expect => ({ target: 'none', anon: status, system_admin: all(status), city_admin: all(status), city_viewer: all(status), vendor_manager: all(status), vendor_staff: all(status) });

/** A read of one program: its own users see it; anyone else's program (and every program for the operator) is a 404. */
function programRead(): Expect {
  return { target: 'program', anon: 401, system_admin: [404, 404], city_admin: [200, 404], city_viewer: [200, 404], vendor_manager: [200, 404], vendor_staff: [200, 404] };
}
/** A write on one program: allowed roles reach validation (or the given status), the others 403 — but 404 on a foreign program. */
function programWrite(allowed: Role[], status: number, body?: object): Expect {
  const e = { target: 'program', anon: 401, body, system_admin: [404, 404] } as Expect;
  for (const role of ROLES.filter((r) => r !== 'system_admin')) e[role] = [allowed.includes(role) ? status : 403, 404];
  return e;
}

/** A list inside the programs one sees (the operator sees none). */
function readList(): Expect {
  return { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) };
}
/** One record inside a program: its program's users read it; another city's is a 404. */
function readOne(target: Target): Expect {
  return { target, anon: 401, system_admin: all(403), city_admin: [200, 404], city_viewer: [200, 404], vendor_manager: [200, 404], vendor_staff: [200, 404] };
}
/** A vendor's write: vendor roles get [own, foreign]; city roles and the operator 403. */
function vendorWrite(target: Target, own: number, foreign: number, body?: object): Expect {
  return { target, anon: 401, body, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: [own, foreign], vendor_staff: [own, foreign] };
}
/** The city's decision (accept, return, review): city_admin gets [own, 404]; everyone else 403. */
function cityDecision(target: Target, own: number, body?: object): Expect {
  return { target, anon: 401, body, system_admin: all(403), city_admin: [own, 404], city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) };
}
/** 社内確認 (release, internal return): vendor_manager gets [own, 404]; everyone else 403. */
function managerReview(target: Target, own: number, body?: object): Expect {
  return { target, anon: 401, body, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: [own, 404], vendor_staff: all(403) };
}
/** A report download of one program (export.download: city_admin, city_viewer, vendor_manager); foreign → 404. */
function programExport(status: number, body?: object): Expect {
  return programWrite(['city_admin', 'city_viewer', 'vendor_manager'], status, body);
}
/** A download-related route outside a program: export.download roles get the status, the others 403. */
function downloads(status: number, body?: object): Expect {
  return { target: 'none', anon: 401, body, system_admin: all(403), city_admin: all(status), city_viewer: all(status), vendor_manager: all(status), vendor_staff: all(403) };
}

const MATRIX: Record<string, Expect> = {
  'GET /api/health': open(),
  // The OpenAPI document and its UI (served from our own copy of swagger-ui, nothing from outside).
  'GET /api/docs-json': open(),
  'GET /api/docs-yaml': open(),
  'GET /api/docs': open(),
  'GET /api/docs/': open(),
  'GET /api/docs/index.html': open(),
  'GET /api/docs/swagger-ui-init.js': open(),
  'GET /api/docs/docs/swagger-ui-init.js': open(),
  // Registered by @nestjs/swagger, but swagger-ui-dist ships no LICENSE file at that path.
  'GET /api/docs/LICENSE': open(404),
  'POST /api/auth/login': { target: 'none', anon: 400, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'POST /api/auth/logout': { target: 'none', anon: 204, relogin: true, system_admin: all(204), city_admin: all(204), city_viewer: all(204), vendor_manager: all(204), vendor_staff: all(204) },
  'GET /api/auth/session': { target: 'none', anon: 200, system_admin: all(200), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) },
  'GET /api/auth/me': { target: 'none', anon: 401, system_admin: all(200), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) },
  'PUT /api/auth/me/program': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'POST /api/auth/password': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'POST /api/auth/totp/setup': { target: 'none', anon: 401, system_admin: all(200), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) },
  'POST /api/auth/totp/enable': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'POST /api/auth/totp/disable': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'GET /api/municipalities': { target: 'none', anon: 401, system_admin: all(200), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'GET /api/municipalities/:id': { target: 'municipality', anon: 401, system_admin: all(200), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'POST /api/municipalities': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'PUT /api/municipalities/:id': { target: 'municipality', anon: 401, body: {}, system_admin: all(400), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'GET /api/organizations': { target: 'none', anon: 401, system_admin: all(200), city_admin: all(200), city_viewer: all(403), vendor_manager: all(200), vendor_staff: all(403) },
  'GET /api/organizations/:id': { target: 'organization', anon: 401, system_admin: all(200), city_admin: [200, 404], city_viewer: all(403), vendor_manager: [200, 404], vendor_staff: all(403) },
  'POST /api/organizations': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'PUT /api/organizations/:id': { target: 'organization', anon: 401, body: {}, system_admin: all(400), city_admin: all(403), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'GET /api/users': { target: 'none', anon: 401, system_admin: all(200), city_admin: all(200), city_viewer: all(403), vendor_manager: all(200), vendor_staff: all(403) },
  'GET /api/users/:id': { target: 'user', anon: 401, system_admin: all(200), city_admin: [200, 404], city_viewer: all(403), vendor_manager: [200, 404], vendor_staff: all(403) },
  'POST /api/users': { target: 'none', anon: 401, body: {}, system_admin: all(400), city_admin: all(400), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(403) },
  'PUT /api/users/:id': { target: 'user', anon: 401, body: {}, system_admin: all(200), city_admin: [200, 404], city_viewer: all(403), vendor_manager: [200, 404], vendor_staff: all(403) },
  'POST /api/users/:id/reset-password': { target: 'user', anon: 401, system_admin: all(200), city_admin: [200, 404], city_viewer: all(403), vendor_manager: [200, 404], vendor_staff: all(403) },
  'GET /api/handling-records': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(403) },
  // Programs: a city sees its municipality's, a vendor those it serves, the operator none (404 for everyone else's).
  'GET /api/programs': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) },
  'POST /api/programs': { target: 'none', anon: 401, body: {}, system_admin: all(403), city_admin: all(400), city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'GET /api/programs/:programId': programRead(),
  'PUT /api/programs/:programId': programWrite(['city_admin'], 400, {}),
  'GET /api/programs/:programId/target-groups': programRead(),
  'PUT /api/programs/:programId/target-groups': programWrite(['city_admin'], 400, {}),
  'GET /api/programs/:programId/progress': programRead(),
  'GET /api/programs/:programId/visit-days': programRead(),
  'POST /api/programs/:programId/visit-days': programWrite(['city_admin', 'vendor_manager'], 400, {}),
  'PUT /api/programs/:programId/visit-days': programWrite(['city_admin', 'vendor_manager'], 400, {}),
  'POST /api/programs/:programId/visit-days/proposal': programWrite(['city_admin', 'vendor_manager'], 400, {}),
  'PUT /api/programs/:programId/visit-days/:id': programWrite(['city_admin', 'vendor_manager'], 400, {}),
  // A visit day that does not exist in the program: 404 for those who may act.
  'DELETE /api/programs/:programId/visit-days/:id': programWrite(['city_admin', 'vendor_manager'], 404),
  // Calls: the same rule for records inside a program (foreign → 404). The "own" call lies in an accepted week, so
  // changing it is refused (409) and the matrix changes nothing.
  'GET /api/calls': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(200) },
  'GET /api/calls/:id': { target: 'call', anon: 401, system_admin: all(403), city_admin: [200, 404], city_viewer: [200, 404], vendor_manager: [200, 404], vendor_staff: [200, 404] },
  'POST /api/calls': { target: 'none', anon: 401, body: {}, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(400) },
  'POST /api/calls/bulk': { target: 'none', anon: 401, body: {}, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(400) },
  // Validation runs before the lookup: a malformed body is a 400 whoever owns the id (it confirms nothing).
  'PUT /api/calls/:id': { target: 'call', anon: 401, body: {}, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(400) },
  'DELETE /api/calls/:id': { target: 'call', anon: 401, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: [409, 404], vendor_staff: [409, 404] },
  'GET /api/call-weeks': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(400), city_viewer: all(400), vendor_manager: all(400), vendor_staff: all(400) },
  'GET /api/call-weeks/:id': { target: 'callWeek', anon: 401, system_admin: all(403), city_admin: [200, 404], city_viewer: [200, 404], vendor_manager: [200, 404], vendor_staff: [200, 404] },
  'POST /api/call-weeks/:id/submit': { target: 'callWeek', anon: 401, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: [422, 404], vendor_staff: [422, 404] },
  'POST /api/call-weeks/:id/accept': { target: 'callWeek', anon: 401, system_admin: all(403), city_admin: [422, 404], city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'POST /api/call-weeks/:id/return': { target: 'callWeek', anon: 401, body: {}, system_admin: all(403), city_admin: [422, 404], city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'POST /api/call-weeks/:id/reopen': { target: 'callWeek', anon: 401, body: {}, system_admin: all(403), city_admin: [422, 404], city_viewer: all(403), vendor_manager: all(403), vendor_staff: all(403) },
  'GET /api/programs/:programId/calls/weekly': programRead(),
  // Sessions, daily reports and photos: "own" records lie on an accepted day, so writes stop at the lock (409/422).
  'GET /api/sessions': readList(),
  'GET /api/sessions/:id': readOne('session'),
  'POST /api/sessions': vendorWrite('none', 400, 400, {}),
  'PUT /api/sessions/:id': vendorWrite('session', 400, 400, {}),
  'DELETE /api/sessions/:id': vendorWrite('session', 409, 404),
  'GET /api/daily-reports': readList(),
  'GET /api/daily-reports/:id': readOne('dailyReport'),
  'PUT /api/daily-reports/:id': vendorWrite('dailyReport', 400, 400, {}),
  'POST /api/daily-reports/:id/submit': vendorWrite('dailyReport', 422, 404),
  'POST /api/daily-reports/:id/photos': vendorWrite('dailyReport', 409, 404),
  'POST /api/daily-reports/:id/accept': cityDecision('dailyReport', 422),
  'POST /api/daily-reports/:id/return': cityDecision('dailyReport', 422, {}),
  'POST /api/daily-reports/:id/reopen': cityDecision('dailyReport', 422, {}),
  'POST /api/daily-reports/:id/release': managerReview('dailyReport', 422),
  'POST /api/daily-reports/:id/return-internally': managerReview('dailyReport', 422, {}),
  'GET /api/photos/:id': readOne('photo'),
  'GET /api/photos/:id/thumbnail': readOne('photo'),
  'PUT /api/photos/:id': vendorWrite('photo', 400, 400, {}),
  'DELETE /api/photos/:id': vendorWrite('photo', 409, 404),
  'POST /api/photos/:id/approve': cityDecision('photo', 200),
  'POST /api/photos/:id/reject': cityDecision('photo', 422, {}),
  'GET /api/programs/:programId/reporting-rates': programRead(),
  'GET /api/defects': readList(),
  'GET /api/defects/:id': readOne('defect'),
  'POST /api/defects': vendorWrite('none', 400, 400, {}),
  'PUT /api/defects/:id': vendorWrite('defect', 400, 400, {}),
  'GET /api/inquiries': readList(),
  'GET /api/inquiries/:id': readOne('inquiry'),
  'POST /api/inquiries': vendorWrite('none', 400, 400, {}),
  'PUT /api/inquiries/:id': vendorWrite('inquiry', 400, 400, {}),
  // Bookings: the slot finder and intake are the vendor's; the personal data route opens only to vendors
  // (and to the city once a slip is shared — the "own" demo booking is not shared yet: 403 for city roles).
  'POST /api/programs/:programId/slots/search': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'GET /api/programs/:programId/availability': programRead(),
  'POST /api/programs/:programId/bookings': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  // Finding bookings by name, kana or phone, and the list's caller names: those who may read slips (the city only its shared ones).
  'POST /api/programs/:programId/bookings/search': programWrite(['city_admin', 'vendor_manager', 'vendor_staff'], 400, {}),
  'POST /api/programs/:programId/bookings/caller-names': programWrite(['city_admin', 'vendor_manager', 'vendor_staff'], 400, {}),
  // 折り返し: the vendor's team only (booking.manage); a call-back that does not exist is a 404.
  'GET /api/programs/:programId/call-backs': programWrite(['vendor_manager', 'vendor_staff'], 200),
  'POST /api/programs/:programId/call-backs': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'POST /api/programs/:programId/call-backs/:id/calls': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'POST /api/programs/:programId/call-backs/:id/claim': programWrite(['vendor_manager', 'vendor_staff'], 404),
  'GET /api/programs/:programId/confirmation-calls': programWrite(['vendor_manager', 'vendor_staff'], 200),
  'POST /api/programs/:programId/confirmation-calls': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  // チーム: the vendor's team reads (staff their own), the vendor's manager assigns.
  'GET /api/programs/:programId/teams': programWrite(['vendor_manager', 'vendor_staff'], 200),
  'PUT /api/programs/:programId/teams': programWrite(['vendor_manager'], 400, {}),
  // 訪問行程表: the vendor's team (the query names the half-day; a staff member not on its team gets a 404).
  'GET /api/programs/:programId/itinerary': programWrite(['vendor_manager', 'vendor_staff'], 400),
  'GET /api/programs/:programId/reception-list': programRead(),
  'POST /api/programs/:programId/reception-slips/share': programWrite(['vendor_manager'], 400, {}),
  'GET /api/programs/:programId/personal-data-deletions': programRead(),
  'POST /api/programs/:programId/personal-data-deletions/run': programWrite(['vendor_manager'], 200, {}),
  // The weekly share on time and the share file (prepared by staff, approved by another manager, then downloaded).
  'GET /api/programs/:programId/slip-shares': programRead(),
  'GET /api/programs/:programId/share-files': programWrite(['vendor_manager', 'vendor_staff'], 200),
  'POST /api/programs/:programId/share-files': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'GET /api/share-files/:id': vendorWrite('none', 404, 404),
  'POST /api/share-files/:id/approve': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: all(404), vendor_staff: all(403) },
  'POST /api/share-files/:id/reject': { target: 'none', anon: 401, body: {}, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(403) },
  'POST /api/share-files/:id/download': vendorWrite('none', 404, 404),
  // Closing a contract: the checklist for everyone of the program; deleting and closing are the vendor manager's
  // (the demo's period is not over in November: closing is refused with 409 and nothing changes).
  'GET /api/programs/:programId/closing': programRead(),
  'POST /api/programs/:programId/closing/delete': programWrite(['vendor_manager'], 400, {}),
  'POST /api/programs/:programId/closing/close': programWrite(['vendor_manager'], 409),
  'GET /api/programs/:programId/travel-matrix': programRead(),
  'PUT /api/programs/:programId/travel-matrix': programWrite(['city_admin', 'vendor_manager'], 400, {}),
  'GET /api/programs/:programId/travel-matrix/workbook': programRead(),
  // Reading a travel sheet saves nothing, but only those who may save the matrix read one (no file: 422).
  'POST /api/programs/:programId/travel-matrix/import': programWrite(['city_admin', 'vendor_manager'], 422, {}),
  'GET /api/programs/:programId/pre-meetings': programRead(),
  'POST /api/programs/:programId/pre-meetings': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'DELETE /api/programs/:programId/pre-meetings/:id': programWrite(['vendor_manager', 'vendor_staff'], 404),
  // 施設 (issue 18 item 1): read by everyone on the program, kept by the vendor; an unknown facility is a 404.
  'GET /api/programs/:programId/facilities': programRead(),
  'POST /api/programs/:programId/facilities': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'GET /api/programs/:programId/facilities/:id': { ...programRead(), city_admin: [404, 404], city_viewer: [404, 404], vendor_manager: [404, 404], vendor_staff: [404, 404] },
  'PUT /api/programs/:programId/facilities/:id': programWrite(['vendor_manager', 'vendor_staff'], 400, { name: '' }),
  'GET /api/bookings': readList(),
  'GET /api/bookings/:id': readOne('booking'),
  'GET /api/bookings/:id/personal': { target: 'booking', anon: 401, system_admin: all(403), city_admin: [403, 404], city_viewer: [403, 404], vendor_manager: [200, 404], vendor_staff: [200, 404] },
  'POST /api/bookings/:id/place': vendorWrite('booking', 400, 400, {}),
  'POST /api/bookings/:id/cancel': vendorWrite('booking', 400, 400, {}),
  // 施設との調整 (003 §9(2)): read by everyone on the program, kept by the vendor.
  'GET /api/bookings/:id/coordination': readOne('facilityBooking'),
  'PUT /api/bookings/:id/coordination': vendorWrite('facilityBooking', 400, 400, { procedure: 'x' }),
  // 申請者名簿 (003 §9(2)ウ): the vendor's team downloads, checks and commits it (no file: 422); the vendor manager shares
  // and deletes it; everyone on the program reads its state. The "own" facility has no list yet: export and delete 404.
  // 申請記録 (issue 19): the register of a session is read by the program's users, written by the vendor's team.
  'GET /api/programs/:programId/sessions/:sessionId/register': { ...programRead(), city_admin: [404, 404], city_viewer: [404, 404], vendor_manager: [404, 404], vendor_staff: [404, 404] },
  'GET /api/programs/:programId/applications': { ...programRead(), city_admin: [400, 404], city_viewer: [400, 404], vendor_manager: [400, 404], vendor_staff: [400, 404] },
  'GET /api/programs/:programId/applications/:id': { ...programRead(), city_admin: [404, 404], city_viewer: [404, 404], vendor_manager: [404, 404], vendor_staff: [404, 404] },
  // The face photo: an unknown application is a 404 for every role of the program (the city's 403 comes after the lookup).
  'GET /api/programs/:programId/applications/:id/face-photo': { ...programRead(), city_admin: [404, 404], city_viewer: [404, 404], vendor_manager: [404, 404], vendor_staff: [404, 404] },
  'GET /api/programs/:programId/applications/:id/face-photo/thumbnail': { ...programRead(), city_admin: [404, 404], city_viewer: [404, 404], vendor_manager: [404, 404], vendor_staff: [404, 404] },
  'PUT /api/programs/:programId/applications/:id/face-photo': programWrite(['vendor_manager', 'vendor_staff'], 404),
  'GET /api/programs/:programId/hand-overs': programRead(),
  'GET /api/programs/:programId/hand-overs/pending': programWrite(['vendor_manager'], 400),
  'POST /api/programs/:programId/hand-overs': programWrite(['vendor_manager'], 400, {}),
  'GET /api/programs/:programId/hand-overs/:id/download.zip': { ...programWrite(['city_admin', 'city_viewer', 'vendor_manager'], 404) },
  'POST /api/programs/:programId/applications/search': programWrite(['city_admin', 'vendor_manager', 'vendor_staff'], 400, {}),
  'POST /api/programs/:programId/sessions/:sessionId/applications': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'PUT /api/programs/:programId/applications/:id': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'GET /api/bookings/:id/applicant-list/template': vendorWrite('facilityBooking', 200, 404),
  'POST /api/bookings/:id/applicant-list/preview': vendorWrite('facilityBooking', 422, 404),
  'POST /api/bookings/:id/applicant-list': vendorWrite('facilityBooking', 422, 404),
  'GET /api/bookings/:id/applicant-list': readOne('facilityBooking'),
  'POST /api/bookings/:id/applicant-list/share': managerReview('facilityBooking', 422, {}),
  'GET /api/bookings/:id/applicant-list/export': { target: 'facilityBooking', anon: 401, system_admin: all(403), city_admin: all(404), city_viewer: all(404), vendor_manager: all(404), vendor_staff: all(404) },
  'DELETE /api/bookings/:id/applicant-list': managerReview('facilityBooking', 404),
  'POST /api/bookings/:id/no-show': vendorWrite('booking', 400, 400, {}),
  'POST /api/bookings/:id/delete-personal-data': { target: 'booking', anon: 401, system_admin: all(403), city_admin: all(403), city_viewer: all(403), vendor_manager: [422, 404], vendor_staff: all(403) },
  // Personal-data incidents (特記事項 §12): read by everyone on the program; reported and updated by both parties'
  // managers (vendor_manager, city_admin). Validation runs before the lookup, so a malformed update is a 400 either way.
  'GET /api/incidents': readList(),
  'GET /api/incidents/:id': readOne('incident'),
  'POST /api/incidents': { target: 'none', anon: 401, body: {}, system_admin: all(403), city_admin: all(400), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(403) },
  'PUT /api/incidents/:id': { target: 'incident', anon: 401, body: {}, system_admin: all(403), city_admin: all(400), city_viewer: all(403), vendor_manager: all(400), vendor_staff: all(403) },
  // 実施場所の承認 (004 §7(3)): proposed by the vendor, decided by the city admin; an unknown site is a 404.
  'GET /api/programs/:programId/site-approvals': programRead(),
  'POST /api/programs/:programId/site-approvals': programWrite(['vendor_manager', 'vendor_staff'], 400, {}),
  'POST /api/programs/:programId/site-approvals/:id/approve': programWrite(['city_admin'], 404),
  'POST /api/programs/:programId/site-approvals/:id/reject': programWrite(['city_admin'], 400, {}),
  // 業務計画書 (004 §8(1)): submitted (a document) and withdrawn by the vendor manager, decided by the city admin.
  'GET /api/programs/:programId/business-plans': programRead(),
  'POST /api/programs/:programId/business-plans': programWrite(['vendor_manager'], 422, {}),
  'GET /api/programs/:programId/business-plans/:id/file': programWrite(['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'], 404),
  'POST /api/programs/:programId/business-plans/:id/approve': programWrite(['city_admin'], 404),
  'POST /api/programs/:programId/business-plans/:id/return': programWrite(['city_admin'], 400, {}),
  'POST /api/programs/:programId/business-plans/:id/withdraw': programWrite(['vendor_manager'], 404),
  'GET /api/programs/:programId/report-submissions': programRead(),
  'GET /api/programs/:programId/report-submissions/schedule': programRead(),
  'GET /api/programs/:programId/report-submissions/draft': programWrite(['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'], 400),
  'POST /api/programs/:programId/report-submissions': programWrite(['vendor_manager'], 400, {}),
  'GET /api/programs/:programId/report-submissions/:id/file': programWrite(['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'], 404),
  'POST /api/programs/:programId/report-submissions/:id/accept': programWrite(['city_admin'], 404),
  'POST /api/programs/:programId/report-submissions/:id/return': programWrite(['city_admin'], 400, {}),
  'GET /api/programs/:programId/report-forms': programRead(),
  'PUT /api/programs/:programId/report-forms': programWrite(['city_admin'], 400, {}),
  'GET /api/programs/:programId/dashboard': programRead(),
  'GET /api/dashboard/overview': readList(),
  'GET /api/handling-records/actors': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(403) },
  'GET /api/handling-records/export.xlsx': { target: 'none', anon: 401, system_admin: all(403), city_admin: all(200), city_viewer: all(200), vendor_manager: all(200), vendor_staff: all(403) },
  // Own: a row of vendor A's handling in 小樽市 (the demo's history); foreign: vendor B's in 下関市.
  'GET /api/handling-records/:id': { target: 'handlingRecord', anon: 401, system_admin: all(403), city_admin: [200, 404], city_viewer: [200, 404], vendor_manager: [200, 404], vendor_staff: all(403) },
  // Excel reports: without parameters a download stops at validation (400); the completion report needs none.
  'GET /api/programs/:programId/reports/daily.xlsx': programExport(400),
  'GET /api/programs/:programId/reports/weekly-calls.xlsx': programExport(400),
  'GET /api/programs/:programId/reports/monthly.xlsx': programExport(400),
  'GET /api/programs/:programId/reports/completion.xlsx': programExport(200),
  'GET /api/programs/:programId/reports/reception-list.xlsx': programExport(200),
  'GET /api/programs/:programId/reports/facilities.xlsx': programExport(200),
  'GET /api/programs/:programId/reports/personal-data-deletions.xlsx': programExport(200),
  'GET /api/programs/:programId/reports/deletion-certificate.xlsx': programExport(400),
  'POST /api/programs/:programId/report-jobs': programExport(400, {}),
  // 全件データ of every program one serves (kind 'full-data'): the export.download roles, checked by the job's scope.
  'POST /api/report-jobs': downloads(400, {}),
  // A report job is its owner's only: an id nobody owns is a 404 for those who may download at all.
  'GET /api/report-jobs/:id': downloads(404),
  'GET /api/report-jobs/:id/download': downloads(404),
  'GET /api/reports/city-summary.xlsx': downloads(200),
  'GET /api/report-downloads': downloads(200),
};

const LOGIN_OF: Record<Role, string> = {
  system_admin: DEMO.admin,
  city_admin: DEMO.otaruAdmin,
  city_viewer: DEMO.otaruViewer,
  vendor_manager: DEMO.vendorManager,
  vendor_staff: DEMO.vendorStaff,
};

/** Express 5 keeps the routes in app.router.stack. */
function registeredRoutes(t: TestApp): string[] {
  const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
  const out = new Set<string>();
  for (const layer of router.stack) {
    if (!layer.route || !layer.route.path.startsWith('/api')) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.add(`${method.toUpperCase()} ${layer.route.path}`);
  }
  return [...out].sort();
}

describe('authorization matrix', () => {
  let t: TestApp;
  const cookies = {} as Record<Role, string>;
  /** Records each role may touch in its own tenant, and one in another tenant. */
  let ids: Record<Role, Record<Exclude<Target, 'none'>, [string, string]>>;
  const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    // The demo as of late November: June's and July's call weeks are long accepted.
    t = await createTestApp({ clock: new FixedClock(new Date('2026-11-20T01:00:00Z')) });
    const o = t.ids.organizations;
    const targets = { operator: randomUUID(), otaru: randomUUID(), vendorA: randomUUID(), vendorB: randomUUID() };
    const base = { role: 'vendor_staff', passwordHash: 'x', active: true, totpSecret: null, totpEnabled: false, lastLoginAt: null, passwordChangedAt: null };
    await t.dataSource.getRepository(UserEntity).insert([
      { ...base, id: targets.operator, organizationId: o.operator, role: 'system_admin', name: '対象 運用', email: 't-op@example.jp' },
      { ...base, id: targets.otaru, organizationId: o.otaru, role: 'city_viewer', name: '対象 小樽', email: 't-otaru@example.jp' },
      { ...base, id: targets.vendorA, organizationId: o.vendorA, name: '対象 A社', email: 't-a@example.jp' },
      { ...base, id: targets.vendorB, organizationId: o.vendorB, name: '対象 B社', email: 't-b@example.jp' },
    ]);
    const m = t.ids.municipalities;
    const p: [string, string] = [t.ids.programs.otaru, t.ids.programs.shimonoseki];
    const callIn = async (programId: string, date: string) =>
      (await t.dataSource.getRepository(CallEntity).findOneOrFail({ where: { programId, date, kind: 'single' } })).id;
    const call: [string, string] = [await callIn(p[0], '2026-06-10'), await callIn(p[1], '2026-07-07')];
    const callWeek: [string, string] = [`${p[0]}_2026-06-08`, `${p[1]}_2026-07-06`];
    const acceptedReport = async (programId: string) =>
      t.dataSource.getRepository(DailyReportEntity).findOneOrFail({ where: { programId, status: 'accepted' }, order: { date: 'DESC' } });
    const reports = [await acceptedReport(p[0]), await acceptedReport(p[1])];
    const dailyReport: [string, string] = [reports[0].id, reports[1].id];
    const session: [string, string] = [
      (await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ programId: p[0], date: reports[0].date })).id,
      (await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ programId: p[1], date: reports[1].date })).id,
    ];
    const photoOf = async (programId: string) => {
      for (const r of await t.dataSource.getRepository(DailyReportEntity).find({ where: { programId, status: 'accepted' }, order: { date: 'DESC' } })) {
        const ph = await t.dataSource.getRepository(ActivityPhotoEntity).findOneBy({ dailyReportId: r.id });
        if (ph) return ph.id;
      }
      throw new Error('no photo on an accepted report in the demo');
    };
    const photo: [string, string] = [await photoOf(p[0]), await photoOf(p[1])];
    const defect: [string, string] = [(await t.dataSource.getRepository(DefectEntity).findOneByOrFail({ programId: p[0] })).id, (await t.dataSource.getRepository(DefectEntity).findOneByOrFail({ programId: p[1] })).id];
    const inquiry: [string, string] = [(await t.dataSource.getRepository(InquiryEntity).findOneByOrFail({ programId: p[0] })).id, (await t.dataSource.getRepository(InquiryEntity).findOneByOrFail({ programId: p[1] })).id];
    // Shimonoseki has no demo bookings: give it one, so "foreign" has a real record to hide.
    // The "own" Otaru booking: a home visit ahead, its slip not yet shared (visited ones have their personal data deleted).
    const foreignBooking = (await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ programId: p[0], kind: 'home', status: 'confirmed', sharedWithCityAt: IsNull() })).id;
    const shimonosekiBooking = randomUUID();
    await t.dataSource.getRepository(BookingEntity).insert({
      id: shimonosekiBooking, programId: p[1], receptionNumber: 1, kind: 'facility', status: 'tentative', receivedAt: new Date(), receivedDate: '2026-11-19',
      visitDate: null, half: null, positions: [], district: null, applicants: 10, plannedApplications: 10, callerRelation: null, applicationTypes: [], guidanceGiven: [],
      callId: null, sessionId: null, overrideReason: null, cancelReason: null, sharedWithCityAt: null, visitFinishedDate: null, personalDataDeletedAt: null,
    });
    const booking: [string, string] = [foreignBooking, shimonosekiBooking];
    // A facility request in Otaru too (the demo's are home bookings), for the facilities module's routes.
    const otaruFacility = randomUUID();
    await t.dataSource.getRepository(BookingEntity).insert({
      id: otaruFacility, programId: p[0], receptionNumber: 9001, kind: 'facility', status: 'tentative', receivedAt: new Date(), receivedDate: '2026-11-19',
      visitDate: null, half: null, positions: [], district: null, applicants: 12, plannedApplications: 12, callerRelation: null, applicationTypes: [], guidanceGiven: [],
      callId: null, sessionId: null, overrideReason: null, cancelReason: null, sharedWithCityAt: null, visitFinishedDate: null, personalDataDeletedAt: null,
    });
    const facilityBooking: [string, string] = [otaruFacility, shimonosekiBooking];
    const incidentIn = async (programId: string) => {
      const id = randomUUID();
      await t.dataSource.getRepository(IncidentEntity).insert({
        id, programId, kind: 'loss', occurredAt: new Date('2026-11-18T00:00:00Z'), discoveredAt: new Date('2026-11-18T01:00:00Z'), residentsAffected: 1,
        summary: '受付票1枚の所在が不明', actionsTaken: null, cityInstructions: null, status: 'reported', resolvedAt: null, reportedBy: null,
      });
      return id;
    };
    const incident: [string, string] = [await incidentIn(p[0]), await incidentIn(p[1])];
    const otaruRecord = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ programId: p[0], action: 'booking.create', organizationId: o.vendorA });
    const shimonosekiRecord = await t.dataSource.getRepository(HandlingRecordEntity).insert({
      occurredAt: new Date('2026-11-19T01:00:00Z'), userId: null, organizationId: o.vendorB, municipalityId: m.shimonoseki, role: 'vendor_manager', action: 'report.download',
      resourceType: 'city_summary', resourceId: null, programId: p[1], ip: '10.0.0.2', reason: null,
    });
    const handlingRecord: [string, string] = [String(otaruRecord.id), String((shimonosekiRecord.identifiers[0] as { id: number }).id)];
    const inProgram = { program: p, call, callWeek, session, dailyReport, photo, defect, inquiry, booking, facilityBooking, incident, handlingRecord };
    ids = {
      system_admin: { user: [targets.operator, targets.vendorB], organization: [o.operator, o.vendorB], municipality: [m.otaru, m.shimonoseki], ...inProgram },
      city_admin: { user: [targets.otaru, targets.vendorB], organization: [o.otaru, o.shimonoseki], municipality: [m.otaru, m.shimonoseki], ...inProgram },
      city_viewer: { user: [targets.otaru, targets.vendorB], organization: [o.otaru, o.shimonoseki], municipality: [m.otaru, m.shimonoseki], ...inProgram },
      vendor_manager: { user: [targets.vendorA, targets.vendorB], organization: [o.vendorA, o.vendorB], municipality: [m.otaru, m.shimonoseki], ...inProgram },
      vendor_staff: { user: [targets.vendorA, targets.vendorB], organization: [o.vendorA, o.vendorB], municipality: [m.otaru, m.shimonoseki], ...inProgram },
    };
    for (const role of ROLES) cookies[role] = await login(t, LOGIN_OF[role]);
  });
  afterAll(() => t.close());

  it('has an entry for every registered route, and no entry for a route that does not exist', () => {
    expect(registeredRoutes(t)).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every route × role × tenant as the table says', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const [key, expect_] of Object.entries(MATRIX)) {
      const [method, pattern] = key.split(' ');
      const send = (path: string, cookie?: string) => {
        const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
        if (cookie) void req.set('Cookie', cookie);
        return expect_.body !== undefined ? req.send(expect_.body) : req;
      };
      const fill = (role: Role, i: number) =>
        expect_.target === 'none'
          ? pattern
          : expect_.target === 'program'
            ? pattern.replace(':programId', ids[role].program[i]).replace(':id', NO_SUCH_ID)
            : pattern.replace(':id', ids[role][expect_.target][i]);
      const anonPath = fill('city_admin', 0);
      const anon = await send(anonPath);
      cases++;
      if (anon.status !== expect_.anon) failures.push(`${key} anonymous: expected ${expect_.anon}, got ${anon.status}`);
      for (const role of ROLES) {
        for (const [i, tenant] of (['own', 'foreign'] as const).entries()) {
          const path = fill(role, i);
          const res = await send(path, cookies[role]);
          cases++;
          if (res.status !== expect_[role][i]) failures.push(`${key} ${role} ${tenant}: expected ${expect_[role][i]}, got ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
          if (expect_.relogin) cookies[role] = await login(t, LOGIN_OF[role]);
        }
      }
    }
    console.log(`authorization matrix: ${Object.keys(MATRIX).length} routes × (${ROLES.length} roles × 2 tenants + anonymous) = ${cases} cases`);
    expect(failures).toEqual([]);
  }, 600_000);
});

/**
 * Ids inside bodies are checked like ids in paths: another tenant's record and a random id get the same 404,
 * naming the field, and nothing is stored.
 */
describe('authorization matrix: ids inside bodies', () => {
  let t: TestApp;
  let staff: string;
  const RANDOM = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-11-20T01:00:00Z')) });
    staff = await login(t, DEMO.vendorStaff);
  });
  afterAll(() => t.close());

  async function foreignAndRandom(send: (id: string) => Promise<{ status: number; body: { errors?: Record<string, string> } }>, field: string) {
    const foreign = await send(FOREIGN.id);
    const random = await send(RANDOM);
    expect([foreign.status, Object.keys(foreign.body.errors ?? {})]).toEqual([404, [field]]);
    expect(random.status).toBe(404);
    expect(random.body).toEqual(foreign.body);
  }
  const FOREIGN = { id: '' };

  it('a defect names a session of its own program only', async () => {
    const shimonoseki = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ programId: t.ids.programs.shimonoseki });
    FOREIGN.id = shimonoseki.id;
    const before = await t.dataSource.getRepository(DefectEntity).count();
    const body = (sessionId: string) => ({ programId: t.ids.programs.otaru, sessionId, receivedDate: '2026-11-19', category: 'photo', description: '写真の背景が規格外' });
    await foreignAndRandom((id) => t.http.post('/api/defects').set('Cookie', staff).send(body(id)), 'sessionId');
    const own = await t.dataSource.getRepository(DefectEntity).findOneByOrFail({ programId: t.ids.programs.otaru });
    await foreignAndRandom((id) => t.http.put(`/api/defects/${own.id}`).set('Cookie', staff).send({ ...body(id), programId: undefined }), 'sessionId');
    expect(await t.dataSource.getRepository(DefectEntity).count()).toBe(before);
    expect((await t.dataSource.getRepository(DefectEntity).findOneByOrFail({ id: own.id })).sessionId).toBe(own.sessionId);
  });

  it('a pre-meeting names a booking of its own program only', async () => {
    const shimonosekiBooking = randomUUID();
    await t.dataSource.getRepository(BookingEntity).insert({
      id: shimonosekiBooking, programId: t.ids.programs.shimonoseki, receptionNumber: 99, kind: 'facility', status: 'tentative', receivedAt: new Date(), receivedDate: '2026-11-19',
      visitDate: null, half: null, positions: [], district: null, applicants: 10, plannedApplications: 10, callerRelation: null, applicationTypes: [], guidanceGiven: [],
      callId: null, sessionId: null, overrideReason: null, cancelReason: null, sharedWithCityAt: null, visitFinishedDate: null, personalDataDeletedAt: null,
    });
    FOREIGN.id = shimonosekiBooking;
    await foreignAndRandom((bookingId) => t.http.post(`/api/programs/${t.ids.programs.otaru}/pre-meetings`).set('Cookie', staff).send({ date: '2026-12-22', half: 'am', bookingId }), 'bookingId');
  });

  it('a facility request and a facility visit name a facility of their own program only', async () => {
    const shimonoseki = randomUUID();
    await t.dataSource.getRepository(FacilityEntity).insert({ id: shimonoseki, programId: t.ids.programs.shimonoseki, name: '架空ホーム', type: 'other', address: '下関市架空町1', district: null, contact: null, expectedResidents: null, note: null, createdBy: shimonoseki });
    FOREIGN.id = shimonoseki;
    const request = { facilityName: '架空ホーム', facilityType: '特養', address: '小樽市架空町1', phone: '0134-00-1111', contactName: '架空 太郎', estimatedApplicants: 5, district: '中央地区' };
    const before = await t.dataSource.getRepository(BookingEntity).count();
    await foreignAndRandom((facilityId) => t.http.post(`/api/programs/${t.ids.programs.otaru}/bookings`).set('Cookie', staff).send({ type: 'facility', request, facilityId }), 'facilityId');
    expect(await t.dataSource.getRepository(BookingEntity).count()).toBe(before);
    const session = { programId: t.ids.programs.otaru, date: '2026-11-24', serviceKind: 'facility_visit', place: '架空ホーム', method: 'on_site_acceptance', staffUserIds: [], cityStaffPresent: false, status: 'planned' };
    await foreignAndRandom((facilityId) => t.http.post('/api/sessions').set('Cookie', staff).send({ ...session, facilityId }), 'facilityId');
  });

  it('a session names staff of its own program\'s vendor only', async () => {
    const vendorB = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: DEMO.vendorBManager });
    FOREIGN.id = vendorB.id;
    const body = (id: string) => ({ programId: t.ids.programs.otaru, date: '2026-11-24', serviceKind: 'facility_visit', place: '架空ホーム', method: 'on_site_acceptance', staffUserIds: [id], cityStaffPresent: false, status: 'planned' });
    await foreignAndRandom((id) => t.http.post('/api/sessions').set('Cookie', staff).send(body(id)), 'staffUserIds');
  });
});

/**
 * An admin of city A (Shimonoseki) changes anything they may → nothing changes for city B's (Otaru's) users:
 * the answers Otaru's people get before and after are the same, and one program's settings stay in that program.
 */
describe('authorization matrix: one city\'s changes never reach another city\'s users', () => {
  let t: TestApp;
  const READS = ['/api/auth/me', '/api/programs', '/api/organizations', '/api/users', '/api/bookings', '/api/sessions', '/api/dashboard/overview'];

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-11-20T01:00:00Z')) });
  });
  afterAll(() => t.close());

  async function snapshot(): Promise<Record<string, unknown>> {
    const booking = await t.dataSource.getRepository(BookingEntity).findOneOrFail({ where: { programId: t.ids.programs.otaru, personalDataDeletedAt: IsNull() } });
    const out: Record<string, unknown> = {};
    for (const email of [DEMO.otaruAdmin, DEMO.otaruViewer, DEMO.vendorManager, DEMO.vendorStaff]) {
      const cookie = await login(t, email);
      for (const path of [...READS, `/api/programs/${t.ids.programs.otaru}`, `/api/bookings/${booking.id}/personal`]) {
        const res = await t.http.get(path).set('Cookie', cookie);
        // Lists by their ids (a login stamps lastLoginAt on the user list), single records whole.
        out[`${email} ${path}`] = [res.status, Array.isArray(res.body) ? res.body.map((r: { id: string }) => r.id) : res.body];
      }
    }
    return out;
  }

  it('refuses to attach Otaru\'s vendor to a Shimonoseki program, and keeps Shimonoseki\'s settings in Shimonoseki', async () => {
    const before = await snapshot();
    const admin = await login(t, DEMO.shimonosekiAdmin);
    const vendorA = t.ids.organizations.vendorA;

    // City admins see their own organization and the vendors their city contracts, not every vendor.
    const orgs = await t.http.get('/api/organizations').set('Cookie', admin);
    expect(orgs.body.map((o: { id: string }) => o.id).sort()).toEqual([t.ids.organizations.shimonoseki, t.ids.organizations.vendorB].sort());
    expect((await t.http.get(`/api/organizations/${vendorA}`).set('Cookie', admin)).status).toBe(404);

    const own = (await t.http.get(`/api/programs/${t.ids.programs.shimonoseki}`).set('Cookie', admin)).body;
    const attach = await t.http.put(`/api/programs/${own.id}`).set('Cookie', admin).send({ ...own, vendorOrganizationIds: [...own.vendorOrganizationIds, vendorA], requireTotp: true });
    expect(attach.status).toBe(422);
    expect(attach.body.errors.vendorOrganizationIds).toBeDefined();
    const create = await t.http.post('/api/programs').set('Cookie', admin).send({ ...own, title: '新しい事業', vendorOrganizationIds: [vendorA], requireTotp: true });
    expect(create.status).toBe(422);
    const random = await t.http.post('/api/programs').set('Cookie', admin).send({ ...own, title: '新しい事業', vendorOrganizationIds: ['00000000-0000-4000-8000-000000000002'] });
    expect(random.body).toEqual(create.body);
    // What the admin may do to the own program happens, and stays there.
    expect((await t.http.put(`/api/programs/${own.id}`).set('Cookie', admin).send({ ...own, requireTotp: true })).status).toBe(200);
    expect((await t.http.put(`/api/programs/${t.ids.programs.otaru}`).set('Cookie', admin).send({ ...own, requireTotp: true })).status).toBe(404);

    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('a program that requires a second factor asks it there only, even of a vendor that also serves another city', async () => {
    // As if the system administrator had attached vendor A to Shimonoseki's program, which requires TOTP.
    await t.dataSource.getRepository(ProgramVendorEntity).insert({ programId: t.ids.programs.shimonoseki, organizationId: t.ids.organizations.vendorA });
    await t.dataSource.getRepository(ProgramEntity).update({ id: t.ids.programs.shimonoseki }, { requireTotp: true });
    const manager = await login(t, DEMO.vendorManager);
    const otaruBooking = await t.dataSource.getRepository(BookingEntity).findOneOrFail({ where: { programId: t.ids.programs.otaru, personalDataDeletedAt: IsNull() } });
    expect((await t.http.get(`/api/bookings/${otaruBooking.id}/personal`).set('Cookie', manager)).status).toBe(200);
    await t.dataSource.getRepository(ProgramVendorEntity).delete({ programId: t.ids.programs.shimonoseki, organizationId: t.ids.organizations.vendorA });
  });
});
