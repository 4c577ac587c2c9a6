import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type DateKey, jstDateKey } from '@outreach/domain/common';
import { periodReportCompleteness, type Completeness } from '@outreach/domain/daily-reports';
import { reportingDeadlines } from '@outreach/domain/programs';
import { type PeriodReportKind, reportSchedule, type ReportScheduleItem, type ReportSubmissionStatus } from '@outreach/domain/reports';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportSubmissionEntity } from './report-submission.entity';

/**
 * The monthly and completion reports a program owes (issue 20 item 2): each deadline with where it stands, for the
 * submissions screen, both sides' attention lists (the dashboard) and the timeliness figure (dashboard and workbooks).
 */
@Injectable()
export class ReportScheduleService {
  constructor(
    @InjectRepository(ReportSubmissionEntity) private readonly submissions: Repository<ReportSubmissionEntity>,
    private readonly clock: Clock,
  ) {}

  async schedule(program: ProgramEntity): Promise<ReportScheduleItem[]> {
    const rows = await this.submissions.find({ where: { programId: program.id }, select: { id: true, kind: true, period: true, version: true, status: true, submittedAt: true } });
    const versions = rows.map((r) => ({ id: r.id, kind: r.kind as PeriodReportKind, period: r.period, version: r.version, status: r.status as ReportSubmissionStatus, submittedDate: jstDateKey(r.submittedAt) }));
    return reportSchedule(reportingDeadlines(program), versions, jstDateKey(this.clock.now()));
  }

  /** Completeness of the reports due in [from, to] (all when no range), as of today. */
  async completeness(program: ProgramEntity, from?: DateKey, to?: DateKey): Promise<Completeness> {
    const due = (await this.schedule(program)).filter((r) => (!from || r.dueDate >= from) && (!to || r.dueDate <= to));
    return periodReportCompleteness(due, jstDateKey(this.clock.now()));
  }
}
