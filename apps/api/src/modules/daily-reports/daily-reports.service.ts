import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { conflict, type DateKey, DomainError, type FieldErrors, invalid, jstDateKey, notFoundIn, type ListQuery, notFound } from '@outreach/domain/common';
import {
  dailyReportDueAt,
  type DailyReportAction,
  type DailyReportDraft,
  type DailyReportStatus,
  dailyReportStatusSchema,
  dailyReportTransition,
  DEFAULT_DAILY_REPORT_REVIEW,
  isLocked,
  reportingRates,
  type ReportingRates,
  seesInternalReview,
  visibleToCity,
  type DailyReportRowView,
  type DailyReportView,
  type PhotoView,
} from '@outreach/domain/daily-reports';
import { type RegisterCounts, registerChecks } from '@outreach/domain/applications';
import { checkSessionCounts, consultationsTotal, type SessionView, sessionCountsSchema } from '@outreach/domain/sessions';
import { DataSource, type EntityManager, type FindOptionsWhere, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { type CacheStats, VersionedCache } from '../../common/versioned-cache';
import { isUniqueViolation } from '../../common/http/domain-exception.filter';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramDataVersions } from '../programs/program-data-versions';
import { ProgramScopeService } from '../programs/program-scope.service';
import type { ProgramEntity } from '../programs/program.entity';
import { SessionHooks } from '../sessions/session-hooks';
import { SessionQueries } from '../sessions/session-queries.service';
import { countsOf } from '../sessions/session.mapper';
import { SessionsService } from '../sessions/sessions.service';
import { ActivityPhotoEntity, DailyReportEntity } from './daily-report.entity';
import { PhotoStore } from './photo-store';

export const DAILY_REPORT_LIST = {
  sortable: ['date', 'status', 'submittedAt'],
  filterable: ['programId', 'status', 'from', 'to'],
  defaultSort: { field: 'date', order: 'DESC' as const },
};

/** The statuses in which staff may still change a report (the others are locked: submitted, under check, accepted). */
const EDITABLE = dailyReportStatusSchema.options.filter((s) => !isLocked(s));
const LOCKED_MESSAGE = '提出済み・受理済みの日次報告は変更できません（差し戻し後に修正できます）';

/** A report's list row from its program, the day's held sessions and its photos. */
function rowView(r: DailyReportEntity, program: ProgramEntity, held: SessionView[], photos: Array<Pick<ActivityPhotoEntity, 'reviewStatus'>>): DailyReportRowView {
  const dueAt = dailyReportDueAt(r.date, program.dailyReportDue, program.workingHours);
  return {
    id: r.id,
    programId: r.programId,
    date: r.date,
    status: r.status as DailyReportStatus,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    preparedAt: r.preparedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    reason: r.reason,
    dueAt,
    onTime: r.submittedAt ? r.submittedAt.toISOString() <= dueAt : null,
    sessionCount: held.length,
    applications: held.reduce((s, x) => s + x.applicationsTotal, 0),
    consultations: consultationsTotal(held),
    photoCount: photos.length,
    pendingPhotos: photos.filter((p) => p.reviewStatus === 'pending').length,
  };
}

export const toPhotoView = (p: ActivityPhotoEntity): PhotoView => ({
  id: p.id,
  dailyReportId: p.dailyReportId,
  caption: p.caption,
  width: p.width,
  height: p.height,
  bytes: p.bytes,
  confirmedNoPersonalData: p.confirmedNoPersonalData,
  reviewStatus: p.reviewStatus as PhotoView['reviewStatus'],
  rejectReason: p.rejectReason,
  createdAt: p.createdAt.toISOString(),
});

/** A kept rate is served for this long at most: a report passing its due hour changes it with no write. */
export const RATES_CACHE_TTL_MS = 30_000;
/** Rates kept per API instance (≈ 10 kB of JSON each for a year's program), the least recently used out first. */
export const RATES_CACHE_ENTRIES = 64;

/** 日次報告書: filled per held session, submitted once (idempotently), accepted or returned by the city. */
@Injectable()
export class DailyReportsService implements OnModuleInit {
  constructor(
    @InjectRepository(DailyReportEntity) private readonly reports: Repository<DailyReportEntity>,
    @InjectRepository(ActivityPhotoEntity) private readonly photos: Repository<ActivityPhotoEntity>,
    private readonly scope: ProgramScopeService,
    private readonly handling: HandlingRecordService,
    private readonly sessions: SessionsService,
    private readonly sessionQueries: SessionQueries,
    private readonly sessionHooks: SessionHooks,
    private readonly store: PhotoStore,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly versions: ProgramDataVersions,
  ) {
    this.ratesCache = new VersionedCache(clock, { ttlMs: RATES_CACHE_TTL_MS, entries: RATES_CACHE_ENTRIES });
  }

  private readonly ratesCache: VersionedCache;
  /** Rates served from the cache, computed anew, and joined to a computation under way (for the bench and tests). */
  readonly rateStats: CacheStats = { hits: 0, misses: 0, joined: 0 };

  onModuleInit(): void {
    // Sessions ask the day's report before changing a day, and open it when a session is held.
    this.sessionHooks.useReportDay({ assertOpen: (m, programId, date) => this.assertDayOpen(m, programId, date), held: (m, programId, date) => this.ensureDraft(m, programId, date) });
  }

  private async assertDayOpen(m: EntityManager, programId: string, date: DateKey): Promise<void> {
    const report = await m.getRepository(DailyReportEntity).findOne({ where: { programId, date } });
    if (isLocked(report?.status as DailyReportStatus | undefined)) throw conflict('提出済みの日次報告の日の実施記録は変更できません（差し戻し後に修正できます）');
  }

  /** A held session opens that day's daily report as a draft (one per program and day, by the unique key). */
  private async ensureDraft(m: EntityManager, programId: string, date: DateKey): Promise<void> {
    const repo = m.getRepository(DailyReportEntity);
    if (await repo.exists({ where: { programId, date } })) return;
    try {
      await repo.insert({ id: randomUUID(), programId, date, status: 'draft', specialNotes: null, submittedAt: null, submittedBy: null, preparedAt: null, preparedBy: null, decidedAt: null, decidedBy: null, reason: null });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // created by a parallel request: fine
    }
  }

  async list(actor: Actor, query: ListQuery): Promise<{ data: DailyReportRowView[]; total: number }> {
    const visible = await this.scope.visibleProgramIds(actor);
    const f = query.filter;
    const where: FindOptionsWhere<DailyReportEntity> = { programId: In(typeof f.programId === 'string' ? visible.filter((v) => v === f.programId) : visible) };
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    // The city never sees a report under the vendor's internal check (社内確認): not in a list, not by its status.
    const statuses = dailyReportStatusSchema.options.filter((s) => (typeof f.status !== 'string' || s === f.status) && (seesInternalReview(actor.role) || visibleToCity(s)));
    where.status = In(statuses);
    const range = dateRange(dateParam(f.from, 'from'), dateParam(f.to, 'to'));
    if (range) where.date = range;
    const [rows, total] = await this.reports.findAndCount({ where, ...pageOptions<DailyReportEntity>(query) });
    return { data: await this.rows(rows), total };
  }

  /** Counts-only rows: per report the number of sessions, applications, consultations and photos — no free text. */
  private async rows(reports: DailyReportEntity[]): Promise<DailyReportRowView[]> {
    if (reports.length === 0) return [];
    const programIds = [...new Set(reports.map((r) => r.programId))];
    // Independent reads, sent together (each awaited statement waits its turn behind every other request on the thread).
    const [programs, sessions, photos] = await Promise.all([
      Promise.all(programIds.map((id) => this.scope.programById(id))),
      this.sessionQueries.heldOn(programIds, [...new Set(reports.map((r) => r.date))]),
      this.photos.find({ select: { id: true, dailyReportId: true, reviewStatus: true }, where: { dailyReportId: In(reports.map((r) => r.id)) } }),
    ]);
    const programOf = new Map(programs.map((p) => [p.id, p]));
    return reports.map((r) =>
      rowView(
        r,
        programOf.get(r.programId)!,
        sessions.filter((s) => s.programId === r.programId && s.date === r.date),
        photos.filter((p) => p.dailyReportId === r.id),
      ),
    );
  }

  /** The reports' days, by id (what the handling record names a report by). */
  async dates(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    if (!ids.length) return new Map();
    const rows = await this.reports.find({ select: { id: true, date: true }, where: { programId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.date]));
  }

  /** The days of the reports the photos belong to, by photo id (what the handling record names a photo by). */
  async photoDates(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    if (!ids.length) return new Map();
    const photos = await this.photos.find({ select: { id: true, dailyReportId: true }, where: { programId, id: In([...ids]) } });
    const days = await this.dates(programId, [...new Set(photos.map((p) => p.dailyReportId))]);
    return new Map(photos.flatMap((p) => (days.has(p.dailyReportId) ? [[p.id, days.get(p.dailyReportId)!] as const] : [])));
  }

  async find(actor: Actor, id: string): Promise<{ report: DailyReportEntity; program: ProgramEntity }> {
    const { record: report, program } = await this.scope.withProgram(actor, await this.shown(actor, id), '日次報告が見つかりません');
    return { report, program };
  }

  /** The report if the actor's side sees it at all: one under the vendor's internal check does not exist for the city yet (404, as another program's). */
  private async shown(actor: Actor, id: string): Promise<DailyReportEntity | null> {
    const found = await this.reports.findOne({ where: { id } });
    return found && (seesInternalReview(actor.role) || visibleToCity(found.status as DailyReportStatus)) ? found : null;
  }

  async get(actor: Actor, id: string): Promise<DailyReportView> {
    const { report, program } = await this.find(actor, id);
    return this.view(report, program);
  }

  /** The report with its day: the row's figures come from the same sessions and photos the form shows (one read each). */
  private async view(known: DailyReportEntity, program: ProgramEntity, reread = false): Promise<DailyReportView> {
    const [report, sessions, photos, registerOfDay] = await Promise.all([
      // After a save the row itself is read again (its notes, its time stamp) beside the rest.
      reread ? this.reports.findOneByOrFail({ id: known.id }) : known,
      this.sessionQueries.ofDay(known.programId, known.date),
      this.photos.find({ where: { dailyReportId: known.id }, order: { createdAt: 'ASC' } }),
      // Where the session has an applicant register, its counts are the register's: a difference is a check (issue 19 item 2).
      this.sessionHooks.register?.countsOfDay(known.programId, known.date) ?? Promise.resolve(new Map<string, Record<string, number>>()),
    ]);
    const row = rowView(report, program, sessions.filter((s) => s.status === 'held'), photos);
    const checks: Record<string, FieldErrors> = {};
    const register: Record<string, RegisterCounts> = {};
    for (const s of sessions.filter((x) => x.status === 'held')) {
      const counts = Object.fromEntries(Object.entries(countsOf(s)).map(([k, v]) => [k, v ?? undefined]));
      const parsed = sessionCountsSchema.parse(counts);
      const fromRegister = registerOfDay.get(s.id) as RegisterCounts | undefined;
      if (fromRegister) register[s.id] = fromRegister;
      const errors = { ...checkSessionCounts(parsed, { status: 'held' }), ...(fromRegister ? registerChecks(parsed, fromRegister) : {}) };
      if (Object.keys(errors).length) checks[s.id] = errors;
    }
    return { ...row, specialNotes: report.specialNotes, sessions, photos: photos.map(toPhotoView), checks, register };
  }

  private assertEditable(report: DailyReportEntity): void {
    if (isLocked(report.status as DailyReportStatus)) throw conflict(LOCKED_MESSAGE);
  }

  /** Saves the form as it is (the automatic draft): counts are stored even when a cross-check still fails. */
  async saveDraft(actor: Actor, id: string, draft: DailyReportDraft): Promise<DailyReportView> {
    // The day's sessions are asked beside the program check (both need only the report's program and day): the
    // autosave comes every few seconds, and each statement awaited in turn waits for a busy API thread.
    const shown = await this.shown(actor, id);
    const [{ record: report, program }, day] = await Promise.all([
      this.scope.withProgram(actor, shown, '日次報告が見つかりません'),
      shown ? this.sessionQueries.ofDay(shown.programId, shown.date) : [],
    ]);
    this.assertEditable(report);
    const heldIds = new Set(day.filter((s) => s.status === 'held').map((s) => s.id));
    // Only an id that is not one of the day's held sessions needs asking whether it is the program's at all.
    const strangers = draft.sessions.map((s) => s.id).filter((s) => !heldIds.has(s));
    const ofProgram = strangers.length ? await this.sessionQueries.idsIn(report.programId, strangers) : new Set<string>();
    draft.sessions.forEach((s, i) => {
      if (heldIds.has(s.id)) return;
      // Another program's (or no) session does not exist for this report: 404, as for an id in the path.
      if (!ofProgram.has(s.id)) throw notFoundIn(`sessions.${i}.id`, '実施の記録が見つかりません');
      throw invalid('この日の実施記録ではありません', { [`sessions.${i}.id`]: 'この日の実施済みの記録ではありません' });
    });
    await this.dataSource.transaction(async (m) => {
      // The report is checked editable again in its UPDATE, first: a submission that lands between the check above and
      // this save makes it a 409 and nothing is written (on MySQL the row stays locked until the counts are in).
      const saved = await m.getRepository(DailyReportEntity).update({ id, status: In(EDITABLE) }, { specialNotes: draft.specialNotes ?? null });
      if (!saved.affected) throw conflict(LOCKED_MESSAGE);
      await this.sessions.saveCounts(m, draft.sessions);
      await this.handling.record(actor, { action: 'daily_report.save', resourceType: 'daily_report', resourceId: id, programId: report.programId }, m);
    });
    // The actor's access was checked above: the saved row is read again (beside the day), not the whole access path
    // (the autosave sends this every few seconds while staff type).
    return this.view(report, program, true);
  }

  /** Submission: every held session passes the cross-checks and every photo carries the uploader's check. */
  async submit(actor: Actor, id: string): Promise<DailyReportView> {
    const current = await this.get(actor, id);
    const held = current.sessions.filter((s) => s.status === 'held');
    if (held.length === 0) throw invalid('実施済みの記録がない日は提出できません');
    const errors: FieldErrors = {};
    held.forEach((s, i) => {
      for (const [field, message] of Object.entries(current.checks[s.id] ?? {})) errors[`sessions.${i}.${field}`] = message;
    });
    const unconfirmed = current.photos.filter((p) => !p.confirmedNoPersonalData).length;
    if (unconfirmed) errors.photos = `写真${unconfirmed}枚に「申請者の顔や個人情報が判別できない」の確認がありません`;
    if (Object.keys(errors).length) throw invalid('入力内容を確認してください', errors);
    return this.transition(actor, id, 'submit');
  }

  async transition(actor: Actor, id: string, action: DailyReportAction, reason?: string): Promise<DailyReportView> {
    const { report, program } = await this.find(actor, id);
    const review = program.dailyReportReview ?? DEFAULT_DAILY_REPORT_REVIEW;
    const next = dailyReportTransition(report.status as DailyReportStatus, action, actor, { review, preparedBy: report.preparedBy }, reason);
    if (next instanceof DomainError) throw next;
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      // The status is checked again in the UPDATE, so two parallel transitions cannot both pass.
      // submittedAt is when the city received it: set by a direct submission or the manager's release (確認).
      const toCity = { submittedAt: next === 'submitted' ? now : null, submittedBy: next === 'submitted' ? actor.userId : null };
      const changes =
        action === 'submit'
          ? { status: next, preparedAt: now, preparedBy: actor.userId, ...toCity, reason: null }
          : action === 'release'
            ? { status: next, ...toCity, reason: null }
            : { status: next, decidedAt: now, decidedBy: actor.userId, reason: reason?.trim() || null };
      const result = await m.getRepository(DailyReportEntity).update({ id, status: report.status }, changes);
      if (!result.affected) throw conflict('他の操作で日次報告の状態が変わりました。画面を更新してください');
      if (action === 'accept') await m.getRepository(ActivityPhotoEntity).update({ dailyReportId: id, reviewStatus: 'pending' }, { reviewStatus: 'approved' });
      await this.handling.record(actor, { action: `daily_report.${action}`, resourceType: 'daily_report', resourceId: id, programId: report.programId, reason: reason?.trim() || undefined }, m);
    });
    return this.get(actor, id);
  }

  async addPhoto(actor: Actor, id: string, file: Buffer | undefined, caption: string | undefined): Promise<PhotoView> {
    const { report } = await this.find(actor, id);
    this.assertEditable(report);
    if (!file) throw invalid('画像ファイルを選択してください', { file: '画像ファイルを選択してください' });
    const photoId = randomUUID();
    const storageKey = `${report.programId}/${photoId}`;
    const stored = await this.store.save(storageKey, file);
    const row: ActivityPhotoEntity = {
      id: photoId,
      dailyReportId: id,
      programId: report.programId,
      uploadedBy: actor.userId,
      caption: caption || null,
      ...stored,
      confirmedNoPersonalData: false,
      reviewStatus: 'pending',
      rejectReason: null,
      storageKey,
      createdAt: this.clock.now(),
    };
    try {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(ActivityPhotoEntity).insert(row);
        await this.handling.record(actor, { action: 'photo.upload', resourceType: 'activity_photo', resourceId: photoId, programId: report.programId }, m);
      });
    } catch (e) {
      await this.store.remove(storageKey);
      throw e;
    }
    return toPhotoView(row);
  }

  async photo(actor: Actor, photoId: string): Promise<{ photo: ActivityPhotoEntity; report: DailyReportEntity }> {
    const photo = await this.photos.findOne({ where: { id: photoId } });
    if (!photo) throw notFound('写真が見つかりません');
    const { report } = await this.find(actor, photo.dailyReportId).catch(() => {
      throw notFound('写真が見つかりません');
    });
    return { photo, report };
  }

  async photoBytes(actor: Actor, photoId: string, variant: 'full' | 'thumb'): Promise<Buffer> {
    const { photo } = await this.photo(actor, photoId);
    return this.store.read(photo.storageKey, variant);
  }

  async updatePhoto(actor: Actor, photoId: string, body: { caption?: string; confirmedNoPersonalData: boolean }): Promise<PhotoView> {
    const { photo, report } = await this.photo(actor, photoId);
    this.assertEditable(report);
    await this.photos.update({ id: photoId }, { caption: body.caption ?? photo.caption, confirmedNoPersonalData: body.confirmedNoPersonalData });
    return toPhotoView(await this.photos.findOneByOrFail({ id: photoId }));
  }

  async reviewPhoto(actor: Actor, photoId: string, decision: 'approved' | 'rejected', reason?: string): Promise<PhotoView> {
    const { photo } = await this.photo(actor, photoId);
    if (decision === 'rejected' && !reason?.trim()) throw invalid('差し戻しの理由を入力してください', { reason: '理由を入力してください' });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ActivityPhotoEntity).update({ id: photoId }, { reviewStatus: decision, rejectReason: decision === 'rejected' ? reason!.trim() : null });
      await this.handling.record(actor, { action: `photo.${decision === 'rejected' ? 'reject' : 'approve'}`, resourceType: 'activity_photo', resourceId: photoId, programId: photo.programId, reason }, m);
    });
    return toPhotoView(await this.photos.findOneByOrFail({ id: photoId }));
  }

  async removePhoto(actor: Actor, photoId: string): Promise<PhotoView> {
    const { photo, report } = await this.photo(actor, photoId);
    this.assertEditable(report);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ActivityPhotoEntity).delete({ id: photoId });
      await this.handling.record(actor, { action: 'photo.delete', resourceType: 'activity_photo', resourceId: photoId, programId: photo.programId }, m);
    });
    await this.store.remove(photo.storageKey);
    return toPhotoView(photo);
  }

  /**
   * The rates as the route answers them (asked with every daily-report screen): kept per program, period and JST day
   * until the program's data version moves (its row, its sessions and its daily reports bump it, ADR 0014), and for
   * RATES_CACHE_TTL_MS at most, for what changes with the hour alone (a report passing its due time).
   */
  async keptRates(program: ProgramEntity, from: DateKey, to: DateKey): Promise<ReportingRates> {
    const { figures } = await this.versions.of(program.id);
    return this.ratesCache.keep(`${program.id}|${from}|${to}|${jstDateKey(this.clock.now())}`, String(figures), () => this.rates(program, from, to), this.rateStats);
  }

  /** Reporting completeness and timeliness over [from, to], as of now. */
  async rates(program: ProgramEntity, from: DateKey, to: DateKey): Promise<ReportingRates> {
    const [expectedDays, reports] = await Promise.all([
      this.sessionQueries.heldDates(program.id, from, to),
      this.reports.find({ select: { date: true, status: true, submittedAt: true }, where: { programId: program.id, date: dateRange(from, to) } }),
    ]);
    return this.ratesOf(program, from, to, expectedDays, reports);
  }

  /**
   * The same from what the caller has read already (the dashboard reads the program's reports and held days once
   * for all its figures): the held dates in [from, to] and the reports (those outside [from, to] are left out here).
   */
  ratesOf(program: ProgramEntity, from: DateKey, to: DateKey, expectedDays: readonly DateKey[], reports: ReadonlyArray<{ date: DateKey; status: string; submittedAt: Date | null }>): ReportingRates {
    return reportingRates({
      expectedDays,
      reports: reports.filter((r) => r.date >= from && r.date <= to).map((r) => ({ date: r.date, status: r.status as DailyReportStatus, submittedAt: r.submittedAt?.toISOString() ?? null })),
      from,
      to,
      workingHours: program.workingHours,
      due: program.dailyReportDue,
      asOf: this.clock.now().toISOString(),
      weekStartsOn: program.weekStartsOn,
    });
  }
}
