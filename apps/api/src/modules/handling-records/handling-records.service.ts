import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badRequest, isDateKey, jstInstant, addDays, type ListQuery } from '@outreach/domain';
import { Between, type FindOptionsWhere, In, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { HandlingRecordEntity } from './handling-record.entity';

export interface HandlingRecordView {
  id: number;
  occurredAt: string;
  userId: string | null;
  userName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  role: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  programId: string | null;
  ip: string | null;
  reason: string | null;
}

export const HANDLING_RECORD_LIST = {
  sortable: ['occurredAt', 'action', 'id'],
  filterable: ['userId', 'action', 'from', 'to', 'programId'],
  defaultSort: { field: 'occurredAt', order: 'DESC' as const },
  maxLimit: 1000,
};

/** Reading the handling record: a city admin sees their municipality's rows, a vendor manager their organization's. */
@Injectable()
export class HandlingRecordsService {
  constructor(
    @InjectRepository(HandlingRecordEntity) private readonly records: Repository<HandlingRecordEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
  ) {}

  where(actor: Actor, filter: Record<string, unknown>): FindOptionsWhere<HandlingRecordEntity> {
    const where: FindOptionsWhere<HandlingRecordEntity> =
      actor.organizationKind === 'city' ? { municipalityId: actor.municipalityId ?? '-' } : { organizationId: actor.organizationId };
    const ids = idFilter(filter);
    if (ids) where.id = In(ids.map(Number).filter(Number.isInteger));
    if (typeof filter.userId === 'string') where.userId = filter.userId;
    if (typeof filter.action === 'string') where.action = filter.action;
    if (typeof filter.programId === 'string') where.programId = filter.programId;
    const from = this.dateFilter(filter.from, 'from');
    const to = this.dateFilter(filter.to, 'to');
    if (from && to) where.occurredAt = Between(jstInstant(from), new Date(jstInstant(addDays(to, 1)).getTime() - 1));
    else if (from) where.occurredAt = MoreThanOrEqual(jstInstant(from));
    else if (to) where.occurredAt = LessThan(jstInstant(addDays(to, 1)));
    return where;
  }

  private dateFilter(value: unknown, field: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' || !isDateKey(value.slice(0, 10))) throw badRequest('日付の形式が正しくありません', { [field]: 'YYYY-MM-DD の形で指定してください' });
    return value.slice(0, 10);
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: HandlingRecordView[]; total: number }> {
    const [rows, total] = await this.records.findAndCount({ where: this.where(actor, query.filter), ...pageOptions<HandlingRecordEntity>(query) });
    return { data: await this.toViews(rows), total };
  }

  /** All matching rows in batches, oldest first, for the Excel download. */
  async *batches(actor: Actor, filter: Record<string, unknown>, size = 2000): AsyncGenerator<HandlingRecordView[]> {
    const where = this.where(actor, filter);
    for (let skip = 0; ; skip += size) {
      const rows = await this.records.find({ where, order: { occurredAt: 'ASC', id: 'ASC' }, skip, take: size });
      if (rows.length === 0) return;
      yield this.toViews(rows);
      if (rows.length < size) return;
    }
  }

  private async toViews(rows: HandlingRecordEntity[]): Promise<HandlingRecordView[]> {
    const userIds = [...new Set(rows.map((r) => r.userId).filter((v): v is string => !!v))];
    const orgIds = [...new Set(rows.map((r) => r.organizationId).filter((v): v is string => !!v))];
    const users = userIds.length ? await this.users.find({ select: { id: true, name: true }, where: { id: In(userIds) } }) : [];
    const orgs = orgIds.length ? await this.organizations.find({ select: { id: true, name: true }, where: { id: In(orgIds) } }) : [];
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      userId: r.userId,
      userName: r.userId ? (userName.get(r.userId) ?? null) : null,
      organizationId: r.organizationId,
      organizationName: r.organizationId ? (orgName.get(r.organizationId) ?? null) : null,
      role: r.role,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      programId: r.programId,
      ip: r.ip,
      reason: r.reason,
    }));
  }
}
