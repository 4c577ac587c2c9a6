import { randomUUID } from 'node:crypto';
import { addDays, jstDateKey, jstInstant, lastWorkingDayUntil } from '@outreach/domain/common';
import type { ServiceKind } from '@outreach/domain/programs';
import { teamNeeds, teamVisits, visitHalfDays } from '@outreach/domain/teams';
import { Between, type EntityManager, In, IsNull } from 'typeorm';
import { BookingEntity } from '../../modules/bookings/booking.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { VisitTeamEntity, VisitTeamMemberEntity } from '../../modules/teams/visit-team.entity';

/** How far ahead the managers have formed their teams: this day and the six after it (the week after is still to do). */
const FORMED_DAYS = 7;

/** Who a vendor sends out: its staff (the first is the 現場責任者), and the city staff who come along where they must. */
export interface DemoCrew {
  staff: readonly [lead: string, ...others: string[]];
  cityStaff: readonly string[];
  managerId: string;
}

/**
 * The teams a vendor's manager has formed (チーム編成): every half-day with visits from today through the next six
 * days — the half-days TeamsService finds (domain `teamVisits`, `visitHalfDays`), from the rows seeded before —
 * each with the crew, and the city staff where a visit of the half-day is taken as 出張申請受付. Formed at the end of the last working day before today; the half-days after
 * are still to form, on the manager's attention list. Returns the teams, for the handling record.
 */
export async function seedDemoTeams(m: EntityManager, program: ProgramEntity, now: Date, crew: DemoCrew): Promise<VisitTeamEntity[]> {
  const today = jstDateKey(now);
  const until = addDays(today, FORMED_DAYS - 1);
  const [bookings, sessions] = await Promise.all([
    m.getRepository(BookingEntity).find({ where: { programId: program.id, status: In(['confirmed', 'visited']), visitDate: Between(today, until) } }),
    m.getRepository(SessionEntity).find({ where: { programId: program.id, bookingId: IsNull(), status: In(['planned', 'held']), date: Between(today, until) } }),
  ]);
  const assignedAt = jstInstant(lastWorkingDayUntil(addDays(today, -1), program.workingHours), '16:30');
  const visits = teamVisits(
    bookings.map((b) => ({ visitDate: b.visitDate, half: b.half as 'am' | 'pm' | 'both' | null, kind: b.kind as 'home' | 'facility' })),
    sessions.map((s) => ({ date: s.date, startTime: s.startTime, endTime: s.endTime, serviceKind: s.serviceKind as ServiceKind })),
  );
  const teams = visitHalfDays(visits).map(({ date, half, visits: onHalf }): VisitTeamEntity => {
    const needsCity = teamNeeds(program.methods, onHalf.map((v) => v.serviceKind)).cityStaff;
    return { id: randomUUID(), programId: program.id, visitDate: date, half, leadId: crew.staff[0], cityStaff: needsCity ? [...crew.cityStaff] : [], assignedBy: crew.managerId, assignedAt, createdAt: assignedAt, updatedAt: assignedAt };
  });
  if (teams.length === 0) return [];
  await m.getRepository(VisitTeamEntity).insert(teams);
  await m.getRepository(VisitTeamMemberEntity).insert(teams.flatMap((t) => crew.staff.map((userId) => ({ teamId: t.id, userId }))));
  return teams;
}
