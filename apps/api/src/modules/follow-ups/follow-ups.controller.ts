import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { defectCreateSchema, defectInputSchema, defectViewSchema, inquiryCreateSchema, inquiryInputSchema, inquiryViewSchema } from '@outreach/domain/follow-ups';
import { inProgram, ResourceController } from '../../common/http/resource-controller';
import { DEFECT_LIST, FollowUpsService, INQUIRY_LIST } from './follow-ups.service';

@ApiTags('defects')
@Controller('defects')
export class DefectsController extends ResourceController({
  service: FollowUpsService,
  routes: ({ defects }) => inProgram(defects, FollowUpsService.defectValues),
  view: defectViewSchema,
  list: DEFECT_LIST,
  read: 'program.read',
  manage: 'followup.manage',
  create: defectCreateSchema,
  update: defectInputSchema,
}) {}

@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController extends ResourceController({
  service: FollowUpsService,
  routes: ({ inquiries }) => inProgram(inquiries, FollowUpsService.inquiryValues),
  view: inquiryViewSchema,
  list: INQUIRY_LIST,
  read: 'program.read',
  manage: 'followup.manage',
  create: inquiryCreateSchema,
  update: inquiryInputSchema,
}) {}
