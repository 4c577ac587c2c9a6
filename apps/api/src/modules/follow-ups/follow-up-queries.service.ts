import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DateKey } from '@outreach/domain/common';
import type { ReportDefect, ReportInquiry } from '@outreach/domain/reports';
import { Between, IsNull, type Repository } from 'typeorm';
import { DefectEntity, InquiryEntity } from './follow-up.entity';

/** What other features read of defects and inquiries (the dashboard's attention list, the Excel reports). */
@Injectable()
export class FollowUpQueries {
  constructor(
    @InjectRepository(DefectEntity) private readonly defects: Repository<DefectEntity>,
    @InjectRepository(InquiryEntity) private readonly inquiries: Repository<InquiryEntity>,
  ) {}

  /** The oldest unresolved defects (at most `take`). */
  async openDefects(programId: string, take: number): Promise<Array<{ id: string; receivedDate: DateKey }>> {
    return this.defects.find({ select: { id: true, receivedDate: true }, where: { programId, resolvedDate: IsNull() }, order: { receivedDate: 'ASC' }, take });
  }

  /** The oldest complaints not yet closed (at most `take`). */
  async openComplaints(programId: string, take: number): Promise<Array<{ id: string; date: DateKey }>> {
    return this.inquiries.find({ select: { id: true, date: true }, where: { programId, category: 'complaint', closedDate: IsNull() }, order: { date: 'ASC' }, take });
  }

  /** Every defect of the program received by `to` (the domain picks those active in a range). */
  async defectsUpTo(programId: string, to: DateKey): Promise<ReportDefect[]> {
    const rows = await this.defects.find({ where: { programId }, order: { receivedDate: 'ASC', createdAt: 'ASC' } });
    return rows
      .filter((d) => d.receivedDate <= to)
      .map((d) => ({ receivedDate: d.receivedDate, category: d.category, foundBy: d.foundBy, description: d.description, attempts: d.attempts, resolvedDate: d.resolvedDate }));
  }

  async inquiriesBetween(programId: string, from: DateKey, to: DateKey): Promise<ReportInquiry[]> {
    const rows = await this.inquiries.find({ where: { programId, date: Between(from, to) }, order: { date: 'ASC', createdAt: 'ASC' } });
    return rows.map((q) => ({ date: q.date, channel: q.channel, category: q.category, summary: q.summary, handling: q.handling, escalatedToCity: q.escalatedToCity, closedDate: q.closedDate }));
  }
}
