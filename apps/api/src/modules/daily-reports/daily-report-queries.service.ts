import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey } from '@outreach/domain/common';
import type { DailyReportStatus } from '@outreach/domain/daily-reports';
import type { ReportActivityPhoto } from '@outreach/domain/reports';
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
    // Raw rows, not entities: a year's ≈ 260 reports, read on every computed dashboard summary.
    const rows = await this.reports
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.date', 'date')
      .addSelect('r.status', 'status')
      .addSelect('r.submitted_at', 'submittedAt')
      .where('r.program_id = :programId', { programId })
      .getRawMany<{ id: string; date: string; status: string; submittedAt: Date | string | null }>();
    return rows.map((r) => {
      const submitted = rawInstant(r.submittedAt);
      return { id: r.id, date: r.date, status: r.status as DailyReportStatus, submittedAt: submitted === null ? null : new Date(submitted) };
    });
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
}
