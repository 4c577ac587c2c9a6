import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { addDays, type DateKey, type EraStyle, jstDateKey, jstInstant, type ListQuery, notFound } from '@outreach/domain/common';
import {
  applicationTargetLabel,
  businessPlanTargetLabel,
  bookingTargetLabel,
  callBackTargetLabel,
  callWeekTargetLabel,
  datedTargetLabel,
  handlingReasonText,
  type HandlingReportRow,
  handOverTargetLabel,
  reportFormTargetLabel,
  reportTargetLabel,
  sessionTargetLabel,
  shareFileTargetLabel,
  teamTargetLabel,
} from '@outreach/domain/reports';
import { type HandlingActorView, handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { Between, type FindOptionsWhere, In, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { dateParam, idFilter, pageOptions } from '../../common/http/list-query';
import { ApplicationsService } from '../applications/applications.service';
import { HandOversService } from '../applications/hand-overs.service';
import { ApprovalsService } from '../approvals/approvals.service';
import { BusinessPlansService } from '../approvals/business-plans.service';
import { BookingSharesService } from '../booking-shares/booking-shares.service';
import { BookingsService } from '../bookings/bookings.service';
import { PreMeetingsService } from '../facilities/pre-meetings.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { CallBacksService } from '../call-backs/call-backs.service';
import { DailyReportsService } from '../daily-reports/daily-reports.service';
import { FacilityRecordsService } from '../facilities/facility-records.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { IncidentsService } from '../incidents/incidents.service';
import { SessionsService } from '../sessions/sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import { TeamsService } from '../teams/teams.service';
import { UserAccountsService } from '../users/user-accounts.service';
import { HandlingRecordEntity } from './handling-record.entity';

export const HANDLING_RECORD_LIST = {
  sortable: ['occurredAt', 'action', 'id'],
  filterable: ['userId', 'action', 'from', 'to', 'programId', 'resourceType', 'resourceId'],
  defaultSort: { field: 'occurredAt', order: 'DESC' as const },
  maxLimit: 1000,
};

/** Words for a kind's records of one program, by id: given by a module this one cannot import (it imports this). */
export type HandlingTargetNamer = (programId: string, ids: string[], style: EraStyle) => Promise<Array<[id: string, words: string]>>;

/** Reading the handling record: a city admin sees their municipality's rows, a vendor manager their organization's. */
@Injectable()
export class HandlingRecordsService {
  private readonly namers = new Map<string, HandlingTargetNamer>();

  constructor(
    @InjectRepository(HandlingRecordEntity) private readonly records: Repository<HandlingRecordEntity>,
    private readonly users: UserAccountsService,
    private readonly organizations: OrganizationsService,
    private readonly bookings: BookingsService,
    private readonly scope: ProgramScopeService,
    private readonly teams: TeamsService,
    private readonly applications: ApplicationsService,
    private readonly handOvers: HandOversService,
    private readonly sessions: SessionsService,
    private readonly dailyReports: DailyReportsService,
    private readonly callBacks: CallBacksService,
    private readonly facilities: FacilityRecordsService,
    private readonly followUps: FollowUpsService,
    private readonly incidents: IncidentsService,
    private readonly preMeetings: PreMeetingsService,
    private readonly shares: BookingSharesService,
    private readonly approvals: ApprovalsService,
    private readonly businessPlans: BusinessPlansService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  /** A module that reads the handling record itself (reports) names its own kind of record here, at its start. */
  nameKind(resourceType: string, namer: HandlingTargetNamer): void {
    this.namers.set(resourceType, namer);
  }

  where(actor: Actor, filter: Record<string, unknown>): FindOptionsWhere<HandlingRecordEntity> {
    const where: FindOptionsWhere<HandlingRecordEntity> =
      actor.organizationKind === 'city' ? { municipalityId: actor.municipalityId ?? '-' } : { organizationId: actor.organizationId };
    const ids = idFilter(filter);
    if (ids) where.id = In(ids.map(Number).filter(Number.isInteger));
    if (typeof filter.userId === 'string') where.userId = filter.userId;
    if (typeof filter.action === 'string') where.action = filter.action;
    if (typeof filter.programId === 'string') where.programId = filter.programId;
    // One record's history (a booking's events on its screen), within what the person may see.
    if (typeof filter.resourceType === 'string') where.resourceType = filter.resourceType;
    if (typeof filter.resourceId === 'string') where.resourceId = filter.resourceId;
    const from = dateParam(filter.from, 'from');
    const to = dateParam(filter.to, 'to');
    if (from && to) where.occurredAt = Between(jstInstant(from), new Date(jstInstant(addDays(to, 1)).getTime() - 1));
    else if (from) where.occurredAt = MoreThanOrEqual(jstInstant(from));
    else if (to) where.occurredAt = LessThan(jstInstant(addDays(to, 1)));
    return where;
  }


  /** Who acted in the rows the person may read (where() without a filter), by name: the list's 操作者 filter. */
  async actors(actor: Actor): Promise<HandlingActorView[]> {
    const rows = await this.records.createQueryBuilder('r').select('DISTINCT r.userId', 'userId').where(this.where(actor, {})).andWhere('r.userId IS NOT NULL').getRawMany<{ userId: string }>();
    const names = await this.users.names(rows.map((r) => r.userId));
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'ja') || a.id.localeCompare(b.id));
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: HandlingRecordView[]; total: number }> {
    const [rows, total] = await this.records.findAndCount({ where: this.where(actor, query.filter), ...pageOptions<HandlingRecordEntity>(query) });
    const views = await this.toViews(rows);
    const { target } = await this.describe(actor, views);
    return { data: views.map((v) => ({ ...v, target: target(v) })), total };
  }

  /**
   * One row, within what the person may see (another municipality's or organization's is a 404, as an id that does
   * not exist), in words: its target, its program's title and its reason as the §15 report words them.
   */
  async get(actor: Actor, id: string): Promise<HandlingRecordView> {
    const n = /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : NaN;
    const row = Number.isSafeInteger(n) ? await this.records.findOne({ where: { ...this.where(actor, {}), id: n } }) : null;
    if (!row) throw notFound('取扱記録が見つかりません');
    const [view] = await this.toViews([row]);
    const { target, programs, eraStyle } = await this.describe(actor, [view]);
    return { ...view, target: target(view), programTitle: view.programId ? (programs.get(view.programId)?.title ?? null) : null, reasonText: handlingReasonText(view.action, view.reason, eraStyle) || null };
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

  /**
   * The rows of the §15 report: every matching row, oldest first, its target and program in words — a reservation
   * by its 受付番号 and visit date, a download by its report's name, a person or an organization by name — asked
   * of each record's owner. Also the era style of the programs' reports (和暦 unless every program says 西暦).
   */
  async reportRows(actor: Actor, filter: Record<string, unknown>): Promise<{ rows: HandlingReportRow[]; eraStyle: EraStyle }> {
    const views: HandlingRecordView[] = [];
    for await (const batch of this.batches(actor, filter)) views.push(...batch);
    const { target, programs, eraStyle } = await this.describe(actor, views);
    const rows = views.map((v) => ({
      occurredAt: v.occurredAt,
      userName: handlingActorName(v) || null,
      organizationName: v.organizationName,
      role: v.role,
      action: v.action,
      resourceType: v.resourceType,
      target: target(v),
      programTitle: v.programId ? (programs.get(v.programId)?.title ?? null) : null,
      reason: v.reason,
    }));
    return { rows, eraStyle };
  }

  /** What the rows are about, in words, asked of each record's owner; and the era style of their programs. */
  private async describe(actor: Actor, views: HandlingRecordView[]) {
    const programs = new Map<string, { title: string; eraStyle: EraStyle }>();
    for (const id of new Set(views.flatMap((v) => (v.programId ? [v.programId] : [])))) {
      const program = await this.scope.visibleProgram(actor, id).catch(() => null);
      if (program) programs.set(id, { title: program.title, eraStyle: program.eraStyle });
    }
    const eraStyle: EraStyle = programs.size > 0 && [...programs.values()].every((p) => p.eraStyle === 'seireki') ? 'seireki' : 'wareki';
    const ids = (type: string) => [...new Set(views.filter((v) => v.resourceType === type && v.resourceId).map((v) => v.resourceId!))];
    // Each program's rows of one kind, named by the kind's owner (a program's records are asked of that program only).
    const labels = new Map<string, string>();
    const name = async (type: string, label: (programId: string, ids: string[]) => Promise<Array<[string, string]>>) => {
      for (const programId of programs.keys()) {
        const own = [...new Set(views.filter((v) => v.programId === programId && v.resourceType === type && v.resourceId).map((v) => v.resourceId!))];
        // A year's §15 report names thousands of applications: asked 500 at a time (one IN list each).
        for (let i = 0; i < own.length; i += 500) for (const [id, text] of await label(programId, own.slice(i, i + 500))) labels.set(`${type}:${id}`, text);
      }
    };
    await name('booking', async (programId, own) => (await this.bookings.facts(programId, own)).map((b) => [b.id, bookingTargetLabel(b.receptionNumber, b.visitDate, eraStyle)]));
    await name('application', async (programId, own) => {
      const rows = await this.applications.targetFacts(programId, own);
      const bookingIds = [...new Set(rows.flatMap((a) => (a.bookingId ? [a.bookingId] : [])))];
      const numbers = new Map((bookingIds.length ? await this.bookings.facts(programId, bookingIds) : []).map((b) => [b.id, b.receptionNumber]));
      return rows.map((a) => [a.id, applicationTargetLabel({ date: a.date, applicationType: a.applicationType, receptionNumber: a.bookingId ? (numbers.get(a.bookingId) ?? null) : null }, eraStyle)]);
    });
    await name('hand_over', async (programId, own) => (await this.handOvers.targetFacts(programId, own)).map((b) => [b.id, handOverTargetLabel(b.number, b.handedOverDate, eraStyle)]));
    await name('session', async (programId, own) => (await this.sessions.targetFacts(programId, own)).map((x) => [x.id, sessionTargetLabel(x.date, x.serviceKind, eraStyle)]));
    const dated = (type: string, days: (programId: string, own: string[]) => Promise<Map<string, DateKey>>) =>
      name(type, async (programId, own) => [...(await days(programId, own))].map(([id, day]) => [id, datedTargetLabel(type, day, eraStyle)]));
    await dated('daily_report', (programId, own) => this.dailyReports.dates(programId, own));
    await dated('defect', (programId, own) => this.followUps.defects.days(programId, own));
    await dated('inquiry', (programId, own) => this.followUps.inquiries.days(programId, own));
    await dated('incident', (programId, own) => this.incidents.days(programId, own));
    await dated('pre_meeting', (programId, own) => this.preMeetings.dates(programId, own));
    await dated('activity_photo', (programId, own) => this.dailyReports.photoDates(programId, own));
    await name('share_file', async (programId, own) => (await this.shares.targetFacts(programId, own)).map((f) => [f.id, shareFileTargetLabel(jstDateKey(f.preparedAt), f.purpose, eraStyle)]));
    await name('site_approval', async (programId, own) => [...(await this.approvals.names(programId, own))]);
    await name('business_plan', async (programId, own) => (await this.businessPlans.targetFacts(programId, own)).map((p) => [p.id, businessPlanTargetLabel(p.version, p.title)]));
    await name('call_back', async (programId, own) => [...(await this.callBacks.dueOn(programId, own))].map(([id, day]) => [id, callBackTargetLabel(day, eraStyle)]));
    await name('facility', async (programId, own) => [...(await this.facilities.names(programId, own))]);
    for (const [type, namer] of this.namers) await name(type, (programId, own) => namer(programId, own, eraStyle));
    const [users, orgs, teams, municipalities] = await Promise.all([this.users.names(ids('user')), this.organizations.names(ids('organization')), this.teams.halfDays(ids('visit_team')), this.municipalities.names(ids('municipality'))]);
    const target = (v: HandlingRecordView): string | null => {
      const id = v.resourceId;
      if (v.action === 'report.download' && v.resourceType) return reportTargetLabel(v.resourceType);
      if (!id) return null;
      const named = labels.get(`${v.resourceType}:${id}`);
      if (named) return named;
      if (v.resourceType === 'user') return users.get(id) ?? null;
      if (v.resourceType === 'organization') return orgs.get(id) ?? null;
      if (v.resourceType === 'municipality') return municipalities.get(id) ?? null;
      if (v.resourceType === 'report_form') return reportFormTargetLabel(id);
      if (v.resourceType === 'call_week') return callWeekTargetLabel(id, eraStyle);
      if (v.resourceType === 'program') return programs.get(id)?.title ?? null;
      if (v.resourceType === 'visit_team') {
        const team = teams.get(id);
        return team ? teamTargetLabel(team.date, team.half, eraStyle) : null;
      }
      return null;
    };
    return { target, programs, eraStyle };
  }

  private async toViews(rows: HandlingRecordEntity[]): Promise<HandlingRecordView[]> {
    const userIds = [...new Set(rows.map((r) => r.userId).filter((v): v is string => !!v))];
    const orgIds = [...new Set(rows.map((r) => r.organizationId).filter((v): v is string => !!v))];
    const [userName, orgName] = await Promise.all([this.users.names(userIds), this.organizations.names(orgIds)]);
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
