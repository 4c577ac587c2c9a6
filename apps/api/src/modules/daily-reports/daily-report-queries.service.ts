import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey } from '@outreach/domain/common';
import type { DailyReportStatus } from '@outreach/domain/daily-reports';
import type { FullDataDailyReportRow, FullDataPhotoStatRow, ReportActivityPhoto } from '@outreach/domain/reports';
import { Between, In, type Repository } from 'typeorm';
import { rawInstant } from '../../database/keyset';
import { ActivityPhotoEntity, DailyReportEntity } from './daily-report.entity';

export interface DailyReportState {
  id: string;
  date: DateKey;
  status: DailyReportStatus;
  submittedAt: Date | null;
}

/** What other features read of daily reports and their photos (the dashboard, the Excel reports), asked of their owner. */
@Injectable()
export class DailyReportQueries {
  constructor(
    @InjectRepository(DailyReportEntity) private readonly reports: Repository<DailyReportEntity>,
    @InjectRepository(ActivityPhotoEntity) private readonly photos: Repository<ActivityPhotoEntity>,
  ) {}

  /**
   * Every report of the program, just what the dashboard derives its figures from (status counts, the open ones,
   * timeliness): one read instead of one per figure.
   */
  async states(programId: string): Promise<DailyReportState[]> {
    const rows = await this.reports.find({ select: { id: true, date: true, status: true, submittedAt: true }, where: { programId } });
    return rows.map((r) => ({ id: r.id, date: r.date, status: r.status as DailyReportStatus, submittedAt: r.submittedAt }));
  }

  /** How many of the program's reports are in each status. */
  async statusCounts(programId: string): Promise<Map<string, number>> {
    const rows = await this.reports.createQueryBuilder('r').select('r.status', 'status').addSelect('COUNT(*)', 'n').where('r.program_id = :programId', { programId }).groupBy('r.status').getRawMany<{ status: string; n: string | number }>();
    return new Map(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** The program's reports in these statuses: id, date and status. */
  async inStatus(programId: string, statuses: DailyReportStatus[]): Promise<Array<{ id: string; date: DateKey; status: DailyReportStatus }>> {
    const rows = await this.reports.find({ select: { id: true, date: true, status: true }, where: { programId, status: In(statuses) } });
    return rows.map((r) => ({ id: r.id, date: r.date, status: r.status as DailyReportStatus }));
  }

  /** The reports of the days in [from, to] and their states (the monthly and completion workbooks mark them). */
  async statusesBetween(programId: string, from: DateKey, to: DateKey): Promise<Array<{ date: DateKey; status: DailyReportStatus }>> {
    const rows = await this.reports.find({ select: { date: true, status: true }, where: { programId, date: Between(from, to) }, order: { date: 'ASC' } });
    return rows.map((r) => ({ date: r.date, status: r.status as DailyReportStatus }));
  }

  /** Photos still awaiting the city's check. */
  async pendingPhotoCount(programId: string): Promise<number> {
    return this.photos.count({ where: { programId, reviewStatus: 'pending' } });
  }

  async idOf(programId: string, date: DateKey): Promise<string | null> {
    const row = await this.reports.findOne({ select: { id: true }, where: { programId, date } });
    return row?.id ?? null;
  }

  /** 特記事項 of the daily reports in [from, to] that have any. */
  async specialNotes(programId: string, from: DateKey, to: DateKey): Promise<Array<{ date: DateKey; text: string }>> {
    const rows = await this.reports.find({ select: { date: true, specialNotes: true }, where: { programId, date: Between(from, to) }, order: { date: 'ASC' } });
    return rows.filter((r) => r.specialNotes?.trim()).map((r) => ({ date: r.date, text: r.specialNotes! }));
  }

  /** Activity photos of the daily reports in [from, to], dated by their report. */
  async activityPhotos(programId: string, from: DateKey, to: DateKey): Promise<ReportActivityPhoto[]> {
    const reports = await this.reports.find({ select: { id: true, date: true }, where: { programId, date: Between(from, to) } });
    if (reports.length === 0) return [];
    const dates = new Map(reports.map((r) => [r.id, r.date]));
    const photos = await this.photos.find({
      select: { id: true, dailyReportId: true, reviewStatus: true, caption: true, confirmedNoPersonalData: true, width: true, height: true, createdAt: true },
      where: { programId, dailyReportId: In([...dates.keys()]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return photos.map((p) => ({ date: dates.get(p.dailyReportId)!, reviewStatus: p.reviewStatus, id: p.id, caption: p.caption, confirmedNoPersonalData: p.confirmedNoPersonalData, width: p.width, height: p.height }));
  }

  /** 全件データ: the program's daily reports (one a day at most), raw — dates and states, no special notes or reasons. */
  async exportRows(programId: string): Promise<FullDataDailyReportRow[]> {
    const rows = await this.reports
      .createQueryBuilder('r')
      .select('r.date', 'date')
      .addSelect('r.status', 'status')
      .addSelect('r.submitted_at', 'submittedAt')
      .addSelect('r.decided_at', 'decidedAt')
      .where('r.program_id = :programId', { programId })
      .orderBy('r.date', 'ASC')
      .getRawMany<{ date: string; status: string; submittedAt: Date | string | null; decidedAt: Date | string | null }>();
    return rows.map((r) => ({ date: r.date, status: r.status, submittedAt: rawInstant(r.submittedAt), decidedAt: rawInstant(r.decidedAt) }));
  }

  /** 全件データ: the activity photos of each daily report counted by review state, with their size (not the photos). */
  async exportPhotoStats(programId: string): Promise<FullDataPhotoStatRow[]> {
    const rows = await this.photos
      .createQueryBuilder('p')
      .innerJoin(DailyReportEntity, 'r', 'r.id = p.daily_report_id')
      .select('r.date', 'date')
      .addSelect('COUNT(*)', 'photos')
      .addSelect("SUM(CASE WHEN p.review_status = 'pending' THEN 1 ELSE 0 END)", 'pending')
      .addSelect("SUM(CASE WHEN p.review_status = 'approved' THEN 1 ELSE 0 END)", 'approved')
      .addSelect("SUM(CASE WHEN p.review_status = 'rejected' THEN 1 ELSE 0 END)", 'rejected')
      .addSelect('SUM(p.bytes)', 'bytes')
      .where('p.program_id = :programId', { programId })
      .groupBy('r.date')
      .orderBy('r.date', 'ASC')
      .getRawMany<Record<string, string | number>>();
    return rows.map((r) => ({ date: String(r.date), photos: Number(r.photos), pending: Number(r.pending), approved: Number(r.approved), rejected: Number(r.rejected), bytes: Number(r.bytes) }));
  }

  /** How many daily reports the programs have (the export's progress; photo statistics are one row a report at most). */
  async exportCount(programIds: string[]): Promise<number> {
    return programIds.length ? this.reports.count({ where: { programId: In(programIds) } }) : 0;
  }
}
