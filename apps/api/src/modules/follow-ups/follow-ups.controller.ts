import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import {
  defectCreateSchema,
  defectInputSchema,
  type DefectView,
  defectViewSchema,
  inquiryCreateSchema,
  inquiryInputSchema,
  type InquiryView,
  inquiryViewSchema,
} from '@outreach/domain/follow-ups';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { DEFECT_LIST, FollowUpsService, INQUIRY_LIST } from './follow-ups.service';

@ApiTags('defects')
@Controller('defects')
export class DefectsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @RespondsList(defectViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<DefectView>> {
    const { data, total } = await this.followUps.defects.list(actor, parseListQuery(query, DEFECT_LIST));
    return new ListResult(data, total);
  }

  @Responds(defectViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DefectView> {
    return this.followUps.defects.get(actor, id);
  }

  @Responds(defectViewSchema)
  @Post()
  @RequirePermission('followup.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: defectCreateSchema }) body: z.output<typeof defectCreateSchema>): Promise<DefectView> {
    return this.followUps.defects.create(actor, body.programId, FollowUpsService.defectValues(body));
  }

  @Responds(defectViewSchema)
  @Put(':id')
  @RequirePermission('followup.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: defectInputSchema }) body: z.output<typeof defectInputSchema>): Promise<DefectView> {
    return this.followUps.defects.update(actor, id, FollowUpsService.defectValues(body));
  }
}

@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly followUps: FollowUpsService) {}

  @RespondsList(inquiryViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<InquiryView>> {
    const { data, total } = await this.followUps.inquiries.list(actor, parseListQuery(query, INQUIRY_LIST));
    return new ListResult(data, total);
  }

  @Responds(inquiryViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InquiryView> {
    return this.followUps.inquiries.get(actor, id);
  }

  @Responds(inquiryViewSchema)
  @Post()
  @RequirePermission('followup.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: inquiryCreateSchema }) body: z.output<typeof inquiryCreateSchema>): Promise<InquiryView> {
    return this.followUps.inquiries.create(actor, body.programId, FollowUpsService.inquiryValues(body));
  }

  @Responds(inquiryViewSchema)
  @Put(':id')
  @RequirePermission('followup.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: inquiryInputSchema }) body: z.output<typeof inquiryInputSchema>): Promise<InquiryView> {
    return this.followUps.inquiries.update(actor, id, FollowUpsService.inquiryValues(body));
  }
}
