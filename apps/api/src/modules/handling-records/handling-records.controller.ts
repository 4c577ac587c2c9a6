import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { forbidden, handlingActionLabel, jstDateKey, jstTime, parseListQuery, ROLE_LABELS_JA, type Role } from '@outreach/domain';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { streamXlsx, styleHeaderRow } from '../../common/excel/xlsx-response';
import { ListResult } from '../../common/http/list-result';
import { HandlingRecordService } from './handling-record.service';
import { HANDLING_RECORD_LIST, type HandlingRecordView, HandlingRecordsService } from './handling-records.service';

const HEADERS = ['日時', '利用者', '組織', '役割', '操作', '対象の種類', '対象ID', 'プログラムID', 'IPアドレス', '理由'];

@ApiTags('handling-records')
@Controller('handling-records')
export class HandlingRecordsController {
  constructor(
    private readonly records: HandlingRecordsService,
    private readonly handling: HandlingRecordService,
  ) {}

  @Get()
  @RequirePermission('handling_record.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<HandlingRecordView>> {
    const { data, total } = await this.records.list(actor, parseListQuery(query, HANDLING_RECORD_LIST));
    return new ListResult(data, total);
  }

  /** The record as Excel (取扱記録.xlsx), with the same filters as the list; the download itself is recorded. */
  @Get('export.xlsx')
  @RequirePermission('handling_record.read')
  async export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!actor.permissions.has('export.download')) throw forbidden();
    const { filter } = parseListQuery({ filter: query.filter }, HANDLING_RECORD_LIST);
    this.records.where(actor, filter); // throws on a bad filter before any byte is sent
    await this.handling.record(actor, { action: 'handling_record.export', resourceType: 'handling_record', reason: JSON.stringify(filter).slice(0, 500) });
    const today = jstDateKey(new Date());
    await streamXlsx(res, `取扱記録_${today.replaceAll('-', '')}.xlsx`, async (wb) => {
      const ws = wb.addWorksheet('取扱記録', {
        views: [{ state: 'frozen', ySplit: 1 }],
        pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      });
      ws.columns = [18, 16, 22, 16, 20, 14, 38, 38, 16, 30].map((width) => ({ width }));
      const header = ws.addRow(HEADERS);
      styleHeaderRow(header);
      header.commit();
      for await (const batch of this.records.batches(actor, filter)) {
        for (const r of batch) {
          const at = new Date(r.occurredAt);
          ws.addRow([
            `${jstDateKey(at).replaceAll('-', '/')} ${jstTime(at)}`,
            r.userName ?? '',
            r.organizationName ?? '',
            r.role ? (ROLE_LABELS_JA[r.role as Role] ?? r.role) : '',
            handlingActionLabel(r.action),
            r.resourceType ?? '',
            r.resourceId ?? '',
            r.programId ?? '',
            r.ip ?? '',
            r.reason ?? '',
          ]).commit();
        }
      }
      ws.commit();
    });
  }
}
