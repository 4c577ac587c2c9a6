import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ListQuery } from '@outreach/domain/common';
import { REPORT_KIND_LABELS_JA, type ReportDownloadView, type ReportKind } from '@outreach/domain/reports';
import { DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { HandlingRecordsService } from '../handling-records/handling-records.service';
import { ReportDownloadEntity } from './report-download.entity';
import type { BuiltReport } from './reports.service';

/**
 * Report downloads (帳票の出力記録): each is a row of the handling record (who, when, whose data — and so who may
 * see it) and a row of `report_download` with the report's own columns, written in one transaction.
 */
@Injectable()
export class ReportDownloadsService {
  constructor(
    @InjectRepository(ReportDownloadEntity) private readonly downloads: Repository<ReportDownloadEntity>,
    private readonly handling: HandlingRecordService,
    private readonly records: HandlingRecordsService,
    private readonly dataSource: DataSource,
  ) {}

  async record(actor: Actor, report: Pick<BuiltReport, 'kind' | 'programId' | 'municipalityId' | 'params' | 'filename'>, jobId?: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const handlingRecordId = await this.handling.record(
        actor,
        // The city whose data it is: a vendor's download of a city's report shows in that city's record too.
        { action: 'report.download', resourceType: report.kind, programId: report.programId, municipalityId: report.municipalityId ?? actor.municipalityId },
        m,
      );
      const row: ReportDownloadEntity = { handlingRecordId, kind: report.kind, programId: report.programId, filename: report.filename.slice(0, 255), params: report.params, jobId: jobId ?? null };
      await m.getRepository(ReportDownloadEntity).insert(row as Omit<ReportDownloadEntity, 'params'> & { params: object });
    });
  }

  /** The downloads the person may see in the handling record (their city's, or their organization's), newest first. */
  async list(actor: Actor, query: ListQuery): Promise<{ data: ReportDownloadView[]; total: number }> {
    const { data, total } = await this.records.list(actor, { ...query, filter: { ...query.filter, action: 'report.download' } });
    const details = new Map((await this.downloads.findBy({ handlingRecordId: In(data.map((r) => r.id)) })).map((d) => [d.handlingRecordId, d]));
    return {
      data: data.map((r) => {
        const d = details.get(r.id);
        return {
          id: r.id,
          occurredAt: r.occurredAt,
          userId: r.userId,
          userName: r.userName,
          organizationName: r.organizationName,
          kind: r.resourceType,
          kindLabel: REPORT_KIND_LABELS_JA[r.resourceType as ReportKind] ?? r.resourceType ?? '',
          programId: r.programId,
          filename: d?.filename ?? null,
          params: d?.params ?? {},
        };
      }),
      total,
    };
  }
}
