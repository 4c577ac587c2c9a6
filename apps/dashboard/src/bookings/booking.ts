import type { BookingStatus, CallerRelation, ChecklistItem, ExcludedSlot, IdentityDocumentId, SlotOffer } from '@outreach/domain/bookings';
import type { ApplicationType } from '@outreach/domain/sessions';
import type { Parking } from './intakeForm';

/** A booking as GET /api/bookings lists it: facts only, no personal data. */
export interface Booking {
  id: string;
  programId: string;
  receptionNumber: number;
  kind: 'home' | 'facility';
  status: BookingStatus;
  receivedAt: string;
  receivedDate: string;
  visitDate: string | null;
  half: 'am' | 'pm' | 'both' | null;
  positions: string[];
  /** 10:00頃, 10:30〜11:30 … */
  window: string | null;
  district: string | null;
  applicants: number;
  plannedApplications: number;
  callerRelation: CallerRelation | null;
  applicationTypes: ApplicationType[];
  guidanceGiven: string[];
  callId: string | null;
  sessionId: string | null;
  overrideReason: string | null;
  cancelReason: string | null;
  sharedWithCityAt: string | null;
  visitFinishedDate: string | null;
  personalDataDeletedAt: string | null;
}

/** POST /slots/search */
export interface SlotSearchResult {
  offers: SlotOffer[];
  excluded: ExcludedSlot[];
  warnings: string[];
}

/** The reception slip's personal data (GET /api/bookings/:id/personal); each read is recorded. */
export interface HomePersonal {
  type: 'home';
  intake: {
    caller: { relation: CallerRelation; name?: string; relationDetail?: string; phone?: string; inPresenceConfirmed?: boolean };
    applicants: Array<{
      name: string;
      kana: string;
      address: string;
      dateOfBirth: string;
      phone: string;
      outingDifficulty: string;
      applicationType: ApplicationType;
      identityDocuments: IdentityDocumentId[];
      condition: { photoPossible: boolean; canWrite: boolean; caregiverPresent: boolean; note?: string };
    }>;
    wishNote?: string;
    parking: Parking;
    cautions?: string;
  };
}

export interface FacilityPersonal {
  type: 'facility';
  request: { facilityName: string; facilityType: string; address: string; phone: string; contactName: string; wishNote?: string; notes?: string };
}

export type BookingPersonal = (HomePersonal | FacilityPersonal) & {
  booking: Booking;
  guidance: Array<ChecklistItem & { given: boolean }>;
  identity: Array<{ ok: boolean; message: string }>;
};

/** 409 when someone took the slot meanwhile: the API's fresh offers for the same request. */
export interface TakenBody {
  message?: string;
  alternatives?: SlotOffer[];
}

export interface PreMeetingView {
  id: string;
  date: string;
  half: 'am' | 'pm';
  bookingId: string | null;
  note: string | null;
}
