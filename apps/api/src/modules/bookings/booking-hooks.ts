import { Injectable } from '@nestjs/common';
import type { FacilityRequest, HomeIntake } from '@outreach/domain/bookings';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';

/** What a reservation hands over as personal data: the caller's intake without the facts the booking row keeps. */
export type PersonalData = { type: 'home'; intake: Omit<HomeIntake, 'wishes' | 'district' | 'plannedApplications'> } | { type: 'facility'; request: Omit<FacilityRequest, 'wishes' | 'district' | 'estimatedApplicants'> };

/** Where a reservation's personal data goes. Provided by booking-personal (it owns booking_personal and the keys). */
export interface PersonalDataHook {
  /** Seals and stores the personal data of a new reservation, and what it can be found by, inside its transaction. */
  store(m: EntityManager, booking: { id: string; programId: string }, data: PersonalData): Promise<void>;
  /** A facility's name (the place of its session), or null when its personal data is gone. */
  facilityName(bookingId: string): Promise<string | null>;
}

/** The facility record (施設) a facility request is for. Provided by facilities (it owns the facility table). */
export interface FacilityRecordHook {
  /**
   * Inside the request's transaction: the facility named by `facilityId` (404 when it is not the program's), or a
   * new one made from the request (the request creates it once). Answers its id and name.
   */
  resolve(m: EntityManager, actor: Actor, programId: string, request: FacilityRequest, facilityId: string | undefined): Promise<{ id: string; name: string }>;
}

/** The 事前打合せ that block a half-day. Provided by facilities (they own the pre_meeting table). */
export interface PreMeetingsHook {
  of(programId: string, m?: EntityManager): Promise<Array<{ date: string; half: string }>>;
}

/**
 * Where the features built on reservations plug in at start, so that the reservations neither write their
 * tables nor import them (they import the reservations).
 */
@Injectable()
export class BookingHooks {
  private personalData?: PersonalDataHook;
  private facilityRecords?: FacilityRecordHook;
  private preMeetingsHook?: PreMeetingsHook;

  usePreMeetings(hook: PreMeetingsHook): void {
    this.preMeetingsHook = hook;
  }

  /** The program's pre-meetings (none in a test module built without the facilities). */
  preMeetings(programId: string, m?: EntityManager): Promise<Array<{ date: string; half: string }>> {
    return this.preMeetingsHook ? this.preMeetingsHook.of(programId, m) : Promise.resolve([]);
  }

  useFacilityRecords(hook: FacilityRecordHook): void {
    this.facilityRecords = hook;
  }

  /** The facilities' hook, or null in a test module built without them (the request then stays unlinked). */
  get facilities(): FacilityRecordHook | null {
    return this.facilityRecords ?? null;
  }

  usePersonalData(hook: PersonalDataHook): void {
    this.personalData = hook;
  }

  get personal(): PersonalDataHook {
    if (!this.personalData) throw new Error('booking-personal has not registered its personal-data hook');
    return this.personalData;
  }
}
