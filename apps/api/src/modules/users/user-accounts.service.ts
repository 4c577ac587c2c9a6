import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { UserEntity } from './user.entity';

/** The columns of a user that signing in changes (auth asks; users writes). */
export type Credentials = Partial<Pick<UserEntity, 'passwordHash' | 'passwordChangedAt' | 'totpSecret' | 'totpEnabled' | 'lastLoginAt'>>;

/** Ends every login of a user inside the caller's transaction. Provided by auth, which owns the login table. */
export type EndLogins = (m: EntityManager, userId: string) => Promise<void>;

/**
 * What other features need of users, through their owner: auth finds accounts and changes credentials, sessions
 * checks its staff, the handling record shows names. Users asks auth to end a user's logins through the hook auth
 * registers at start (auth depends on users, not the other way round).
 */
@Injectable()
export class UserAccountsService {
  private endLoginsHook?: EndLogins;

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** An account with its organization (and that organization's municipality when asked), or null. */
  async find(id: string): Promise<UserEntity | null> {
    // find, not findOne: with relations, findOne's LIMIT 1 costs TypeORM a second statement (the distinct keys first);
    // the id is the primary key, so there is one row at most.
    const [user] = await this.users.find({ where: { id }, relations: { organization: true } });
    return user ?? null;
  }

  /**
   * What GET /api/auth/me shows of an account (asked on every screen load): those columns alone, with the
   * organization's and its municipality's names — not the password hash or the second factor's secret.
   */
  async profile(id: string): Promise<UserEntity | null> {
    const [user] = await this.users.find({
      select: { id: true, name: true, email: true, role: true, organizationId: true, totpEnabled: true, currentProgramId: true, organization: { id: true, name: true, kind: true, municipality: { id: true, name: true, code: true } } },
      where: { id },
      relations: { organization: { municipality: true } },
    });
    return user ?? null;
  }

  /** Every account holding an address (unique per organization, so possibly one per tenant), oldest id first. */
  withEmail(email: string): Promise<UserEntity[]> {
    return this.users.find({ where: { email }, relations: { organization: true }, order: { id: 'ASC' } });
  }

  async setCredentials(id: string, changes: Credentials, m?: EntityManager): Promise<void> {
    await (m ? m.getRepository(UserEntity) : this.users).update({ id }, changes);
  }

  /** Remembers the program the user works on (auth has checked that they see it). */
  async setCurrentProgram(id: string, programId: string): Promise<void> {
    await this.users.update({ id }, { currentProgramId: programId });
  }

  useEndLogins(hook: EndLogins): void {
    this.endLoginsHook = hook;
  }

  async endLogins(m: EntityManager, userId: string): Promise<void> {
    if (!this.endLoginsHook) throw new Error('auth has not registered how logins end');
    await this.endLoginsHook(m, userId);
  }

  /** Which of the users belong to one of the organizations (a session's staff must be the vendor's). */
  async membersOf(userIds: string[], organizationIds: string[]): Promise<string[]> {
    return (await this.users.find({ select: { id: true }, where: { id: In(userIds), organizationId: In(organizationIds) } })).map((u) => u.id);
  }

  /** The active accounts of some organizations by name (whom a vendor manager may put on a visit team). */
  async activeMembers(organizationIds: string[]): Promise<Array<{ id: string; name: string }>> {
    if (!organizationIds.length) return [];
    return this.users.find({ select: { id: true, name: true }, where: { organizationId: In(organizationIds), active: true }, order: { name: 'ASC' } });
  }

  /** Names by id, for other features' lists (the handling record). */
  async names(ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await this.users.find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  /** Views of a submission and its decision with the two people's names filled in (business plans, report submissions). */
  async withDecisionNames<T extends { submittedBy: string | null; decidedBy: string | null; submittedByName: string | null; decidedByName: string | null }>(views: T[]): Promise<T[]> {
    const names = await this.names([...new Set(views.flatMap((v) => [v.submittedBy, v.decidedBy]).filter((u): u is string => !!u))]);
    const name = (u: string | null) => (u ? (names.get(u) ?? null) : null);
    return views.map((v) => ({ ...v, submittedByName: name(v.submittedBy), decidedByName: name(v.decidedBy) }));
  }
}
