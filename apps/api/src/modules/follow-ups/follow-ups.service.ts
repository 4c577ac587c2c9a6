import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { jstDateKey, notFoundIn } from '@outreach/domain/common';
import { type DefectInput, type DefectView, defectFollowUpDue, defectState, type InquiryInput, type InquiryView } from '@outreach/domain/follow-ups';
import { DataSource, type Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { ApplicationsService } from '../applications/applications.service';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { ProgramScopeService } from '../programs/program-scope.service';
import { SessionsService } from '../sessions/sessions.service';
import { DefectEntity, InquiryEntity } from './follow-up.entity';
import { ProgramRecords } from './program-records.service';

export const DEFECT_LIST = { sortable: ['receivedDate', 'category', 'resolvedDate'], filterable: ['programId', 'category', 'from', 'to', 'sessionId', 'applicationId'], defaultSort: { field: 'receivedDate', order: 'DESC' as const } };
export const INQUIRY_LIST = { sortable: ['date', 'category', 'channel', 'closedDate'], filterable: ['programId', 'category', 'channel', 'escalatedToCity', 'from', 'to'], defaultSort: { field: 'date', order: 'DESC' as const } };

/** 不備対応 and 問い合わせ・苦情: small records of a program, both feeding the monthly and completion reports. */
@Injectable()
export class FollowUpsService {
  readonly defects: ProgramRecords<DefectEntity, DefectView>;
  readonly inquiries: ProgramRecords<InquiryEntity, InquiryView>;

  constructor(
    @InjectRepository(DefectEntity) defects: Repository<DefectEntity>,
    @InjectRepository(InquiryEntity) inquiries: Repository<InquiryEntity>,
    scope: ProgramScopeService,
    handling: HandlingRecordService,
    dataSource: DataSource,
    sessions: SessionsService,
    applications: ApplicationsService,
    clock: Clock,
  ) {
    const deps = { scope, handling, dataSource };
    this.defects = new ProgramRecords(defects, deps, {
      resource: 'defect',
      dateColumn: 'receivedDate',
      notFound: '不備対応の記録が見つかりません',
      filters: ['category', 'sessionId', 'applicationId'],
      checkRefs: async (v, programId) => {
        if (v.sessionId && !(await sessions.existsInProgram(programId, v.sessionId))) throw notFoundIn('sessionId', '実施の記録が見つかりません');
        if (v.applicationId && !(await applications.existsInProgram(programId, v.applicationId))) throw notFoundIn('applicationId', '申請記録が見つかりません');
      },
      toView: (d): DefectView => ({
        id: d.id,
        programId: d.programId,
        sessionId: d.sessionId,
        applicationId: d.applicationId,
        foundBy: d.foundBy as DefectView['foundBy'],
        receivedDate: d.receivedDate,
        category: d.category as DefectView['category'],
        description: d.description,
        attempts: d.attempts as DefectView['attempts'],
        resolvedDate: d.resolvedDate,
        open: !d.resolvedDate,
        followUpDue: defectFollowUpDue(d.receivedDate),
        overdue: defectState(d, jstDateKey(clock.now())) === 'overdue',
      }),
    });
    this.inquiries = new ProgramRecords(inquiries, deps, {
      resource: 'inquiry',
      dateColumn: 'date',
      notFound: '問い合わせの記録が見つかりません',
      filters: ['category', 'channel', 'escalatedToCity'],
      toView: (q): InquiryView => ({ id: q.id, programId: q.programId, date: q.date, channel: q.channel as InquiryView['channel'], category: q.category as InquiryView['category'], summary: q.summary, handling: q.handling, escalatedToCity: q.escalatedToCity, closedDate: q.closedDate, open: !q.closedDate }),
    });
  }

  static defectValues(d: DefectInput): Partial<DefectEntity> {
    return { sessionId: d.sessionId ?? null, applicationId: d.applicationId ?? null, foundBy: d.foundBy ?? null, receivedDate: d.receivedDate, category: d.category as DefectView['category'], description: d.description, attempts: d.attempts as DefectView['attempts'], resolvedDate: d.resolvedDate ?? null };
  }

  static inquiryValues(q: InquiryInput): Partial<InquiryEntity> {
    return { date: q.date, channel: q.channel as InquiryView['channel'], category: q.category as InquiryView['category'], summary: q.summary, handling: q.handling ?? null, escalatedToCity: q.escalatedToCity, closedDate: q.closedDate ?? null };
  }
}
