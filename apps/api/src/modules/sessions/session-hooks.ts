import { Injectable } from '@nestjs/common';
import type { DateKey } from '@outreach/domain/common';
import type { EntityManager } from 'typeorm';

/** What the day's daily report says about changing its sessions. Provided by daily-reports (it owns the table). */
export interface ReportDayHook {
  /** Throws a 409 when the day's report is with the city (its sessions are locked). */
  assertOpen(m: EntityManager, programId: string, date: DateKey): Promise<void>;
  /** A held session opens its day's report as a draft (once per program and day). */
  held(m: EntityManager, programId: string, date: DateKey): Promise<void>;
}

/** The booking a session was created from. Provided by the reservations (they own the booking table). */
export interface BookingVisitHook {
  /** The booking's visit date (a session is not held before it), or null. */
  visitDate(bookingId: string): Promise<DateKey | null>;
  /** The visit happened: the booking becomes visited, inside the session's transaction. */
  visited(m: EntityManager, bookingId: string, date: DateKey): Promise<void>;
}

/** The counts of a day's applicant register (申請台帳), per session. Provided by applications (it owns the table). */
export interface RegisterHook {
  /** Per session id with applications on that day: the register's counts (RegisterCounts). */
  countsOfDay(programId: string, date: DateKey): Promise<Map<string, Record<string, number>>>;
  /** How many applications the register holds for the session, read inside the session's transaction. */
  countOfSession(m: EntityManager, sessionId: string): Promise<number>;
}

/** The program's facility records (施設). Provided by facilities (it owns the facility table). */
export interface FacilityRecordsHook {
  /** Whether the facility is one of the program's (a facility visit entered by hand names one of them). */
  exists(programId: string, facilityId: string): Promise<boolean>;
}

/**
 * Where the features that sessions feed plug in, each at start, so that sessions never writes their tables and
 * does not import them (they import sessions). Every hook runs inside the session's transaction.
 */
@Injectable()
export class SessionHooks {
  private reportDay?: ReportDayHook;
  private bookingVisit?: BookingVisitHook;
  private facilityRecords?: FacilityRecordsHook;
  private registerCounts?: RegisterHook;

  useRegister(hook: RegisterHook): void {
    this.registerCounts = hook;
  }

  /** The applicant register's hook, or null in a module built without it. */
  get register(): RegisterHook | null {
    return this.registerCounts ?? null;
  }

  useFacilityRecords(hook: FacilityRecordsHook): void {
    this.facilityRecords = hook;
  }

  /** The facilities' hook, or null in a module built without them. */
  get facilities(): FacilityRecordsHook | null {
    return this.facilityRecords ?? null;
  }

  useReportDay(hook: ReportDayHook): void {
    this.reportDay = hook;
  }

  useBookingVisit(hook: BookingVisitHook): void {
    this.bookingVisit = hook;
  }

  get day(): ReportDayHook {
    if (!this.reportDay) throw new Error('daily-reports has not registered its day hook');
    return this.reportDay;
  }

  get booking(): BookingVisitHook {
    if (!this.bookingVisit) throw new Error('the reservations have not registered their visit hook');
    return this.bookingVisit;
  }
}
