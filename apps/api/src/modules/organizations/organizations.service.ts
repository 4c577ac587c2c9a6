import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invalid, type ListQuery, notFound, type organizationInputSchema } from '@outreach/domain';
import { DataSource, type FindOptionsWhere, In, Like, type Repository } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from './organization.entity';

export interface OrganizationView {
  id: string;
  name: string;
  kind: string;
  municipalityId: string | null;
  municipalityName: string | null;
}

const toView = (o: OrganizationEntity): OrganizationView => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  municipalityId: o.municipalityId,
  municipalityName: o.municipality?.name ?? null,
});

export const ORGANIZATION_LIST = {
  sortable: ['name', 'kind'],
  filterable: ['kind', 'municipalityId'],
  defaultSort: { field: 'name', order: 'ASC' as const },
};

/** The operator manages cities' and vendors' organizations; everyone else sees only their own. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
  ) {}

  /** The operator sees all; a city admin their own organization and the vendors (to choose a program's vendor); others their own. */
  private scope(actor: Actor): FindOptionsWhere<OrganizationEntity>[] {
    if (actor.role === 'system_admin') return [{}];
    if (actor.role === 'city_admin') return [{ id: actor.organizationId }, { kind: 'vendor' }];
    return [{ id: actor.organizationId }];
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: OrganizationView[]; total: number }> {
    const filter: FindOptionsWhere<OrganizationEntity> = {};
    const ids = idFilter(query.filter);
    if (ids) filter.id = In(ids);
    if (typeof query.filter.kind === 'string') filter.kind = query.filter.kind;
    if (typeof query.filter.municipalityId === 'string') filter.municipalityId = query.filter.municipalityId;
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) filter.name = Like(`%${query.filter.q.trim()}%`);
    // Each scope branch narrowed by the filter; a branch the filter contradicts is dropped (the filter never widens).
    const where = this.scope(actor)
      .filter((scope) => !(scope.kind && typeof query.filter.kind === 'string' && query.filter.kind !== scope.kind))
      .filter((scope) => !(scope.id && ids && !ids.includes(String(scope.id))))
      .map((scope) => ({ ...filter, ...scope }));
    if (where.length === 0) return { data: [], total: 0 };
    const [rows, total] = await this.organizations.findAndCount({ where, relations: { municipality: true }, ...pageOptions<OrganizationEntity>(query) });
    return { data: rows.map(toView), total };
  }

  async get(actor: Actor, id: string): Promise<OrganizationView> {
    const where = this.scope(actor)
      .filter((scope) => !scope.id || scope.id === id)
      .map((scope) => ({ ...scope, id }));
    const org = where.length ? await this.organizations.findOne({ where, relations: { municipality: true } }) : null;
    if (!org) throw notFound('組織が見つかりません');
    return toView(org);
  }

  private async checkMunicipality(input: z.infer<typeof organizationInputSchema>): Promise<string | null> {
    if (input.kind === 'vendor') return null;
    const m = await this.municipalities.findOne({ where: { id: input.municipalityId! } });
    if (!m) throw invalid('自治体が見つかりません', { municipalityId: '自治体が見つかりません' });
    return m.id;
  }

  async create(actor: Actor, input: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    const municipalityId = await this.checkMunicipality(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(OrganizationEntity).insert({ id, kind: input.kind, name: input.name, municipalityId });
      await this.handling.record(actor, { action: 'organization.create', resourceType: 'organization', resourceId: id, municipalityId }, m);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    const existing = await this.get(actor, id);
    if (existing.kind !== input.kind) throw invalid('組織の種類は変更できません', { kind: '組織の種類は変更できません' });
    const municipalityId = await this.checkMunicipality(input);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(OrganizationEntity).update({ id }, { name: input.name, municipalityId });
      await this.handling.record(actor, { action: 'organization.update', resourceType: 'organization', resourceId: id, municipalityId }, m);
    });
    return this.get(actor, id);
  }
}
