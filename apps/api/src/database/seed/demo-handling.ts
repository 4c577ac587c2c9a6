import { PERSONAL_DATA_DELETION_RULES_JA, type PersonalDataDeletionRule } from '@outreach/domain/bookings';
import { weekStart } from '@outreach/domain/common';
import { handlingReason } from '@outreach/domain/handling-records';
import { HAND_OVER_FOLLOW_UP_DAYS } from '@outreach/domain/programs';
import { APPLICANT_LIST_DELETION_RULES_JA, type ApplicantListDeletionRule } from '@outreach/domain/facilities';
import { type EntityManager, In } from 'typeorm';
import { ApplicationEntity, HandOverBatchEntity } from '../../modules/applications/application.entity';
import { BookingEntity } from '../../modules/bookings/booking.entity';
import { FacilityApplicantListEntity } from '../../modules/facilities/facility-applicant-list.entity';
import { HandlingRecordEntity } from '../../modules/handling-records/handling-record.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { SessionEntity } from '../../modules/sessions/session.entity';
import { VisitTeamEntity, VisitTeamMemberEntity } from '../../modules/teams/visit-team.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** The vendor's office, as the API saw its people's requests (a private address: the demo names no real network). */
const VENDOR_OFFICE_IP = '10.20.1.15';

type Row = Omit<HandlingRecordEntity, 'id'>;

/**
 * The handling record (取扱記録) of the personal data a program's demo history handled, as the services would have
 * written it on each act: every reservation received (booking.create, by the operator), its slip shared with the
 * city (booking.share, by the vendor manager, with its visit week), a cancellation or a no-show (with its reason),
 * the sweep's deletion of its personal data (anonymous, with its rule), every application entered in the register
 * (application.create), each facility's applicant list taken in, shared with the city and deleted by the sweep
 * (applicant_list.commit/share/delete), every hand-over to the city (hand_over.create), the sweep's deletion of a hand-over's
 * applications once its follow-up period ended (application.delete_personal) and every team formed (team.assign: its
 * itinerary shows the slips to its members). Read from the rows the demo seeded, so
 * the record and the deletion ledger agree; written in time order, after the rest of the program's history.
 */
export async function seedDemoHandlingHistory(m: EntityManager, program: ProgramEntity, users: { staff: string; manager: string }): Promise<number> {
  const bookings = await m.getRepository(BookingEntity).find({ where: { programId: program.id } });
  const closedSessions = await m.getRepository(SessionEntity).find({ select: { id: true, updatedAt: true }, where: { programId: program.id, status: 'cancelled', bookingId: In(bookings.map((b) => b.id)) } });
  const applications = await m.getRepository(ApplicationEntity).find({ select: { id: true, createdAt: true, createdBy: true, handOverBatchId: true, personalDataDeletedAt: true, personalDataDeletionRule: true }, where: { programId: program.id } });
  const handOvers = await m.getRepository(HandOverBatchEntity).find({ where: { programId: program.id } });
  const lists = await m.getRepository(FacilityApplicantListEntity).find({ where: { programId: program.id } });
  const teams = await m.getRepository(VisitTeamEntity).find({ where: { programId: program.id } });
  const members = teams.length ? await m.getRepository(VisitTeamMemberEntity).find({ where: { teamId: In(teams.map((t) => t.id)) } }) : [];
  const actorIds = new Set([users.staff, users.manager, ...applications.map((a) => a.createdBy), ...handOvers.map((h) => h.createdBy), ...lists.flatMap((l) => [l.committedBy, ...(l.sharedBy ? [l.sharedBy] : [])]), ...teams.flatMap((t) => (t.assignedBy ? [t.assignedBy] : [])), ...bookings.flatMap((b) => (b.personalDataDeletedBy ? [b.personalDataDeletedBy] : []))]);
  const people = new Map((await m.getRepository(UserEntity).find({ where: { id: In([...actorIds]) } })).map((u) => [u.id, u]));
  const by = (userId: string) => {
    const u = people.get(userId)!;
    return { userId: u.id, organizationId: u.organizationId, role: u.role, ip: VENDOR_OFFICE_IP };
  };
  const sweep = { userId: null, organizationId: null, role: null, ip: null };
  const rows: Row[] = [];
  const add = (occurredAt: Date, who: Pick<Row, 'userId' | 'organizationId' | 'role' | 'ip'>, action: string, resourceType: string, resourceId: string, reason: string | null = null) =>
    rows.push({ occurredAt, ...who, municipalityId: program.municipalityId, action, resourceType, resourceId, programId: program.id, reason });

  const closedAt = new Map(closedSessions.map((s) => [s.id, s.updatedAt]));
  for (const b of bookings) {
    add(b.receivedAt, by(users.staff), 'booking.create', 'booking', b.id);
    if (b.sharedWithCityAt && b.visitDate) add(b.sharedWithCityAt, by(users.manager), 'booking.share', 'booking', b.id, handlingReason.slipShare(weekStart(b.visitDate, program.weekStartsOn)));
    // A cancellation or a no-show cancelled the visit it had planned at the same moment.
    const closed = b.sessionId ? closedAt.get(b.sessionId) : undefined;
    if ((b.status === 'cancelled' || b.status === 'no_show') && closed) add(closed, by(users.staff), `booking.${b.status}`, 'booking', b.id, b.cancelReason);
    if (b.personalDataDeletedAt && b.personalDataDeletionRule) {
      const label = PERSONAL_DATA_DELETION_RULES_JA[b.personalDataDeletionRule as PersonalDataDeletionRule];
      if (b.personalDataDeletedBy) add(b.personalDataDeletedAt, by(b.personalDataDeletedBy), 'booking.personal_delete', 'booking', b.id, label);
      else add(b.personalDataDeletedAt, sweep, 'booking.personal_delete', 'booking', b.id, handlingReason.sweptDeletion(label));
    }
  }
  const batchNumber = new Map(handOvers.map((h) => [h.id, h.number]));
  const followUpDays = program.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS;
  for (const a of applications) {
    add(a.createdAt, by(a.createdBy), 'application.create', 'application', a.id);
    if (a.personalDataDeletedAt && a.personalDataDeletionRule === 'handed_over' && a.handOverBatchId) {
      const reason = handlingReason.handedOverDeletion(PERSONAL_DATA_DELETION_RULES_JA.handed_over, batchNumber.get(a.handOverBatchId)!, followUpDays);
      add(a.personalDataDeletedAt, sweep, 'application.delete_personal', 'application', a.id, reason);
    }
  }
  for (const l of lists) {
    add(l.committedAt, by(l.committedBy), 'applicant_list.commit', 'booking', l.bookingId, `${l.rowCount}人`);
    if (l.sharedAt && l.sharedBy) add(l.sharedAt, by(l.sharedBy), 'applicant_list.share', 'booking', l.bookingId, `${l.rowCount}人`);
    if (l.deletedAt && l.deletionRule) {
      const reason = handlingReason.applicantListDeletion(l.rowCount, APPLICANT_LIST_DELETION_RULES_JA[l.deletionRule as ApplicantListDeletionRule], l.deletedBy === null);
      add(l.deletedAt, l.deletedBy ? by(l.deletedBy) : sweep, 'applicant_list.delete', 'booking', l.bookingId, reason);
    }
  }
  for (const h of handOvers) add(h.createdAt, by(h.createdBy), 'hand_over.create', 'hand_over', h.id, handlingReason.handOver(h.number, h.applicationCount));
  for (const t of teams) add(t.assignedAt, by(t.assignedBy ?? users.manager), 'team.assign', 'visit_team', t.id, handlingReason.teamAssign(t.visitDate, t.half, members.filter((x) => x.teamId === t.id).length));
  rows.sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());
  for (let i = 0; i < rows.length; i += 200) await m.getRepository(HandlingRecordEntity).insert(rows.slice(i, i + 200));
  return rows.length;
}
