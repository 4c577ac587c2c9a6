import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DateKey, forbidden, isDateKey, jstDateKey, parseListQuery } from '@outreach/domain/common';
import { describeHandlingFilter, handlingFilterParts, shapeHandlingRecordReport } from '@outreach/domain/reports';
import { type HandlingActorView, handlingActorViewSchema, type HandlingRecordView, handlingRecordViewSchema } from '@outreach/domain/handling-records';
import { z } from 'zod';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { XLSX_TYPE } from '../../common/excel/xlsx-response';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import { OrganizationsService } from '../organizations/organizations.service';
import { sendWorkbook } from '../reports/xlsx-writer';
import { HandlingRecordService } from './handling-record.service';
import { HANDLING_RECORD_LIST, HandlingRecordsService } from './handling-records.service';

/** A filter's date, already checked by the service's where(). */
function dateOrNull(value: unknown): DateKey | null {
  return typeof value === 'string' && isDateKey(value) ? value : null;
}

@ApiTags('handling-records')
@Controller('handling-records')
export class HandlingRecordsController {
  constructor(
    private readonly records: HandlingRecordsService,
    private readonly handling: HandlingRecordService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  @Route.get({ allow: 'handling_record.read', list: handlingRecordViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<HandlingRecordView>> {
    const { data, total } = await this.records.list(actor, parseListQuery(query, HANDLING_RECORD_LIST));
    return new ListResult(data, total);
  }

  /** The people who acted in the rows one may read, by name (the 操作者 filter: a city's includes its vendor's staff). */
  @Route.get('actors', { allow: 'handling_record.read', responds: z.array(handlingActorViewSchema) })
  actors(@CurrentActor() actor: Actor): Promise<HandlingActorView[]> {
    return this.records.actors(actor);
  }

  /**
   * The record as the §15 report (取扱状況報告.xlsx, laid out by the domain's shapeHandlingRecordReport), with the
   * same filters as the list; the download itself is recorded.
   */
  @Route.get('export.xlsx', { allow: 'handling_record.read', file: XLSX_TYPE })
  async export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!actor.permissions.has('export.download')) throw forbidden();
    const { filter } = parseListQuery({ filter: query.filter }, HANDLING_RECORD_LIST);
    this.records.where(actor, filter); // throws on a bad filter before any byte is sent
    const today = jstDateKey(this.clock.now());
    const { rows, eraStyle } = await this.records.reportRows(actor, filter);
    const names: Record<string, string> = {};
    if (typeof filter.programId === 'string' && rows[0]?.programTitle) names.programId = rows[0].programTitle;
    if (typeof filter.userId === 'string' && rows[0]?.userName) names.userId = rows[0].userName;
    const conditions = handlingFilterParts({ action: filter.action, userId: filter.userId, programId: filter.programId }, eraStyle, names).join('、');
    const holder = { label: actor.organizationKind === 'city' ? ('担当課' as const) : ('受託者' as const), name: (await this.organizations.names([actor.organizationId])).get(actor.organizationId) ?? '' };
    const spec = shapeHandlingRecordReport({ holder, from: dateOrNull(filter.from), to: dateOrNull(filter.to), createdOn: today, eraStyle, rows, conditions: conditions || undefined });
    // The export itself is recorded, its conditions in words (never JSON).
    await this.handling.record(actor, { action: 'handling_record.export', resourceType: 'handling_record', reason: describeHandlingFilter(filter, eraStyle, names) });
    await sendWorkbook(res, `取扱記録_${today.replaceAll('-', '')}.xlsx`, spec, { created: this.clock.now() });
  }

  /** One row in words (the record's page; after export.xlsx, which `:id` would otherwise take); another municipality's or organization's row is a 404. */
  @Route.get(':id', { allow: 'handling_record.read', status: 200, responds: handlingRecordViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<HandlingRecordView> {
    return this.records.get(actor, id);
  }
}
