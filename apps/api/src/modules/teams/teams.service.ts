import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { addDays, type DateKey, invalid, jstDateKey } from '@outreach/domain/common';
import { type TeamAssign, type TeamListView, type TeamSlot, type TeamSlotView, teamFieldErrors, teamNeeds, teamProblems, type TeamVisit, teamVisits, visitHalfDays, visitKindCounts } from '@outreach/domain/teams';
import { handlingReason } from '@outreach/domain/handling-records';
import { Between, DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { BookingsService } from '../bookings/bookings.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import { SessionQueries } from '../sessions/session-queries.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { VisitTeamEntity, VisitTeamMemberEntity } from './visit-team.entity';

/** How far ahead the default list and the attention list look. */
const LOOK_AHEAD_DAYS = 14;
/** The bookings a team goes out for. */
const VISITING = ['confirmed', 'visited'] as const;

type Half = 'am' | 'pm';
export interface StoredTeam {
  id: string;
  date: DateKey;
  half: Half;
  leadId: string;
  staffIds: string[];
  cityStaff: string[];
  assignedAt: Date;
}

/**
 * チーム (issue 21 item 1): who goes out on each half-day of a visit day. The vendor's manager assigns the whole
 * team at once (teamProblems decides whether it may go out; the handling record is written with it); staff read
 * the teams they are on; a half-day with visits — booked, or recorded without a booking (a facility's own request, a
 * program that books none) — and no complete team is on the manager's attention list. The
 * itinerary reads a team through `team` / `isMember`.
 */
@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(VisitTeamEntity) private readonly teams: Repository<VisitTeamEntity>,
    @InjectRepository(VisitTeamMemberEntity) private readonly members: Repository<VisitTeamMemberEntity>,
    private readonly bookings: BookingsService,
    private readonly sessions: SessionQueries,
    private readonly scope: ProgramScopeService,
    private readonly users: UserAccountsService,
    private readonly handling: HandlingRecordService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The half-day of each team by id (the handling record names its team.assign rows by them); unknown ids left out. */
  async halfDays(ids: readonly string[]): Promise<Map<string, { date: DateKey; half: Half }>> {
    if (!ids.length) return new Map();
    const rows = await this.teams.find({ select: { id: true, visitDate: true, half: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, { date: r.visitDate, half: r.half }]));
  }

  /** The half-days from `from` to `to` (default: the next two weeks) with visits or a team; staff see only their own. */
  async list(actor: Actor, program: ProgramEntity, from?: DateKey, to?: DateKey): Promise<TeamListView> {
    const start = from ?? jstDateKey(this.clock.now());
    const end = to ?? addDays(start, LOOK_AHEAD_DAYS - 1);
    const manager = actor.permissions.has('team.assign');
    const slots = await this.slots(program, start, end);
    const names = await this.users.names([...new Set(slots.flatMap((s) => s.team?.staffIds ?? []))]);
    const views = slots
      .map((s): TeamSlotView => {
        const mine = !!s.team?.staffIds.includes(actor.userId);
        return {
          date: s.date,
          half: s.half,
          visits: s.visits.length,
          visitKinds: visitKindCounts(s.visits),
          cityStaffRequired: s.needs.cityStaff,
          state: s.state,
          staff: (s.team?.staffIds ?? []).map((id) => ({ userId: id, name: names.get(id) ?? null, lead: id === s.team?.leadId })),
          cityStaff: s.team?.cityStaff ?? [],
          problems: s.problems,
          mine,
          assignedAt: s.team?.assignedAt.toISOString() ?? null,
        };
      })
      .filter((v) => manager || v.mine);
    const candidates = manager ? (await this.users.activeMembers(await this.scope.vendorOrganizationIds(program.id))).map((u) => ({ userId: u.id, name: u.name })) : [];
    return { from: start, to: end, slots: views, candidates };
  }

  /** Assigns the whole team of a half-day (replacing the one before), with its handling record, or 422 on the field to change. */
  async assign(actor: Actor, program: ProgramEntity, body: TeamAssign & { date: DateKey; half: Half }): Promise<TeamListView> {
    const staff = [...body.staffIds];
    const vendors = await this.scope.vendorOrganizationIds(program.id);
    const known = new Set(await this.users.membersOf(staff, vendors));
    if (staff.some((id) => !known.has(id))) throw invalid('この事業の受託者のスタッフではない方が含まれています', { staffIds: 'この事業の受託者のスタッフから選んでください' });
    const onHalf = (await this.visits(program.id, body.date, body.date)).filter((v) => v.halves.includes(body.half));
    const problems = teamProblems(body, teamNeeds(program.methods, onHalf.map((v) => v.serviceKind)));
    if (problems.length) throw invalid('チームの編成が不足しています', teamFieldErrors(problems));
    const cityStaff = body.cityStaff.map((n) => n.trim()).filter(Boolean);
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(VisitTeamEntity);
      const existing = await repo.findOne({ where: { programId: program.id, visitDate: body.date, half: body.half } });
      const id = existing?.id ?? randomUUID();
      const row = { leadId: body.leadId!, cityStaff, assignedBy: actor.userId, assignedAt: this.clock.now() };
      if (existing) {
        await repo.update({ id }, row);
        await m.getRepository(VisitTeamMemberEntity).delete({ teamId: id });
      } else {
        await repo.insert({ id, programId: program.id, visitDate: body.date, half: body.half, ...row });
      }
      await m.getRepository(VisitTeamMemberEntity).insert(staff.map((userId) => ({ teamId: id, userId })));
      await this.handling.record(actor, { action: 'team.assign', resourceType: 'visit_team', resourceId: id, programId: program.id, reason: handlingReason.teamAssign(body.date, body.half, staff.length) }, m);
    });
    return this.list(actor, program, body.date, body.date);
  }

  /** Half-days of the coming two weeks with visits and without a complete team (the manager's attention list). */
  async incomplete(program: ProgramEntity): Promise<TeamSlot[]> {
    const today = jstDateKey(this.clock.now());
    return (await this.slots(program, today, addDays(today, LOOK_AHEAD_DAYS - 1)))
      .filter((s) => s.visits.length > 0 && s.state !== 'complete')
      .map((s) => ({ date: s.date, half: s.half, state: s.state === 'none' ? 'none' : 'incomplete' }));
  }

  /** The team of one half-day, or null. */
  async team(programId: string, date: DateKey, half: Half): Promise<StoredTeam | null> {
    return (await this.stored(programId, date, date)).find((t) => t.half === half) ?? null;
  }

  /** The visits in [from, to]: the confirmed bookings and the planned or held sessions recorded without one. */
  private async visits(programId: string, from: DateKey, to: DateKey): Promise<TeamVisit[]> {
    const [bookings, unbooked] = await Promise.all([this.bookings.visitsBetween(programId, from, to, [...VISITING]), this.sessions.unbookedVisitsBetween(programId, from, to)]);
    return teamVisits(bookings, unbooked);
  }

  private async slots(program: ProgramEntity, from: DateKey, to: DateKey) {
    const [visits, teams] = await Promise.all([this.visits(program.id, from, to), this.stored(program.id, from, to)]);
    const keyOf = (date: DateKey, half: Half) => `${date}:${half}`;
    const byKey = new Map(visitHalfDays(visits).map((h) => [keyOf(h.date, h.half), { ...h, team: null as StoredTeam | null }]));
    // A team stays listed on a half-day whose visits have gone (cancelled after it was formed).
    for (const t of teams) byKey.set(keyOf(t.date, t.half), { ...(byKey.get(keyOf(t.date, t.half)) ?? { date: t.date, half: t.half, visits: [] }), team: t });
    return [...byKey.values()]
      .sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half))
      .map((s) => {
        const needs = teamNeeds(program.methods, s.visits.map((v) => v.serviceKind));
        const problems = s.team ? teamProblems(s.team, needs) : [];
        const state: 'complete' | 'incomplete' | 'none' = !s.team ? 'none' : problems.length ? 'incomplete' : 'complete';
        return { ...s, needs, problems, state };
      });
  }

  private async stored(programId: string, from: DateKey, to: DateKey): Promise<StoredTeam[]> {
    const rows = await this.teams.find({ where: { programId, visitDate: Between(from, to) }, order: { visitDate: 'ASC', half: 'ASC' } });
    const members = rows.length ? await this.members.find({ where: { teamId: In(rows.map((r) => r.id)) } }) : [];
    return rows.map((r) => ({
      id: r.id,
      date: r.visitDate,
      half: r.half,
      leadId: r.leadId,
      staffIds: members.filter((m) => m.teamId === r.id).map((m) => m.userId).sort((a, b) => (a === r.leadId ? -1 : b === r.leadId ? 1 : 0)),
      cityStaff: r.cityStaff,
      assignedAt: r.assignedAt,
    }));
  }
}
