import { Injectable } from '@nestjs/common';
import { type DateKey, notFound } from '@outreach/domain/common';
import { APPLICATION_TYPE_LABELS, type ApplicationType } from '@outreach/domain/sessions';
import { COORDINATION_STATE_LABELS_JA } from '@outreach/domain/facilities';
import { handlingReason } from '@outreach/domain/handling-records';
import { bookingRulesSchema } from '@outreach/domain/programs';
import { bookingHalves, bringList, ITINERARY_NOTICE, itineraryPersonal, itineraryStops, type ItineraryStopView, type ItineraryView, sessionHalves } from '@outreach/domain/teams';
import type { Actor } from '../../common/auth/actor';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import { BookingSettingsService } from '../booking-settings/booking-settings.service';
import { BookingsService } from '../bookings/bookings.service';
import { FacilitiesService } from '../facilities/facilities.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { SessionQueries } from '../sessions/session-queries.service';
import { UserAccountsService } from '../users/user-accounts.service';
import { TeamsService } from './teams.service';

const WHY = '訪問行程表';

/**
 * 訪問行程表 (issue 21 item 2): a team's half-day — the stops in order with their times and the travel between them
 * (domain itineraryStops) and the visits recorded without a booking (from their sessions), what to bring, the facility checklist of facility stops, and, for the team's members and
 * the managers who may read slips, each stop's address, contact and applicants with the documents to check. Staff
 * not on the team get a 404; every opening is recorded (itinerary.open, and each slip shown as booking.read_personal).
 */
@Injectable()
export class ItineraryService {
  constructor(
    private readonly teams: TeamsService,
    private readonly bookings: BookingsService,
    private readonly sessions: SessionQueries,
    private readonly personal: BookingPersonalService,
    private readonly settings: BookingSettingsService,
    private readonly facilities: FacilitiesService,
    private readonly users: UserAccountsService,
    private readonly handling: HandlingRecordService,
  ) {}

  async open(actor: Actor, program: ProgramEntity, date: DateKey, half: 'am' | 'pm'): Promise<ItineraryView> {
    const team = await this.teams.team(program.id, date, half);
    // A team's itinerary is its own and its managers': anyone else finds nothing there.
    if (!team || !(actor.permissions.has('team.assign') || team.staffIds.includes(actor.userId))) throw notFound('訪問行程表が見つかりません');
    const onDay = (await this.bookings.onDay(program.id, date, ['confirmed', 'visited'])).filter((b) => bookingHalves(b.half).includes(half));
    const ordered = itineraryStops(onDay, half, await this.settings.travelMatrix(program.id), bookingRulesSchema.parse(program.bookingRules ?? {}));
    const shown = ordered.map((o) => o.stop);
    const personal = await this.personal.forItinerary(actor, program, shown, WHY, async (m) => {
      await this.handling.record(actor, { action: 'itinerary.open', resourceType: 'visit_team', resourceId: team.id, programId: program.id, reason: handlingReason.halfDay(date, half) }, m);
    });
    const names = await this.users.names(team.staffIds);
    const stops: ItineraryStopView[] = [];
    for (const [i, o] of ordered.entries()) {
      const b = o.stop;
      const data = personal?.get(b.id);
      const open = data ? itineraryPersonal(data) : { place: null, applicants: null, cautions: null };
      const checklist = b.kind === 'facility' ? (await this.facilities.get(actor, b.id)).items.map((item) => ({ label: item.label, state: COORDINATION_STATE_LABELS_JA[item.state], note: personal ? item.note : null })) : null;
      const types = b.applicationTypes as ApplicationType[];
      stops.push({
        order: i + 1,
        bookingId: b.id,
        receptionNumber: b.receptionNumber,
        kind: b.kind,
        position: o.position,
        label: o.label,
        start: o.start,
        window: o.window,
        district: b.district,
        travel: o.travel,
        applicantCount: b.applicants,
        applicationTypes: [...new Set(types)].map((t) => APPLICATION_TYPE_LABELS[t]),
        bring: bringList(types, program.guidance?.bring),
        ...open,
        checklist,
      });
    }
    return {
      date,
      half,
      team: { staff: team.staffIds.map((id) => ({ name: names.get(id) ?? null, lead: id === team.leadId })), cityStaff: team.cityStaff },
      personal: personal !== null,
      notice: ITINERARY_NOTICE,
      warnings: ordered.flatMap((o) => (o.travel?.warning ? [`${o.label}: ${o.travel.warning}`] : [])),
      stops,
      otherVisits: (await this.sessions.unbookedVisitsBetween(program.id, date, date))
        .filter((s) => sessionHalves(s.startTime, s.endTime).includes(half))
        .map((s) => ({ sessionId: s.id, kind: s.serviceKind, place: s.place, startTime: s.startTime, endTime: s.endTime, bring: bringList([], program.guidance?.bring) })),
    };
  }
}
