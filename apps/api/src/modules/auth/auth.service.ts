import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type LoginInput, type Me, organizationKindSchema, type TotpSetupView, passwordProblem, permissionsOf, roleSchema, seesPersonalData } from '@outreach/domain/auth';
import { DomainError } from '@outreach/domain/common';
import { DataSource, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { type ActorResolver, PROGRAM_VISIBILITY, type ProgramVisibility, SECOND_FACTOR_POLICY, type SecondFactorPolicy } from '../../common/auth/ports';
import { Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { UserAccountsService } from '../users/user-accounts.service';
import type { UserEntity } from '../users/user.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { rawBool, rawInstant } from '../../database/keyset';
import { LoginEntity } from './login.entity';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { generateTotpSecret, otpauthUrl, verifyTotp } from './totp';

/** The login cookie; its name predates the word "login" and stays, so signed-in browsers stay signed in. */
export const LOGIN_COOKIE = 'od_session';
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const WRONG_CREDENTIALS = 'メールアドレスまたはパスワードが正しくありません';

/** What an actor is made of: the account, and its organization's kind and city. */
type ActorAccount = Pick<UserEntity, 'id' | 'name' | 'email' | 'role' | 'organizationId'> & { organization?: Pick<OrganizationEntity, 'kind' | 'municipalityId'> };

/** The access guard's question (actorForToken): a login's account and organization, by the login's token hash. */
const ACTOR_OF_LOGIN = `SELECT u.id, u.name, u.email, u.role, u.active, u.organization_id, o.kind, o.municipality_id, l.totp_verified, l.expires_at
  FROM login l JOIN app_user u ON u.id = l.user_id JOIN organization o ON o.id = u.organization_id
  WHERE l.token_hash = ?`;

@Injectable()
export class AuthService implements ActorResolver, OnModuleInit {
  constructor(
    private readonly users: UserAccountsService,
    @InjectRepository(LoginEntity) private readonly logins: Repository<LoginEntity>,
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly handling: HandlingRecordService,
    @Inject(SECOND_FACTOR_POLICY) private readonly secondFactor: SecondFactorPolicy,
    @Inject(PROGRAM_VISIBILITY) private readonly programs: ProgramVisibility,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    // Users ends a user's logins (deactivation, role change, password reset) through auth, which owns them.
    this.users.useEndLogins(async (m, userId) => {
      await m.getRepository(LoginEntity).delete({ userId });
    });
  }

  /** Checks the credentials (and the second factor when enrolled) and opens a login; returns its token. */
  async login(input: LoginInput, ip: string | null): Promise<{ token: string; expiresAt: Date; maxAgeMs: number; actor: Actor }> {
    const now = this.clock.now();
    await this.throttle.assertAllowed(input.email, ip, now);
    const { user, ok } = await this.accountFor(input);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(input.email, ip, now);
      await this.handling.recordAnonymous(
        { userId: user?.id, organizationId: user?.organizationId, municipalityId: user?.organization?.municipalityId, role: user?.role, ip },
        { action: 'auth.login_failed', resourceType: 'user', resourceId: user?.id },
      );
      throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
    }
    if (user.totpEnabled) {
      if (!input.totp) {
        throw new DomainError('unauthenticated', '確認コードを入力してください', { totp: '認証アプリに表示される6桁の確認コードを入力してください' }, { totpRequired: true });
      }
      if (!verifyTotp(user.totpSecret!, input.totp, now)) {
        await this.throttle.recordFailure(input.email, ip, now);
        await this.handling.recordAnonymous(
          { userId: user.id, organizationId: user.organizationId, municipalityId: user.organization?.municipalityId, role: user.role, ip },
          { action: 'auth.totp_failed', resourceType: 'user', resourceId: user.id },
        );
        throw new DomainError('unauthenticated', '確認コードが正しくありません', { totp: '確認コードが正しくありません' }, { totpRequired: true });
      }
    }
    await this.throttle.recordSuccess(input.email, ip);
    const token = randomBytes(32).toString('base64url');
    const maxAgeMs = this.env.SESSION_TTL_HOURS * 3600_000;
    const expiresAt = new Date(now.getTime() + maxAgeMs);
    await this.logins.insert({ tokenHash: tokenHash(token), userId: user.id, totpVerified: user.totpEnabled, createdAt: now, expiresAt });
    await this.users.setCredentials(user.id, { lastLoginAt: now });
    const actor = await this.toActor(user, user.totpEnabled, ip);
    await this.handling.record(actor, { action: 'auth.login', resourceType: 'user', resourceId: user.id });
    return { token, expiresAt, maxAgeMs, actor };
  }

  /**
   * The account an email and password open. An address is unique per organization, so it may name accounts in
   * several; the password decides (each checked, and a dummy hash when none, so timing tells nothing). `ok` only
   * when the password opens the returned account (otherwise the account is the one the failure is recorded on);
   * refuses when the same address and password open two active accounts.
   */
  private async accountFor(input: LoginInput): Promise<{ user?: UserEntity; ok: boolean }> {
    const candidates = await this.users.withEmail(input.email);
    if (!candidates.length) {
      await verifyPassword(await dummyPasswordHash(), input.password);
      return { ok: false };
    }
    const matching: UserEntity[] = [];
    for (const u of candidates) if (await verifyPassword(u.passwordHash, input.password)) matching.push(u);
    const usable = matching.filter((u) => u.active);
    if (usable.length > 1) {
      throw new DomainError('conflict', 'このメールアドレスとパスワードで複数の組織のアカウントが開けます。管理者にパスワードの変更を依頼してください', {
        email: '同じメールアドレスが複数の組織に登録されています',
      });
    }
    if (usable.length) return { user: usable[0], ok: true };
    return { user: matching[0] ?? candidates[0], ok: matching.length > 0 };
  }

  /** The person behind a request's login cookie (the access guard asks through ACTOR_RESOLVER). */
  actorOf(request: { cookies?: unknown; ip?: string }): Promise<Actor | undefined> {
    const token = (request.cookies as Record<string, string> | undefined)?.[LOGIN_COOKIE];
    return token ? this.actorForToken(token, request.ip ?? null) : Promise.resolve(undefined);
  }

  /** The person behind a login token, or undefined when the login is unknown, expired or the user inactive. */
  async actorForToken(token: string, ip: string | null): Promise<Actor | undefined> {
    // Every request comes through here: one fixed statement read raw (no query building, no entities, no password
    // hash or second-factor secret read), by the token hash, the login's primary key — one row at most.
    const [row] = (await this.dataSource.query(ACTOR_OF_LOGIN, [tokenHash(token)])) as Array<Record<string, unknown>>;
    if (!row || !rawBool(row.active) || !(rawInstant(row.expires_at as Date | string)! > this.clock.now().toISOString())) return undefined;
    const user = { id: String(row.id), name: String(row.name), email: String(row.email), role: String(row.role), organizationId: String(row.organization_id) };
    return this.toActor({ ...user, organization: { kind: String(row.kind), municipalityId: (row.municipality_id as string | null) ?? null } }, rawBool(row.totp_verified), ip);
  }

  async logout(token: string | undefined, ip: string | null): Promise<void> {
    if (!token) return;
    const actor = await this.actorForToken(token, ip);
    await this.logins.delete({ tokenHash: tokenHash(token) });
    if (actor) await this.handling.record(actor, { action: 'auth.logout', resourceType: 'user', resourceId: actor.userId });
  }

  async me(actor: Actor): Promise<Me> {
    const user = await this.users.profile(actor.userId);
    if (!user) throw new DomainError('unauthenticated', 'ログインし直してください');
    const m = user.organization?.municipality;
    // Two independent questions, asked together (each awaited statement queues behind the other requests).
    const [totpRequired, seesCurrent] = await Promise.all([
      user.totpEnabled ? false : this.totpRequired(actor),
      user.currentProgramId ? this.programs.sees(actor, user.currentProgramId) : false,
    ]);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: roleSchema.parse(user.role),
      organization: { id: user.organizationId, name: user.organization!.name, kind: organizationKindSchema.parse(user.organization!.kind) },
      municipality: m ? { id: m.id, name: m.name, code: m.code } : null,
      permissions: [...actor.permissions],
      totpEnabled: user.totpEnabled,
      totpEnrollmentRequired: totpRequired,
      currentProgramId: seesCurrent ? user.currentProgramId : null,
    };
  }

  /** Remembers the program the user works on; 404 for a program they do not see. */
  async setCurrentProgram(actor: Actor, programId: string): Promise<void> {
    await this.programs.visibleProgram(actor, programId);
    await this.users.setCurrentProgram(actor.userId, programId);
  }

  /** A new password ends every other login of the user (one left open elsewhere may be someone else's). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, token: string): Promise<void> {
    const user = await this.account(actor);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new DomainError('invalid', '現在のパスワードが正しくありません', { currentPassword: '現在のパスワードが正しくありません' });
    }
    const problem = passwordProblem(newPassword, user);
    if (problem) throw new DomainError('invalid', problem, { newPassword: problem });
    if (await verifyPassword(user.passwordHash, newPassword)) {
      throw new DomainError('invalid', '現在と同じパスワードは使えません', { newPassword: '現在と同じパスワードは使えません' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await this.users.setCredentials(user.id, { passwordHash, passwordChangedAt: this.clock.now() }, m);
      await m.getRepository(LoginEntity).delete({ userId: user.id, tokenHash: Not(tokenHash(token)) });
      await this.handling.record(actor, { action: 'user.password_change', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  /** Starts enrollment: a new secret, kept but not active until a code from it is confirmed. */
  async totpSetup(actor: Actor): Promise<TotpSetupView> {
    const user = await this.account(actor);
    if (user.totpEnabled) throw new DomainError('conflict', '二要素認証はすでに有効です');
    const secret = generateTotpSecret();
    await this.users.setCredentials(user.id, { totpSecret: secret });
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  async totpEnable(actor: Actor, code: string, token: string): Promise<void> {
    const user = await this.account(actor);
    if (user.totpEnabled) throw new DomainError('conflict', '二要素認証はすでに有効です');
    if (!user.totpSecret) throw new DomainError('invalid', '先に設定を開始してください', { code: '先に設定を開始してください' });
    if (!verifyTotp(user.totpSecret, code, this.clock.now())) throw new DomainError('invalid', '確認コードが正しくありません', { code: '確認コードが正しくありません' });
    await this.dataSource.transaction(async (m) => {
      await this.users.setCredentials(user.id, { totpEnabled: true }, m);
      await m.getRepository(LoginEntity).update({ tokenHash: tokenHash(token) }, { totpVerified: true });
      await this.handling.record(actor, { action: 'user.totp_enable', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  async totpDisable(actor: Actor, password: string): Promise<void> {
    const user = await this.account(actor);
    if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError('invalid', 'パスワードが正しくありません', { password: 'パスワードが正しくありません' });
    await this.dataSource.transaction(async (m) => {
      await this.users.setCredentials(user.id, { totpEnabled: false, totpSecret: null }, m);
      await this.handling.record(actor, { action: 'user.totp_disable', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  /** The signed-in person's own account (it exists: the guard found it). */
  private async account(actor: Actor): Promise<UserEntity> {
    const user = await this.users.find(actor.userId);
    if (!user) throw new DomainError('unauthenticated', 'ログインし直してください');
    return user;
  }

  private async totpRequired(actor: Pick<Actor, 'role' | 'organizationKind' | 'organizationId' | 'municipalityId'>): Promise<boolean> {
    return seesPersonalData(actor.role) && (await this.secondFactor.anyRequiresTotp(actor));
  }

  private async toActor(user: ActorAccount, totpVerified: boolean, ip: string | null): Promise<Actor> {
    const role = roleSchema.parse(user.role);
    const base = {
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      organizationId: user.organizationId,
      organizationKind: organizationKindSchema.parse(user.organization!.kind),
      municipalityId: user.organization!.municipalityId,
      totpVerified,
      ip,
    };
    // The second factor is asked per program where personal data is opened (personalDataOpen), never here:
    // one program's requireTotp must not change what its users may do in another city's program.
    return { ...base, permissions: new Set(permissionsOf(role)) };
  }
}
