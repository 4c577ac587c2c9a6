import { randomUUID } from 'node:crypto';
import { addDays, jstDateKey, jstInstant, lastWorkingDayUntil } from '@outreach/domain/common';
import type { ServiceKind } from '@outreach/domain/programs';
import { BOOKING_SERVICE_KIND, bookingHalves, sessionHalves, teamNeeds } from '@outreach/domain/teams';
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
 * days — the same half-days TeamsService finds, read from the rows seeded before (confirmed bookings in their slot's
 * halves, the sessions without a booking by their times) — each with the crew, and the city staff where a visit of
 * the half-day is taken as 出張申請受付. Formed at the end of the last working day before today; the half-days after
 * are still to form, on the manager's attention list. Returns the teams, for the handling record.
 */
export async function seedDemoTeams(m: EntityManager, program: ProgramEntity, now: Date, crew: DemoCrew): Promise<VisitTeamEntity[]> {
  const today = jstDateKey(now);
  const until = addDays(today, FORMED_DAYS - 1);
  const [bookings, sessions] = await Promise.all([
    m.getRepository(BookingEntity).find({ where: { programId: program.id, status: In(['confirmed', 'visited']), visitDate: Between(today, until) } }),
    m.getRepository(SessionEntity).find({ where: { programId: program.id, bookingId: IsNull(), status: In(['planned', 'held']), date: Between(today, until) } }),
  ]);
  const kinds = new Map<string, ServiceKind[]>();
  const add = (date: string, halves: readonly string[], kind: ServiceKind) => {
    for (const half of halves) kinds.set(`${date}|${half}`, [...(kinds.get(`${date}|${half}`) ?? []), kind]);
  };
  for (const b of bookings) if (b.visitDate) add(b.visitDate, bookingHalves(b.half as 'am' | 'pm' | 'both' | null), BOOKING_SERVICE_KIND[b.kind as 'home' | 'facility']);
  for (const s of sessions) add(s.date, sessionHalves(s.startTime, s.endTime), s.serviceKind as ServiceKind);
  const assignedAt = jstInstant(lastWorkingDayUntil(addDays(today, -1), program.workingHours), '16:30');
  const teams = [...kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, visitKinds]): VisitTeamEntity => {
      const [visitDate, half] = key.split('|') as [string, 'am' | 'pm'];
      const needsCity = teamNeeds(program.methods, visitKinds).cityStaff;
      return { id: randomUUID(), programId: program.id, visitDate, half, leadId: crew.staff[0], cityStaff: needsCity ? [...crew.cityStaff] : [], assignedBy: crew.managerId, assignedAt, createdAt: assignedAt, updatedAt: assignedAt };
    });
  if (teams.length === 0) return [];
  await m.getRepository(VisitTeamEntity).insert(teams);
  await m.getRepository(VisitTeamMemberEntity).insert(teams.flatMap((t) => crew.staff.map((userId) => ({ teamId: t.id, userId }))));
  return teams;
}
