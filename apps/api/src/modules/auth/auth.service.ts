import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  type LoginInput,
  organizationKindSchema,
  passwordProblem,
  permissionsOf,
  roleSchema,
  seesPersonalData,
} from '@outreach/domain';
import { DataSource, MoreThan, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import { UserEntity } from '../users/user.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { generateTotpSecret, otpauthUrl, verifyTotp } from './totp';

export const SESSION_COOKIE = 'od_session';
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const WRONG_CREDENTIALS = 'メールアドレスまたはパスワードが正しくありません';

export interface Me {
  id: string;
  name: string;
  email: string;
  role: string;
  organization: { id: string; name: string; kind: string };
  municipality: { id: string; name: string; code: string } | null;
  permissions: string[];
  totpEnabled: boolean;
  totpEnrollmentRequired: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly handling: HandlingRecordService,
    private readonly scope: ProgramScopeService,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Checks the credentials (and the second factor when enrolled) and opens a session; returns its token. */
  async login(input: LoginInput, ip: string | null): Promise<{ token: string; expiresAt: Date; actor: Actor }> {
    const now = this.clock.now();
    await this.throttle.assertAllowed(input.email, ip, now);
    const user = await this.users.findOne({ where: { email: input.email }, relations: { organization: true } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
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
    const expiresAt = new Date(now.getTime() + this.env.SESSION_TTL_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: tokenHash(token), userId: user.id, totpVerified: user.totpEnabled, createdAt: now, expiresAt });
    await this.users.update({ id: user.id }, { lastLoginAt: now });
    const actor = await this.toActor(user, user.totpEnabled, ip);
    await this.handling.record(actor, { action: 'auth.login', resourceType: 'user', resourceId: user.id });
    return { token, expiresAt, actor };
  }

  /** The person behind a session token, or undefined when the session is unknown, expired or the user inactive. */
  async actorForToken(token: string, ip: string | null): Promise<Actor | undefined> {
    const session = await this.sessions.findOne({
      where: { tokenHash: tokenHash(token), expiresAt: MoreThan(this.clock.now()) },
      relations: { user: { organization: true } },
    });
    if (!session?.user?.active) return undefined;
    return this.toActor(session.user, session.totpVerified, ip);
  }

  async logout(token: string | undefined, ip: string | null): Promise<void> {
    if (!token) return;
    const actor = await this.actorForToken(token, ip);
    await this.sessions.delete({ tokenHash: tokenHash(token) });
    if (actor) await this.handling.record(actor, { action: 'auth.logout', resourceType: 'user', resourceId: actor.userId });
  }

  async me(actor: Actor): Promise<Me> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId }, relations: { organization: { municipality: true } } });
    const m = user.organization?.municipality;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organization: { id: user.organizationId, name: user.organization!.name, kind: user.organization!.kind },
      municipality: m ? { id: m.id, name: m.name, code: m.code } : null,
      permissions: [...actor.permissions],
      totpEnabled: user.totpEnabled,
      totpEnrollmentRequired: !user.totpEnabled && (await this.totpRequired(actor)),
    };
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId } });
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
      await m.getRepository(UserEntity).update({ id: user.id }, { passwordHash, passwordChangedAt: this.clock.now() });
      await this.handling.record(actor, { action: 'user.password_change', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  /** Starts enrollment: a new secret, kept but not active until a code from it is confirmed. */
  async totpSetup(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId } });
    if (user.totpEnabled) throw new DomainError('conflict', '二要素認証はすでに有効です');
    const secret = generateTotpSecret();
    await this.users.update({ id: user.id }, { totpSecret: secret });
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  async totpEnable(actor: Actor, code: string, token: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId } });
    if (user.totpEnabled) throw new DomainError('conflict', '二要素認証はすでに有効です');
    if (!user.totpSecret) throw new DomainError('invalid', '先に設定を開始してください', { code: '先に設定を開始してください' });
    if (!verifyTotp(user.totpSecret, code, this.clock.now())) throw new DomainError('invalid', '確認コードが正しくありません', { code: '確認コードが正しくありません' });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update({ id: user.id }, { totpEnabled: true });
      await m.getRepository(AuthSessionEntity).update({ tokenHash: tokenHash(token) }, { totpVerified: true });
      await this.handling.record(actor, { action: 'user.totp_enable', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  async totpDisable(actor: Actor, password: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId } });
    if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError('invalid', 'パスワードが正しくありません', { password: 'パスワードが正しくありません' });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update({ id: user.id }, { totpEnabled: false, totpSecret: null });
      await this.handling.record(actor, { action: 'user.totp_disable', resourceType: 'user', resourceId: user.id }, m);
    });
  }

  private async totpRequired(actor: Pick<Actor, 'role' | 'organizationKind' | 'organizationId' | 'municipalityId'>): Promise<boolean> {
    return seesPersonalData(actor.role) && (await this.scope.anyRequiresTotp(actor));
  }

  private async toActor(user: UserEntity, totpVerified: boolean, ip: string | null): Promise<Actor> {
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
    const personalDataAllowed = totpVerified || !(await this.totpRequired(base));
    return { ...base, permissions: new Set(permissionsOf(role, { personalDataAllowed })) };
  }
}
