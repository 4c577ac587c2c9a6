import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { defectCreateSchema, defectInputSchema, inquiryCreateSchema, inquiryInputSchema } from '@outreach/domain/follow-ups';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { DEFECT_LIST, type DefectView, FollowUpsService, INQUIRY_LIST, type InquiryView } from './follow-ups.service';

@ApiTags('defects')
@Controller('defects')
export class DefectsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<DefectView>> {
    const { data, total } = await this.followUps.defects.list(actor, parseListQuery(query, DEFECT_LIST));
    return new ListResult(data, total);
  }

  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DefectView> {
    return this.followUps.defects.get(actor, id);
  }

  @Post()
  @RequirePermission('followup.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: defectCreateSchema }) body: z.output<typeof defectCreateSchema>): Promise<DefectView> {
    return this.followUps.defects.create(actor, body.programId, FollowUpsService.defectValues(body));
  }

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

  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<InquiryView>> {
    const { data, total } = await this.followUps.inquiries.list(actor, parseListQuery(query, INQUIRY_LIST));
    return new ListResult(data, total);
  }

  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InquiryView> {
    return this.followUps.inquiries.get(actor, id);
  }

  @Post()
  @RequirePermission('followup.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: inquiryCreateSchema }) body: z.output<typeof inquiryCreateSchema>): Promise<InquiryView> {
    return this.followUps.inquiries.create(actor, body.programId, FollowUpsService.inquiryValues(body));
  }

  @Put(':id')
  @RequirePermission('followup.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: inquiryInputSchema }) body: z.output<typeof inquiryInputSchema>): Promise<InquiryView> {
    return this.followUps.inquiries.update(actor, id, FollowUpsService.inquiryValues(body));
  }
}
