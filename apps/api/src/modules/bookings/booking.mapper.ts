import { type SlotPosition, slotWindow } from '@outreach/domain/bookings';
import type { BookingEntity } from './booking.entity';

/** A booking as everyone who may see the program sees it: facts only, no personal data. */
export interface BookingView {
  id: string;
  programId: string;
  receptionNumber: number;
  kind: string;
  status: string;
  receivedAt: string;
  receivedDate: string;
  visitDate: string | null;
  half: string | null;
  positions: string[];
  /** The time told to the caller: 10:00頃, 10:30〜11:30 … */
  window: string | null;
  district: string | null;
  applicants: number;
  plannedApplications: number;
  callerRelation: string | null;
  applicationTypes: string[];
  guidanceGiven: string[];
  callId: string | null;
  sessionId: string | null;
  overrideReason: string | null;
  cancelReason: string | null;
  sharedWithCityAt: string | null;
  visitFinishedDate: string | null;
  personalDataDeletedAt: string | null;
  /** Who deleted the personal data; null when the sweep did (or not deleted). */
  personalDataDeletedBy: string | null;
  personalDataDeletionRule: string | null;
}

export function toBookingView(b: BookingEntity): BookingView {
  return {
    id: b.id,
    programId: b.programId,
    receptionNumber: b.receptionNumber,
    kind: b.kind,
    status: b.status,
    receivedAt: b.receivedAt.toISOString(),
    receivedDate: b.receivedDate,
    visitDate: b.visitDate,
    half: b.half,
    positions: b.positions,
    window: b.positions[0] ? slotWindow(b.positions[0] as SlotPosition).label : null,
    district: b.district,
    applicants: b.applicants,
    plannedApplications: b.plannedApplications,
    callerRelation: b.callerRelation,
    applicationTypes: b.applicationTypes,
    guidanceGiven: b.guidanceGiven,
    callId: b.callId,
    sessionId: b.sessionId,
    overrideReason: b.overrideReason,
    cancelReason: b.cancelReason,
    sharedWithCityAt: b.sharedWithCityAt?.toISOString() ?? null,
    visitFinishedDate: b.visitFinishedDate,
    personalDataDeletedAt: b.personalDataDeletedAt?.toISOString() ?? null,
    personalDataDeletedBy: b.personalDataDeletedBy,
    personalDataDeletionRule: b.personalDataDeletionRule,
  };
}
