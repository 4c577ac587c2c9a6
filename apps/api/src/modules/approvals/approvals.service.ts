import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  canDecideSite,
  proposalProblem,
  type SiteApprovalStatus,
  type SiteApprovalView,
  siteKey,
  sitePlaceProblem,
  type SiteProposal,
} from '@outreach/domain/approvals';
import { conflict, invalid, notFound } from '@outreach/domain/common';
import type { ServiceKind } from '@outreach/domain/programs';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { UserAccountsService } from '../users/user-accounts.service';
import { SiteApprovalEntity } from './site-approval.entity';

const NOT_FOUND = '実施場所が見つかりません';
const DECIDED = 'この場所はすでに承認または却下されています';

function toView(e: SiteApprovalEntity): SiteApprovalView {
  return {
    id: e.id,
    programId: e.programId,
    serviceKind: e.serviceKind as ServiceKind,
    name: e.name,
    address: e.address,
    status: e.status as SiteApprovalStatus,
    rejectionReason: e.rejectionReason,
    proposedBy: e.proposedBy,
    proposedByName: null,
    proposedAt: e.proposedAt.toISOString(),
    decidedBy: e.decidedBy,
    decidedByName: null,
    decidedAt: e.decidedAt?.toISOString() ?? null,
  };
}

/**
 * 実施場所の承認 (004 §7(3)): the sites of a program, proposed by the vendor and decided by the city admin, every
 * change in the handling record; the sessions module asks it whether a place may be used, the dashboard which
 * proposals wait for the city.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectRepository(SiteApprovalEntity) private readonly sites: Repository<SiteApprovalEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
    private readonly users: UserAccountsService,
    private readonly clock: Clock,
  ) {}

  /** Every site of the program: waiting ones first, then by name. */
  /** The sites' names (a venue's, public), by id: what the handling record names a site by. */
  async names(programId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.sites.find({ select: { id: true, name: true }, where: { programId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async list(programId: string): Promise<SiteApprovalView[]> {
    const rows = await this.sites.find({ where: { programId }, order: { serviceKind: 'ASC', nameKey: 'ASC' } });
    const rank: Record<string, number> = { proposed: 0, approved: 1, rejected: 2 };
    return this.withNames(rows.sort((a, b) => rank[a.status] - rank[b.status]).map(toView));
  }

  /** A new site, or a rejected one proposed again; one already waiting or approved is a 409 on its name. */
  async propose(actor: Actor, programId: string, input: SiteProposal): Promise<SiteApprovalView> {
    const nameKey = siteKey(input.name);
    const id = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(SiteApprovalEntity);
      const existing = await repo.findOne({ where: { programId, serviceKind: input.serviceKind, nameKey } });
      const problem = proposalProblem(existing ? { status: existing.status as SiteApprovalStatus } : null);
      if (problem) throw conflict(problem, { name: problem });
      const values = { name: input.name, address: input.address || null, status: 'proposed', rejectionReason: null, proposedBy: actor.userId, proposedAt: this.clock.now(), decidedBy: null, decidedAt: null };
      const siteId = existing?.id ?? randomUUID();
      if (existing) {
        const again = await repo.update({ id: existing.id, status: 'rejected' }, values);
        if (!again.affected) throw conflict(DECIDED);
      } else {
        await repo.insert({ id: siteId, programId, serviceKind: input.serviceKind, nameKey, ...values });
      }
      await this.handling.record(actor, { action: 'site_approval.propose', resourceType: 'site_approval', resourceId: siteId, programId }, m);
      return siteId;
    });
    return this.get(programId, id);
  }

  approve(actor: Actor, programId: string, id: string): Promise<SiteApprovalView> {
    return this.decide(actor, programId, id, 'approved', null);
  }

  reject(actor: Actor, programId: string, id: string, reason: string): Promise<SiteApprovalView> {
    return this.decide(actor, programId, id, 'rejected', reason);
  }

  /**
   * Whether a session of this kind may be held at this place (422 on `place` when the program requires approval and
   * the place has none). Inside a booking's transaction pass its manager: only that connection is used.
   */
  async assertPlaceAllowed(program: Pick<ProgramEntity, 'id' | 'requireSiteApproval'>, session: { serviceKind: ServiceKind; place: string }, m?: EntityManager): Promise<void> {
    if (!program.requireSiteApproval) return;
    const repo = m ? m.getRepository(SiteApprovalEntity) : this.sites;
    const approved = await repo.find({ where: { programId: program.id, serviceKind: session.serviceKind, nameKey: siteKey(session.place), status: 'approved' } });
    const problem = sitePlaceProblem(program, approved.map((s) => ({ serviceKind: s.serviceKind as ServiceKind, name: s.name })), session);
    if (problem) throw invalid(problem, { place: problem });
  }

  /** Proposals waiting for the city, oldest first, for the attention list. */
  async pending(programId: string): Promise<SiteApprovalView[]> {
    return (await this.sites.find({ where: { programId, status: 'proposed' }, order: { proposedAt: 'ASC' } })).map(toView);
  }

  private async decide(actor: Actor, programId: string, id: string, status: 'approved' | 'rejected', reason: string | null): Promise<SiteApprovalView> {
    const site = await this.sites.findOne({ where: { id, programId } });
    if (!site) throw notFound(NOT_FOUND);
    if (!canDecideSite(site.status as SiteApprovalStatus)) throw conflict(DECIDED);
    await this.dataSource.transaction(async (m) => {
      const done = await m.getRepository(SiteApprovalEntity).update({ id, status: 'proposed' }, { status, rejectionReason: reason, decidedBy: actor.userId, decidedAt: this.clock.now() });
      if (!done.affected) throw conflict(DECIDED);
      await this.handling.record(actor, { action: status === 'approved' ? 'site_approval.approve' : 'site_approval.reject', resourceType: 'site_approval', resourceId: id, programId, reason: reason ?? undefined }, m);
    });
    return this.get(programId, id);
  }

  private async get(programId: string, id: string): Promise<SiteApprovalView> {
    const site = await this.sites.findOne({ where: { id, programId } });
    if (!site) throw notFound(NOT_FOUND);
    return (await this.withNames([toView(site)]))[0];
  }

  private async withNames(views: SiteApprovalView[]): Promise<SiteApprovalView[]> {
    const names = await this.users.names([...new Set(views.flatMap((v) => [v.proposedBy, v.decidedBy]).filter((u): u is string => !!u))]);
    const name = (u: string | null) => (u ? (names.get(u) ?? null) : null);
    return views.map((v) => ({ ...v, proposedByName: name(v.proposedBy), decidedByName: name(v.decidedBy) }));
  }
}
