import type { SlotOffer } from '@outreach/domain/bookings';

/** 409 when someone took the slot meanwhile: the API's fresh offers for the same request (an error body, not a view). */
export interface TakenBody {
  message?: string;
  alternatives?: SlotOffer[];
}
