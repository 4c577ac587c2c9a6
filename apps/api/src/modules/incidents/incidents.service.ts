import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type DateKey, invalid, type ListQuery } from '@outreach/domain/common';
import { type IncidentInput, type IncidentKind, type IncidentStatus, type IncidentView, incidentTimeProblems, resolvedAtAfter } from '@outreach/domain/incidents';
import { DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { ProgramRecords } from '../follow-ups/program-records.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import { UserAccountsService } from '../users/user-accounts.service';
import { IncidentEntity } from './incident.entity';

export const INCIDENT_LIST = {
  sortable: ['discoveredAt', 'occurredAt', 'status', 'createdAt'],
  filterable: ['programId', 'status', 'kind', 'from', 'to'],
  defaultSort: { field: 'discoveredAt', order: 'DESC' as const },
};

function toView(e: IncidentEntity): IncidentView {
  return {
    id: e.id,
    programId: e.programId,
    kind: e.kind as IncidentKind,
    occurredAt: e.occurredAt.toISOString(),
    discoveredAt: e.discoveredAt.toISOString(),
    residentsAffected: e.residentsAffected,
    summary: e.summary,
    actionsTaken: e.actionsTaken,
    cityInstructions: e.cityInstructions,
    status: e.status as IncidentStatus,
    resolvedAt: e.resolvedAt?.toISOString() ?? null,
    reportedBy: e.reportedBy,
    reportedByName: null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    open: e.status !== 'resolved',
  };
}

/**
 * 個人情報の事故報告 (特記事項 §12): records of one program, seen by everyone on it (the city at once, on its
 * attention list too), written by the vendor's manager and the city's admin, every change in the handling record.
 */
@Injectable()
export class IncidentsService {
  private readonly records: ProgramRecords<IncidentEntity, IncidentView>;

  constructor(
    @InjectRepository(IncidentEntity) private readonly incidents: Repository<IncidentEntity>,
    scope: ProgramScopeService,
    handling: HandlingRecordService,
    dataSource: DataSource,
    private readonly users: UserAccountsService,
    private readonly clock: Clock,
  ) {
    this.records = new ProgramRecords(incidents, { scope, handling, dataSource }, { resource: 'incident', dateColumn: 'discoveredAt', notFound: '事故報告が見つかりません', filters: ['status', 'kind'], toView });
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: IncidentView[]; total: number }> {
    const { data, total } = await this.records.list(actor, query);
    return { data: await this.withNames(data), total };
  }

  /** The days the incidents were discovered (the handling record's words for them). */
  days(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    return this.records.days(programId, ids);
  }

  async get(actor: Actor, id: string): Promise<IncidentView> {
    return (await this.withNames([await this.records.get(actor, id)]))[0];
  }

  async create(actor: Actor, programId: string, input: IncidentInput): Promise<IncidentView> {
    const now = this.checkTimes(input);
    return this.withName(await this.records.create(actor, programId, { ...this.values(input), resolvedAt: this.instant(resolvedAtAfter(null, input.status, now)), reportedBy: actor.userId }));
  }

  async update(actor: Actor, id: string, input: IncidentInput): Promise<IncidentView> {
    const now = this.checkTimes(input);
    const current = await this.records.find(actor, id);
    const resolvedAt = resolvedAtAfter({ status: current.status as IncidentStatus, resolvedAt: current.resolvedAt?.toISOString() ?? null }, input.status, now);
    return this.withName(await this.records.update(actor, id, { ...this.values(input), resolvedAt: this.instant(resolvedAt) }));
  }

  /** Incidents not yet resolved, for the attention list. */
  async open(programId: string): Promise<IncidentView[]> {
    const rows = await this.incidents.find({ where: { programId, status: In(['reported', 'investigating']) }, order: { discoveredAt: 'DESC' } });
    return rows.map(toView);
  }

  /** Every incident of the programs, oldest first, for the handling report (§15; the domain picks the period's). */
  async forReport(programIds: readonly string[]): Promise<IncidentView[]> {
    if (programIds.length === 0) return [];
    const rows = await this.incidents.find({ where: { programId: In([...programIds]) }, order: { discoveredAt: 'ASC' } });
    return this.withNames(rows.map(toView));
  }

  private checkTimes(input: IncidentInput): Date {
    const now = this.clock.now();
    const problems = incidentTimeProblems(input, now);
    if (Object.keys(problems).length) throw invalid('日時を確認してください', problems);
    return now;
  }

  private values(i: IncidentInput): Partial<IncidentEntity> {
    return {
      kind: i.kind,
      occurredAt: new Date(i.occurredAt),
      discoveredAt: new Date(i.discoveredAt),
      residentsAffected: i.residentsAffected,
      summary: i.summary,
      actionsTaken: i.actionsTaken ?? null,
      cityInstructions: i.cityInstructions ?? null,
      status: i.status,
    };
  }

  private instant(iso: string | null): Date | null {
    return iso ? new Date(iso) : null;
  }

  private async withName(view: IncidentView): Promise<IncidentView> {
    return (await this.withNames([view]))[0];
  }

  private async withNames(views: IncidentView[]): Promise<IncidentView[]> {
    const names = await this.users.names([...new Set(views.flatMap((v) => (v.reportedBy ? [v.reportedBy] : [])))]);
    return views.map((v) => ({ ...v, reportedByName: v.reportedBy ? (names.get(v.reportedBy) ?? null) : null }));
  }
}
