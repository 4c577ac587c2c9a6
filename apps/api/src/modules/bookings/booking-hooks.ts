import { Injectable } from '@nestjs/common';
import type { FacilityRequest, HomeIntake } from '@outreach/domain/bookings';
import type { EntityManager } from 'typeorm';

/** What a reservation hands over as personal data: the caller's intake without the facts the booking row keeps. */
export type PersonalData = { type: 'home'; intake: Omit<HomeIntake, 'wishes' | 'district' | 'plannedApplications'> } | { type: 'facility'; request: Omit<FacilityRequest, 'wishes' | 'district' | 'estimatedApplicants'> };

/** Where a reservation's personal data goes. Provided by booking-personal (it owns booking_personal and the keys). */
export interface PersonalDataHook {
  /** Seals and stores the personal data of a new reservation, and what it can be found by, inside its transaction. */
  store(m: EntityManager, booking: { id: string; programId: string }, data: PersonalData): Promise<void>;
  /** A facility's name (the place of its session), or null when its personal data is gone. */
  facilityName(bookingId: string): Promise<string | null>;
}

/**
 * Where the features built on reservations plug in at start, so that the reservations neither write their
 * tables nor import them (they import the reservations).
 */
@Injectable()
export class BookingHooks {
  private personalData?: PersonalDataHook;

  usePersonalData(hook: PersonalDataHook): void {
    this.personalData = hook;
  }

  get personal(): PersonalDataHook {
    if (!this.personalData) throw new Error('booking-personal has not registered its personal-data hook');
    return this.personalData;
  }
}
