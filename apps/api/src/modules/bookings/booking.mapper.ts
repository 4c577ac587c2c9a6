import type { BookingView, SlotPosition } from '@outreach/domain/bookings';
import { slotWindow } from '@outreach/domain/bookings';
import type { BookingEntity } from './booking.entity';

/** The entity keeps the enums as plain strings; they hold only the domain's values (the service writes them). */
export function toBookingView(b: BookingEntity): BookingView {
  return {
    id: b.id,
    programId: b.programId,
    receptionNumber: b.receptionNumber,
    kind: b.kind as BookingView['kind'],
    status: b.status as BookingView['status'],
    receivedAt: b.receivedAt.toISOString(),
    receivedDate: b.receivedDate,
    visitDate: b.visitDate,
    half: b.half as BookingView['half'],
    positions: b.positions,
    window: b.positions[0] ? slotWindow(b.positions[0] as SlotPosition).label : null,
    district: b.district,
    applicants: b.applicants,
    plannedApplications: b.plannedApplications,
    callerRelation: b.callerRelation as BookingView['callerRelation'],
    applicationTypes: b.applicationTypes as BookingView['applicationTypes'],
    guidanceGiven: b.guidanceGiven,
    callId: b.callId,
    sessionId: b.sessionId,
    facilityId: b.facilityId,
    overrideReason: b.overrideReason,
    cancelReason: b.cancelReason,
    sharedWithCityAt: b.sharedWithCityAt?.toISOString() ?? null,
    visitFinishedDate: b.visitFinishedDate,
    personalDataDeletedAt: b.personalDataDeletedAt?.toISOString() ?? null,
    personalDataDeletedBy: b.personalDataDeletedBy,
    personalDataDeletionRule: b.personalDataDeletionRule as BookingView['personalDataDeletionRule'],
  };
}
