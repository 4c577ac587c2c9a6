import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey, ReportActivityPhoto, ReportDefect, ReportInquiry } from '@outreach/domain';
import { Between, In, type Repository } from 'typeorm';
import { ActivityPhotoEntity, DailyReportEntity } from '../daily-reports/daily-report.entity';
import { DefectEntity, InquiryEntity } from '../follow-ups/follow-up.entity';
import { SessionEntity } from '../sessions/session.entity';
import { type SessionView, toSessionView } from '../sessions/session.mapper';

/**
 * Read-only queries the reports need over other features' tables, mapped at once to plain rows (the entities
 * stay here). Every figure is then computed by the domain from these rows.
 */
@Injectable()
export class ReportsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(DailyReportEntity) private readonly dailyReports: Repository<DailyReportEntity>,
    @InjectRepository(ActivityPhotoEntity) private readonly photos: Repository<ActivityPhotoEntity>,
    @InjectRepository(DefectEntity) private readonly defectRows: Repository<DefectEntity>,
    @InjectRepository(InquiryEntity) private readonly inquiryRows: Repository<InquiryEntity>,
  ) {}

  /** Held sessions dated in [from, to]. */
  async heldSessions(programId: string, from: DateKey, to: DateKey): Promise<SessionView[]> {
    const rows = await this.sessions.find({ where: { programId, status: 'held', date: Between(from, to) }, order: { date: 'ASC', startTime: 'ASC', createdAt: 'ASC' } });
    return rows.map(toSessionView);
  }

  async dailyReportId(programId: string, date: DateKey): Promise<string | null> {
    const row = await this.dailyReports.findOne({ select: { id: true }, where: { programId, date } });
    return row?.id ?? null;
  }

  /** 特記事項 of the daily reports in [from, to] that have any. */
  async specialNotes(programId: string, from: DateKey, to: DateKey): Promise<Array<{ date: DateKey; text: string }>> {
    const rows = await this.dailyReports.find({ select: { date: true, specialNotes: true }, where: { programId, date: Between(from, to) }, order: { date: 'ASC' } });
    return rows.filter((r) => r.specialNotes?.trim()).map((r) => ({ date: r.date, text: r.specialNotes! }));
  }

  /** Activity photos of the daily reports in [from, to], dated by their report. */
  async activityPhotos(programId: string, from: DateKey, to: DateKey): Promise<ReportActivityPhoto[]> {
    const reports = await this.dailyReports.find({ select: { id: true, date: true }, where: { programId, date: Between(from, to) } });
    if (reports.length === 0) return [];
    const dates = new Map(reports.map((r) => [r.id, r.date]));
    const photos = await this.photos.find({ select: { id: true, dailyReportId: true, reviewStatus: true }, where: { programId, dailyReportId: In([...dates.keys()]) } });
    return photos.map((p) => ({ date: dates.get(p.dailyReportId)!, reviewStatus: p.reviewStatus }));
  }

  /** Every defect of the program received by `to` (the domain picks those active in a range). */
  async defects(programId: string, to: DateKey): Promise<ReportDefect[]> {
    const rows = await this.defectRows.find({ where: { programId }, order: { receivedDate: 'ASC', createdAt: 'ASC' } });
    return rows
      .filter((d) => d.receivedDate <= to)
      .map((d) => ({ receivedDate: d.receivedDate, category: d.category, description: d.description, attempts: d.attempts, resolvedDate: d.resolvedDate }));
  }

  async inquiries(programId: string, from: DateKey, to: DateKey): Promise<ReportInquiry[]> {
    const rows = await this.inquiryRows.find({ where: { programId, date: Between(from, to) }, order: { date: 'ASC', createdAt: 'ASC' } });
    return rows.map((q) => ({ date: q.date, channel: q.channel, category: q.category, summary: q.summary, handling: q.handling, escalatedToCity: q.escalatedToCity, closedDate: q.closedDate }));
  }
}
