import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invalid, type ListQuery, notFound } from '@outreach/domain/common';
import type { organizationInputSchema, OrganizationView } from '@outreach/domain/organizations';
import { DataSource, type EntityManager, type FindOptionsWhere, In, Like, type Repository } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { OrganizationEntity } from './organization.entity';
import { VendorMunicipalityEntity } from './vendor-municipality.entity';

const toView = (o: OrganizationEntity, served: VendorMunicipalityEntity[]): OrganizationView => ({
  id: o.id,
  name: o.name,
  kind: o.kind as OrganizationView['kind'],
  municipalityId: o.municipalityId,
  municipalityName: o.municipality?.name ?? null,
  servedMunicipalityIds: served.filter((s) => s.organizationId === o.id).map((s) => s.municipalityId),
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
    @InjectRepository(VendorMunicipalityEntity) private readonly served: Repository<VendorMunicipalityEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  /**
   * The operator sees all; a city admin their own organization and the vendors their city contracts (to choose a
   * program's vendor) — never the list of every vendor; others their own.
   */
  private async scope(actor: Actor): Promise<FindOptionsWhere<OrganizationEntity>[]> {
    if (actor.role === 'system_admin') return [{}];
    if (actor.role === 'city_admin' && actor.municipalityId) {
      return [{ id: actor.organizationId }, { kind: 'vendor', id: In(await this.vendorsContractedBy(actor.municipalityId)) }];
    }
    return [{ id: actor.organizationId }];
  }

  private async visible(actor: Actor, org: OrganizationEntity): Promise<boolean> {
    if (actor.role === 'system_admin' || org.id === actor.organizationId) return true;
    return actor.role === 'city_admin' && !!actor.municipalityId && org.kind === 'vendor' && (await this.vendorsContractedBy(actor.municipalityId)).includes(org.id);
  }

  /** The vendor organizations a city contracts (the only ones its admins may attach to its programs). */
  async vendorsContractedBy(municipalityId: string): Promise<string[]> {
    return (await this.served.find({ where: { municipalityId } })).map((s) => s.organizationId);
  }

  /** An organization's kind and city, unscoped (users checks the role it gives a new user). */
  async kindOf(id: string): Promise<Pick<OrganizationEntity, 'id' | 'kind' | 'municipalityId'> | null> {
    return this.organizations.findOne({ select: { id: true, kind: true, municipalityId: true }, where: { id } });
  }

  /** Names by id, for other features' lists (the handling record). */
  async names(ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await this.organizations.find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(rows.map((o) => [o.id, o.name]));
  }

  private async views(rows: OrganizationEntity[]): Promise<OrganizationView[]> {
    const served = rows.length ? await this.served.find({ where: { organizationId: In(rows.map((r) => r.id)) } }) : [];
    return rows.map((o) => toView(o, served));
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: OrganizationView[]; total: number }> {
    const filter: FindOptionsWhere<OrganizationEntity> = {};
    const ids = idFilter(query.filter);
    if (ids) filter.id = In(ids);
    if (typeof query.filter.kind === 'string') filter.kind = query.filter.kind;
    if (typeof query.filter.municipalityId === 'string') filter.municipalityId = query.filter.municipalityId;
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) filter.name = Like(`%${query.filter.q.trim()}%`);
    // Each scope branch narrowed by the filter; a branch the filter contradicts is dropped (the filter never widens).
    const where = (await this.scope(actor))
      .filter((scope) => !(scope.kind && typeof query.filter.kind === 'string' && query.filter.kind !== scope.kind))
      .filter((scope) => !(typeof scope.id === 'string' && ids && !ids.includes(scope.id)))
      .map((scope) => ({ ...filter, ...scope }));
    if (where.length === 0) return { data: [], total: 0 };
    const [rows, total] = await this.organizations.findAndCount({ where, relations: { municipality: true }, ...pageOptions<OrganizationEntity>(query) });
    return { data: await this.views(rows), total };
  }

  async get(actor: Actor, id: string): Promise<OrganizationView> {
    const org = await this.organizations.findOne({ where: { id }, relations: { municipality: true } });
    if (!org || !(await this.visible(actor, org))) throw notFound('組織が見つかりません');
    return (await this.views([org]))[0];
  }

  /** A vendor's contracting cities, as the system administrator states them (absent: unchanged). */
  private async saveServed(m: EntityManager, organizationId: string, input: z.infer<typeof organizationInputSchema>): Promise<void> {
    if (input.kind !== 'vendor' || input.servedMunicipalityIds === undefined) return;
    const ids = [...new Set(input.servedMunicipalityIds)];
    if ((await this.municipalities.existing(ids)).length !== ids.length) {
      throw invalid('自治体が見つかりません', { servedMunicipalityIds: '自治体が見つかりません' });
    }
    await m.getRepository(VendorMunicipalityEntity).delete({ organizationId });
    if (ids.length) await m.getRepository(VendorMunicipalityEntity).insert(ids.map((municipalityId) => ({ organizationId, municipalityId })));
  }

  private async checkMunicipality(input: z.infer<typeof organizationInputSchema>): Promise<string | null> {
    if (input.kind === 'vendor') return null;
    const [id] = await this.municipalities.existing([input.municipalityId!]);
    if (!id) throw invalid('自治体が見つかりません', { municipalityId: '自治体が見つかりません' });
    return id;
  }

  async create(actor: Actor, input: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    const municipalityId = await this.checkMunicipality(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(OrganizationEntity).insert({ id, kind: input.kind, name: input.name, municipalityId });
      await this.saveServed(m, id, input);
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
      await this.saveServed(m, id, input);
      await this.handling.record(actor, { action: 'organization.update', resourceType: 'organization', resourceId: id, municipalityId }, m);
    });
    return this.get(actor, id);
  }
}
