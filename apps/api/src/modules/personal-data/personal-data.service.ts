import { Injectable } from '@nestjs/common';
import type { ApplicationDeletionEntry, DeletionLedgerEntry } from '@outreach/domain/personal-data';
import type { Actor } from '../../common/auth/actor';
import { ApplicationsService } from '../applications/applications.service';
import { BookingPersonalService } from '../booking-personal/booking-personal.service';
import { BookingsService } from '../bookings/bookings.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';

/**
 * The deletion ledger of a program (個人情報削除記録) and the manager's "run the sweep now": what the bookings
 * module deleted and stamped (and, for the Excel ledger, the register's deletions), with the names of the people who deleted by hand (asked of users). Owns no table.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly bookings: BookingsService,
    private readonly personal: BookingPersonalService,
    private readonly users: UserAccountsService,
    private readonly applications: ApplicationsService,
  ) {}

  /** Each reservation whose personal data was deleted, newest first: when, by whom or by the sweep, on which rule. */
  async ledger(program: ProgramEntity): Promise<DeletionLedgerEntry[]> {
    const rows = await this.bookings.deletionLedger(program);
    const names = await this.users.names([...new Set(rows.flatMap((r) => (r.deletedBy ? [r.deletedBy] : [])))]);
    return rows.map((r) => ({ ...r, deletedByName: r.deletedBy ? (names.get(r.deletedBy) ?? null) : null }));
  }

  /** The register's deletions (each application's personal fields and face photo), newest first, with the names of who deleted. */
  async applicationLedger(program: ProgramEntity): Promise<ApplicationDeletionEntry[]> {
    const rows = await this.applications.deletionLedger(program.id);
    const names = await this.users.names([...new Set(rows.flatMap((r) => (r.deletedBy ? [r.deletedBy] : [])))]);
    return rows.map((r) => ({ ...r, deletedByName: r.deletedBy ? (names.get(r.deletedBy) ?? null) : null }));
  }

  /** The sweep for one program, now; each deletion is recorded as the manager's. Returns how many it deleted. */
  async runNow(actor: Actor, program: ProgramEntity): Promise<number> {
    return this.personal.purgeDue(actor, program.id);
  }
}
