import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invalid, type ListQuery, type ProgramBody, type TargetGroup } from '@outreach/domain';
import { DataSource, type EntityManager, type FindOptionsWhere, In, Like, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramScopeService } from './program-scope.service';
import { ProgramVendorEntity } from './program-vendor.entity';
import { ProgramEntity } from './program.entity';
import { toProgramView, type ProgramView } from './program.mapper';
import { TargetEntity, TargetGroupEntity } from './target.entity';

export const PROGRAM_LIST = {
  sortable: ['title', 'fiscalYear', 'periodStart', 'periodEnd'],
  filterable: ['fiscalYear'],
  defaultSort: { field: 'periodStart', order: 'DESC' as const },
};

export interface TargetGroupView extends TargetGroup {
  id: string;
  targets: Array<TargetGroup['targets'][number] & { id: string }>;
}

/** Programs (contracts): a city admin creates and edits their city's; vendors read the ones they serve. */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramVendorEntity) private readonly programVendors: Repository<ProgramVendorEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(TargetGroupEntity) private readonly groups: Repository<TargetGroupEntity>,
    @InjectRepository(TargetEntity) private readonly targets: Repository<TargetEntity>,
    private readonly scope: ProgramScopeService,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<{ data: ProgramView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const ids = idFilter(query.filter);
    const where: FindOptionsWhere<ProgramEntity> = { id: In(ids ? visible.filter((v) => ids.includes(v)) : visible) };
    if (query.filter.fiscalYear !== undefined) where.fiscalYear = Number(query.filter.fiscalYear);
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) where.title = Like(`%${query.filter.q.trim()}%`);
    const [rows, total] = await this.programs.findAndCount({ where, relations: { municipality: true }, ...pageOptions<ProgramEntity>(query) });
    return { data: await this.views(rows), total };
  }

  async get(actor: Actor, id: string): Promise<ProgramView> {
    await this.scope.visibleProgram(actor, id);
    const program = await this.programs.findOneOrFail({ where: { id }, relations: { municipality: true } });
    return (await this.views([program]))[0];
  }

  private async views(rows: ProgramEntity[]): Promise<ProgramView[]> {
    if (rows.length === 0) return [];
    const links = await this.programVendors.find({ where: { programId: In(rows.map((r) => r.id)) }, relations: { organization: true } });
    return rows.map((p) =>
      toProgramView(
        p,
        links.filter((l) => l.programId === p.id).map((l) => ({ id: l.organizationId, name: l.organization?.name ?? '' })),
      ),
    );
  }

  private async checkVendors(ids: string[]): Promise<void> {
    const found = await this.organizations.find({ where: { id: In(ids), kind: 'vendor' } });
    if (found.length !== new Set(ids).size) throw invalid('受託者が見つかりません', { vendorOrganizationIds: '受託者（事業者）の組織を選択してください' });
  }

  private fields(body: ProgramBody) {
    return {
      title: body.title,
      fiscalYear: body.fiscalYear,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      reportDeadline: body.reportDeadline,
      serviceKinds: body.serviceKinds,
      methods: body.methods,
      eraStyle: body.eraStyle,
      workingHours: body.workingHours,
      bookingRules: body.bookingRules,
      requireTotp: body.requireTotp,
      weekStartsOn: body.weekStartsOn,
      callWeekReportDueWeekday: body.callWeekReportDueWeekday,
      dailyReportDue: body.dailyReportDue,
    };
  }

  async create(actor: Actor, body: ProgramBody): Promise<ProgramView> {
    if (!actor.municipalityId) throw invalid('市の利用者のみ作成できます');
    await this.checkVendors(body.vendorOrganizationIds);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProgramEntity).insert({ id, municipalityId: actor.municipalityId!, ...this.fields(body) });
      await this.linkVendors(m, id, body.vendorOrganizationIds);
      await this.handling.record(actor, { action: 'program.create', resourceType: 'program', resourceId: id, programId: id }, m);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, body: ProgramBody): Promise<ProgramView> {
    await this.scope.visibleProgram(actor, id);
    await this.checkVendors(body.vendorOrganizationIds);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProgramEntity).update({ id }, this.fields(body));
      await m.getRepository(ProgramVendorEntity).delete({ programId: id });
      await this.linkVendors(m, id, body.vendorOrganizationIds);
      await this.handling.record(actor, { action: 'program.update', resourceType: 'program', resourceId: id, programId: id }, m);
    });
    return this.get(actor, id);
  }

  private async linkVendors(m: EntityManager, programId: string, ids: string[]): Promise<void> {
    await m.getRepository(ProgramVendorEntity).insert([...new Set(ids)].map((organizationId) => ({ programId, organizationId })));
  }

  async targetGroups(programId: string): Promise<TargetGroupView[]> {
    const groups = await this.groups.find({ where: { programId }, order: { sortOrder: 'ASC' } });
    const targets = groups.length ? await this.targets.find({ where: { groupId: In(groups.map((g) => g.id)) }, order: { sortOrder: 'ASC' } }) : [];
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      logic: g.logic as 'any' | 'all',
      targets: targets
        .filter((t) => t.groupId === g.id)
        .map((t) => ({ id: t.id, metric: t.metric as TargetGroup['targets'][number]['metric'], goal: t.goal, serviceKind: (t.serviceKind ?? null) as TargetGroup['targets'][number]['serviceKind'], label: t.label ?? undefined })),
    }));
  }

  /** Replaces the program's targets as the editor shows them, in one transaction. */
  async replaceTargetGroups(actor: Actor, programId: string, groups: TargetGroup[]): Promise<TargetGroupView[]> {
    const program = await this.scope.visibleProgram(actor, programId);
    groups.forEach((g, gi) =>
      g.targets.forEach((t, ti) => {
        if (t.serviceKind && !program.serviceKinds.includes(t.serviceKind)) {
          throw invalid('このプログラムにないサービス種別です', { [`groups.${gi}.targets.${ti}.serviceKind`]: 'このプログラムにないサービス種別です' });
        }
      }),
    );
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TargetGroupEntity).delete({ programId });
      await insertTargetGroups(m, programId, groups);
      await this.handling.record(actor, { action: 'program.targets_update', resourceType: 'program', resourceId: programId, programId }, m);
    });
    return this.targetGroups(programId);
  }
}

/** Inserts target groups and their targets in order (also used by the demo seed). */
export async function insertTargetGroups(m: EntityManager, programId: string, groups: TargetGroup[]): Promise<void> {
  for (const [gi, g] of groups.entries()) {
    const groupId = randomUUID();
    await m.getRepository(TargetGroupEntity).insert({ id: groupId, programId, name: g.name, logic: g.logic, sortOrder: gi });
    await m.getRepository(TargetEntity).insert(
      g.targets.map((t, ti) => ({ id: randomUUID(), groupId, metric: t.metric, goal: t.goal, serviceKind: t.serviceKind ?? null, label: t.label ?? null, sortOrder: ti })),
    );
  }
}
