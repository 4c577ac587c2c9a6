import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assignableRoles, passwordProblem, ROLE_ORGANIZATION_KIND, type Role } from '@outreach/domain/auth';
import { DomainError, invalid, type ListQuery, notFound } from '@outreach/domain/common';
import type { userCreateSchema, userUpdateSchema, UserView } from '@outreach/domain/users';
import { DataSource, type FindOptionsWhere, In, Like, type Repository } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { hashPassword } from '../auth/passwords';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { UserAccountsService } from './user-accounts.service';
import { NEW_ACCOUNT, UserEntity } from './user.entity';
import { toUserView } from './user.mapper';

export const USER_LIST = {
  sortable: ['name', 'email', 'role', 'active', 'createdAt', 'lastLoginAt'],
  filterable: ['role', 'active', 'organizationId'],
  defaultSort: { field: 'name', order: 'ASC' as const },
};

/** Administrators manage users of their own organization; the operator manages everyone. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
    private readonly organizations: OrganizationsService,
    private readonly accounts: UserAccountsService,
  ) {}

  private scope(actor: Actor): FindOptionsWhere<UserEntity> {
    return actor.role === 'system_admin' ? {} : { organizationId: actor.organizationId };
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: UserView[]; total: number }> {
    const where: FindOptionsWhere<UserEntity> = { ...this.scope(actor) };
    const f = query.filter;
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    if (typeof f.role === 'string') where.role = f.role;
    if (typeof f.active === 'boolean') where.active = f.active;
    if (typeof f.organizationId === 'string' && actor.role === 'system_admin') where.organizationId = f.organizationId;
    const wheres = typeof f.q === 'string' && f.q.trim() ? [{ ...where, name: Like(`%${f.q.trim()}%`) }, { ...where, email: Like(`%${f.q.trim().toLowerCase()}%`) }] : where;
    const [rows, total] = await this.users.findAndCount({ where: wheres, relations: { organization: true }, ...pageOptions<UserEntity>(query) });
    return { data: rows.map(toUserView), total };
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    return toUserView(await this.find(actor, id));
  }

  private async find(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id, ...this.scope(actor) }, relations: { organization: true } });
    if (!user) throw notFound('利用者が見つかりません');
    return user;
  }

  private async checkRole(actor: Actor, role: Role, organization: { kind: string }): Promise<void> {
    if (!assignableRoles(actor.role).includes(role)) throw invalid('この役割は設定できません', { role: 'この役割は設定できません' });
    if (ROLE_ORGANIZATION_KIND[role] !== organization.kind) {
      throw invalid('組織の種類と役割が合いません', { role: '組織の種類（市・受託者）に合う役割を選んでください' });
    }
  }

  async create(actor: Actor, input: z.infer<typeof userCreateSchema>): Promise<UserView> {
    const organizationId = actor.role === 'system_admin' ? input.organizationId : actor.organizationId;
    if (!organizationId) throw invalid('組織を選んでください', { organizationId: '組織を選んでください' });
    const organization = await this.organizations.kindOf(organizationId);
    if (!organization) throw invalid('組織が見つかりません', { organizationId: '組織が見つかりません' });
    await this.checkRole(actor, input.role, organization);
    const problem = passwordProblem(input.password, input);
    if (problem) throw invalid(problem, { password: problem });
    // Unique within the organization only: an address used in another city or vendor answers like an unknown one.
    if (await this.users.exists({ where: { organizationId, email: input.email } })) {
      throw new DomainError('conflict', 'このメールアドレスはすでに登録されています', { email: 'このメールアドレスはすでに登録されています' });
    }
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).insert({
        id,
        organizationId,
        role: input.role,
        name: input.name,
        email: input.email,
        passwordHash,
        ...NEW_ACCOUNT,
      });
      await this.handling.record(actor, { action: 'user.create', resourceType: 'user', resourceId: id, municipalityId: organization.municipalityId }, m);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: z.infer<typeof userUpdateSchema>): Promise<UserView> {
    const user = await this.find(actor, id);
    if (input.role && input.role !== user.role) await this.checkRole(actor, input.role, user.organization!);
    if (input.active === false && id === actor.userId) throw invalid('自分自身は無効にできません', { active: '自分自身は無効にできません' });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update({ id }, { name: input.name ?? user.name, role: input.role ?? user.role, active: input.active ?? user.active });
      const municipalityId = user.organization!.municipalityId;
      if (input.role && input.role !== user.role) {
        await this.handling.record(actor, { action: 'user.role_change', resourceType: 'user', resourceId: id, municipalityId, reason: `${user.role} → ${input.role}` }, m);
      }
      if (input.active !== undefined && input.active !== user.active) {
        await this.handling.record(actor, { action: input.active ? 'user.activate' : 'user.deactivate', resourceType: 'user', resourceId: id, municipalityId }, m);
      }
      if (input.name && input.name !== user.name) await this.handling.record(actor, { action: 'user.update', resourceType: 'user', resourceId: id, municipalityId }, m);
      // A deactivated user, or one whose permissions changed, starts again from the login page.
      if (input.active === false || (input.role && input.role !== user.role)) await this.accounts.endLogins(m, id);
    });
    return this.get(actor, id);
  }

  /** A new temporary password, shown once to the administrator; every login of the user ends. */
  async resetPassword(actor: Actor, id: string): Promise<{ temporaryPassword: string }> {
    const user = await this.find(actor, id);
    const temporaryPassword = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(temporaryPassword);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update({ id }, { passwordHash, passwordChangedAt: null, totpEnabled: false, totpSecret: null });
      await this.accounts.endLogins(m, id);
      await this.handling.record(actor, { action: 'user.password_reset', resourceType: 'user', resourceId: id, municipalityId: user.organization!.municipalityId }, m);
    });
    return { temporaryPassword };
  }
}
