import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { conflict, invalid, type ListQuery } from '@outreach/domain/common';
import { type ProgramBody, type ProgramInput, type ProgramView, resolvePeriods, type ServiceKind, type TargetGroup, type TargetGroupView, targetKindErrors } from '@outreach/domain/programs';
import { DataSource, type EntityManager, type FindOptionsWhere, In, IsNull, Like, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { keepJsonBytes } from '../../common/http/json-body';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ProgramListCache } from './program-list-cache';
import { ProgramScopeService } from './program-scope.service';
import { ProgramVendorEntity } from './program-vendor.entity';
import { ProgramEntity } from './program.entity';
import { toProgramView } from './program.mapper';
import { TargetEntity, TargetGroupEntity } from './target.entity';

export const PROGRAM_LIST = {
  sortable: ['title', 'fiscalYear', 'periodStart', 'periodEnd'],
  filterable: ['fiscalYear'],
  defaultSort: { field: 'periodStart', order: 'DESC' as const },
};

/** The columns of targetGroups' joined rows besides the group's id (raw alias → column). */
const TARGET_ROW_COLUMNS = [
  ['name', 'g.name'],
  ['logic', 'g.logic'],
  ['id', 't.id'],
  ['metric', 't.metric'],
  ['goal', 't.goal'],
  ['serviceKinds', 't.service_kinds'],
  ['label', 't.label'],
] as const;

/** Programs (contracts): a city admin creates and edits their city's; vendors read the ones they serve. */
@Injectable()
export class ProgramsService implements OnModuleInit {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramVendorEntity) private readonly programVendors: Repository<ProgramVendorEntity>,
    private readonly organizationsService: OrganizationsService,
    @InjectRepository(TargetGroupEntity) private readonly groups: Repository<TargetGroupEntity>,
    private readonly scope: ProgramScopeService,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
    private readonly clock: Clock,
    private readonly listCache: ProgramListCache,
  ) {}

  onModuleInit(): void {
    // Every handling-record row about a program carries the program's municipality, whoever acted (§15).
    this.handling.useProgramMunicipality(async (programId, m) => {
      const program = await m.getRepository(ProgramEntity).findOne({ select: { id: true, municipalityId: true }, where: { id: programId } });
      return program?.municipalityId ?? null;
    });
  }

  /** Kept per organization and query until a program, its vendors or a name shown changes (ProgramListCache, ADR 0015). */
  list(actor: Actor, query: ListQuery): Promise<{ data: ProgramView[]; total: number }> {
    return this.listCache.list(actor, query, () => this.listAnew(actor, query));
  }

  private async listAnew(actor: Actor, query: ListQuery): Promise<{ data: ProgramView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const ids = idFilter(query.filter);
    const where: FindOptionsWhere<ProgramEntity> = { id: In(ids ? visible.filter((v) => ids.includes(v)) : visible) };
    if (query.filter.fiscalYear !== undefined) where.fiscalYear = Number(query.filter.fiscalYear);
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) where.title = Like(`%${query.filter.q.trim()}%`);
    const [rows, total] = await this.programs.findAndCount({ where, relations: { municipality: true }, ...pageOptions<ProgramEntity>(query) });
    // Kept by ProgramListCache and answered as it is: its JSON is written once.
    return { data: keepJsonBytes(await this.views(rows)), total };
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

  /**
   * A city admin attaches only vendors their city contracts (recorded by the system administrator) or ones the
   * program already has: attaching another city's vendor would change what that vendor's people see. An unknown
   * id gets the same answer as a vendor of another city.
   */
  private async checkVendors(actor: Actor, ids: string[], programId?: string): Promise<void> {
    const allowed = new Set([...(await this.organizationsService.vendorsContractedBy(actor.municipalityId!)), ...(programId ? await this.scope.vendorOrganizationIds(programId) : [])]);
    if (!ids.every((id) => allowed.has(id))) {
      throw invalid('この受託者は選べません', { vendorOrganizationIds: '市が契約している受託者から選んでください（新しい受託者の登録はシステム管理者に依頼してください）' });
    }
  }

  async create(actor: Actor, body: ProgramBody): Promise<ProgramView> {
    if (!actor.municipalityId) throw invalid('市の利用者のみ作成できます');
    await this.checkVendors(actor, body.vendorOrganizationIds);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProgramEntity).insert({ id, municipalityId: actor.municipalityId!, ...programColumns(body) });
      await this.linkVendors(m, id, body.vendorOrganizationIds);
      await this.handling.record(actor, { action: 'program.create', resourceType: 'program', resourceId: id, programId: id }, m);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, body: ProgramBody): Promise<ProgramView> {
    await this.scope.visibleProgram(actor, id);
    await this.checkVendors(actor, body.vendorOrganizationIds, id);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProgramEntity).update({ id }, programColumns(body));
      await m.getRepository(ProgramVendorEntity).delete({ programId: id });
      await this.linkVendors(m, id, body.vendorOrganizationIds);
      await this.handling.record(actor, { action: 'program.update', resourceType: 'program', resourceId: id, programId: id }, m);
    });
    return this.get(actor, id);
  }

  /**
   * Closes the contract (特記事項 §10) once its closing checklist is done: no personal data is taken any more.
   * Guarded by its old state and recorded, inside the caller's transaction when given.
   */
  async markClosed(actor: Actor, programId: string, within?: EntityManager): Promise<void> {
    const mark = async (m: EntityManager) => {
      const done = await m.getRepository(ProgramEntity).update({ id: programId, closedAt: IsNull() }, { closedAt: this.clock.now(), closedBy: actor.userId });
      if (!done.affected) throw conflict('この事業はすでに終了の手続きが済んでいます');
      await this.handling.record(actor, { action: 'program.close', resourceType: 'program', resourceId: programId, programId }, m);
    };
    await (within ? mark(within) : this.dataSource.transaction(mark));
  }

  private async linkVendors(m: EntityManager, programId: string, ids: string[]): Promise<void> {
    await m.getRepository(ProgramVendorEntity).insert([...new Set(ids)].map((organizationId) => ({ programId, organizationId })));
  }

  async targetGroups(programId: string): Promise<TargetGroupView[]> {
    // One statement, raw rows (the dashboard's progress reads it on every computed summary): each group with its
    // targets, a group without targets as one row of nulls.
    const qb = this.groups.createQueryBuilder('g').leftJoin(TargetEntity, 't', 't.group_id = g.id').select('g.id', 'groupId');
    for (const [alias, column] of TARGET_ROW_COLUMNS) qb.addSelect(column, alias);
    const rows = await qb
      .where('g.program_id = :programId', { programId })
      .orderBy('g.sort_order', 'ASC')
      .addOrderBy('t.sort_order', 'ASC')
      .getRawMany<{ groupId: string; name: string; logic: string; id: string | null; metric: string | null; goal: number | string | null; serviceKinds: string | null; label: string | null }>();
    const groups = new Map<string, TargetGroupView>();
    for (const r of rows) {
      let g = groups.get(r.groupId);
      if (!g) groups.set(r.groupId, (g = { id: r.groupId, name: r.name, logic: r.logic as 'any' | 'all', targets: [] }));
      if (r.id === null) continue;
      g.targets.push({ id: r.id, metric: r.metric as TargetGroup['targets'][number]['metric'], goal: Number(r.goal), serviceKinds: r.serviceKinds ? (JSON.parse(r.serviceKinds) as ServiceKind[]) : [], label: r.label ?? undefined });
    }
    return [...groups.values()];
  }


  /** Replaces the program's targets as the editor shows them, in one transaction. */
  async replaceTargetGroups(actor: Actor, programId: string, groups: TargetGroup[]): Promise<TargetGroupView[]> {
    const program = await this.scope.visibleProgram(actor, programId);
    const kindErrors = targetKindErrors(groups, program.serviceKinds);
    if (Object.keys(kindErrors).length > 0) throw invalid('この事業にないサービス種別です', kindErrors);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TargetGroupEntity).delete({ programId });
      await insertTargetGroups(m, programId, groups);
      await this.handling.record(actor, { action: 'program.targets_update', resourceType: 'program', resourceId: programId, programId }, m);
    });
    return this.targetGroups(programId);
  }
}

/** The program's columns from its parsed settings, the named periods filled in (also used by the demo seed and the bench). */
export function programColumns(body: ProgramInput | ProgramBody) {
  return {
    title: body.title,
    fiscalYear: body.fiscalYear,
    periodStart: body.periodStart,
    periodEnd: body.periodEnd,
    reportDeadline: body.reportDeadline,
    periods: resolvePeriods(body),
    serviceKinds: body.serviceKinds,
    methods: body.methods,
    eraStyle: body.eraStyle,
    workingHours: body.workingHours,
    bookingRules: body.bookingRules,
    requireTotp: body.requireTotp,
    weekStartsOn: body.weekStartsOn,
    callWeekReportDueWeekday: body.callWeekReportDueWeekday,
    slipShareDueWeekday: body.slipShareDueWeekday,
    slipShareFile: body.slipShareFile,
    takesBookings: body.takesBookings,
    requireSiteApproval: body.requireSiteApproval,
    requireBusinessPlan: body.requireBusinessPlan,
    dailyReportReview: body.dailyReportReview,
    dailyReportDue: body.dailyReportDue,
    personalDataDeletionLimitDays: body.personalDataDeletionLimitDays,
    handOverFollowUpDays: body.handOverFollowUpDays,
    guidance: body.guidance,
  };
}

/** Inserts target groups and their targets in order (also used by the demo seed). */
export async function insertTargetGroups(m: EntityManager, programId: string, groups: TargetGroup[]): Promise<void> {
  for (const [gi, g] of groups.entries()) {
    const groupId = randomUUID();
    await m.getRepository(TargetGroupEntity).insert({ id: groupId, programId, name: g.name, logic: g.logic, sortOrder: gi });
    await m.getRepository(TargetEntity).insert(
      g.targets.map((t, ti) => ({ id: randomUUID(), groupId, metric: t.metric, goal: t.goal, serviceKinds: t.serviceKinds ?? [], label: t.label ?? null, sortOrder: ti })),
    );
  }
}
