import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { dateKeyView, idView, instantView } from '../common/view.js';
import { halfSchema } from '../bookings/booking.schema.js';
import type { Half } from '../bookings/slots.js';
import { type ApplicationMethod, type ServiceKind, serviceKindSchema } from '../programs/program.schema.js';

/**
 * チーム (issue 21 item 1; 004 §8(5), 003 §8(2)ウ): the people who go out on one half-day of a visit day — at least
 * two of the vendor's staff, exactly one of them the 現場責任者 (on-site lead), and, where the visit is taken as
 * 出張申請受付 (申請時来庁: city staff check identity on the spot, program.methods), the city staff who accompany,
 * by name. The vendor's manager assigns it; a half-day with bookings and without a complete team is on the
 * manager's attention list.
 */

/** 004 §8(5): never fewer than two of the vendor's staff on a visit. */
export const MIN_TEAM_STAFF = 2;
export const MAX_TEAM_STAFF = 8;
export const MAX_CITY_STAFF = 4;

const userId = z.uuid({ message: 'スタッフを選んでください' });
const cityStaffName = z.string().trim().min(1, { message: '市職員の氏名を入力してください' }).max(50, { message: '50文字以内で入力してください' });

/** PUT /api/programs/:programId/teams/:date/:half: the whole team of the half-day (the rules are teamProblems'). */
export const teamAssignSchema = z.object({
  staffIds: z.array(userId, { message: 'スタッフを選んでください' }).max(MAX_TEAM_STAFF, { message: `スタッフは${MAX_TEAM_STAFF}名以内にしてください` }),
  leadId: z.uuid({ message: '現場責任者を選んでください' }).nullable().default(null),
  cityStaff: z.array(cityStaffName).max(MAX_CITY_STAFF, { message: `同行する市職員は${MAX_CITY_STAFF}名以内にしてください` }).default([]),
});
export type TeamAssign = z.output<typeof teamAssignSchema>;

/** The body of the PUT: which half-day, and its team. */
export const teamAssignBodySchema = teamAssignSchema.extend({ date: dateKeySchema, half: halfSchema });
export type TeamAssignBody = z.output<typeof teamAssignBodySchema>;

export const teamRangeQuerySchema = z.object({ from: dateKeySchema.optional(), to: dateKeySchema.optional() });

export interface TeamDraft {
  staffIds: readonly string[];
  leadId: string | null;
  cityStaff: readonly string[];
}

/** What the half-day asks of its team: city staff accompany where a visit of it is taken as 出張申請受付. */
export interface TeamNeeds {
  cityStaff: boolean;
}

export interface TeamProblem {
  field: 'staffIds' | 'leadId' | 'cityStaff';
  message: string;
}

/** The service kind of a booking on the visit day: a facility request is a facility visit, the rest home visits. */
export const BOOKING_SERVICE_KIND: Record<'home' | 'facility', ServiceKind> = { home: 'home_visit', facility: 'facility_visit' };

/** A half-day needs city staff when any of its visits is of a service the program takes as 出張申請受付 (申請時来庁). */
export function teamNeeds(methods: Partial<Record<ServiceKind, ApplicationMethod>>, visitKinds: readonly ServiceKind[]): TeamNeeds {
  return { cityStaff: visitKinds.some((k) => methods[k] === 'on_site_acceptance') };
}

const NOON = '12:00';

/**
 * The half-days a visit recorded without a booking takes, from its times (a booking knows its slot): the morning
 * when it starts before noon or has no time yet, the afternoon when it starts at noon or later or runs past noon (a
 * venue stand 11:00〜15:00 takes both).
 */
export function sessionHalves(startTime: string | null, endTime: string | null): Half[] {
  const halves: Half[] = [];
  if (!startTime || startTime < NOON) halves.push('am');
  if ((startTime && startTime >= NOON) || (endTime && endTime > NOON)) halves.push('pm');
  return halves;
}

/** Why a team cannot go out as it stands, in Japanese, each on the field to change; [] when it is complete. */
export function teamProblems(team: TeamDraft, needs: TeamNeeds): TeamProblem[] {
  const out: TeamProblem[] = [];
  const staff = new Set(team.staffIds);
  if (staff.size !== team.staffIds.length) out.push({ field: 'staffIds', message: '同じスタッフが重複しています' });
  else if (staff.size < MIN_TEAM_STAFF) out.push({ field: 'staffIds', message: `訪問にはスタッフを${MIN_TEAM_STAFF}名以上割り当ててください` });
  if (team.leadId === null) out.push({ field: 'leadId', message: '現場責任者を1名選んでください' });
  else if (!staff.has(team.leadId)) out.push({ field: 'leadId', message: '現場責任者はチームのスタッフから選んでください' });
  const city = team.cityStaff.map((n) => n.trim()).filter(Boolean);
  if (needs.cityStaff && city.length === 0) out.push({ field: 'cityStaff', message: '申請時来庁方式の訪問です。同行する市職員を入力してください' });
  if (new Set(city).size !== city.length) out.push({ field: 'cityStaff', message: '同じ市職員が重複しています' });
  return out;
}

/** The problems as the API's field errors (first per field). */
export function teamFieldErrors(problems: readonly TeamProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] ??= p.message;
  return out;
}

/** A half-day of a visit day that has bookings, as the attention list sees it. */
export interface TeamSlot {
  date: DateKey;
  half: Half;
  /** No team assigned, or one with problems (a member left, the program's method changed). */
  state: 'none' | 'incomplete';
}

/** The half-days a booking takes: its half, or both for a whole-day facility visit. */
export function bookingHalves(half: 'am' | 'pm' | 'both' | null): Half[] {
  return half === 'both' ? ['am', 'pm'] : half ? [half] : [];
}

/** One visit a team goes out for, and the service it is (which decides whether city staff come). */
export interface TeamVisit {
  date: DateKey;
  halves: Half[];
  serviceKind: ServiceKind;
}

/** A team's visits: the confirmed bookings in their slot's halves, the sessions recorded without one by their times. */
export function teamVisits(
  bookings: ReadonlyArray<{ visitDate: DateKey | null; half: 'am' | 'pm' | 'both' | null; kind: 'home' | 'facility' }>,
  unbooked: ReadonlyArray<{ date: DateKey; startTime: string | null; endTime: string | null; serviceKind: ServiceKind }>,
): TeamVisit[] {
  return [
    ...bookings.flatMap((b) => (b.visitDate ? [{ date: b.visitDate, halves: bookingHalves(b.half), serviceKind: BOOKING_SERVICE_KIND[b.kind] }] : [])),
    ...unbooked.map((s) => ({ date: s.date, halves: sessionHalves(s.startTime, s.endTime), serviceKind: s.serviceKind })),
  ];
}

/** The half-days those visits take, in the order of the days (morning first), each with its visits. */
export function visitHalfDays(visits: readonly TeamVisit[]): Array<{ date: DateKey; half: Half; visits: TeamVisit[] }> {
  const byKey = new Map<string, { date: DateKey; half: Half; visits: TeamVisit[] }>();
  for (const v of visits) {
    for (const half of v.halves) {
      const key = `${v.date}:${half}`;
      const slot = byKey.get(key) ?? { date: v.date, half, visits: [] };
      slot.visits.push(v);
      byKey.set(key, slot);
    }
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
}

/** How many of the visits are of each service kind, in the kinds' order (home, facility, venue); kinds without one left out. */
export function visitKindCounts(visits: ReadonlyArray<{ serviceKind: ServiceKind }>): Array<{ serviceKind: ServiceKind; count: number }> {
  return serviceKindSchema.options.map((serviceKind) => ({ serviceKind, count: visits.filter((v) => v.serviceKind === serviceKind).length })).filter((k) => k.count > 0);
}

export const TEAM_STATE_LABELS_JA = { complete: '編成済', incomplete: '編成不足', none: '未編成' } as const;
export type TeamState = keyof typeof TEAM_STATE_LABELS_JA;

/** One member as the team list shows them. */
export const teamMemberView = z.object({ userId: idView, name: z.string().nullable(), lead: z.boolean() });

/** A half-day with visits (or a team) and its team; `mine` when the reader is on it. */
export const teamSlotView = z.object({
  date: dateKeyView,
  half: halfSchema,
  /** The visits of the half-day: its confirmed bookings and the planned or held sessions recorded without one. */
  visits: z.int(),
  /** The same visits by service kind (home, facility, venue; none of a kind left out), so the manager sees what the half-day is. */
  visitKinds: z.array(z.object({ serviceKind: serviceKindSchema, count: z.int() })),
  /** Whether city staff must accompany (出張申請受付 in this half-day). */
  cityStaffRequired: z.boolean(),
  state: z.enum(['complete', 'incomplete', 'none']),
  staff: z.array(teamMemberView),
  cityStaff: z.array(z.string()),
  problems: z.array(z.object({ field: z.enum(['staffIds', 'leadId', 'cityStaff']), message: z.string() })),
  mine: z.boolean(),
  assignedAt: instantView.nullable(),
});
export type TeamSlotView = z.output<typeof teamSlotView>;

/** GET /api/programs/:programId/teams: the half-days from `from` to `to`; the staff a manager may assign. */
export const teamListViewSchema = z.object({
  from: dateKeyView,
  to: dateKeyView,
  slots: z.array(teamSlotView),
  /** The program's vendor staff and managers who may be assigned (empty for those who do not assign). */
  candidates: z.array(z.object({ userId: idView, name: z.string() })),
});
export type TeamListView = z.output<typeof teamListViewSchema>;
