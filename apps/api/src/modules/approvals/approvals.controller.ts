import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { siteApprovalViewSchema, type SiteApprovalView, siteProposalSchema, siteRejectionSchema } from '@outreach/domain/approvals';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import { ApprovalsService } from './approvals.service';

/** 実施場所の承認 (004 §7(3)): read by everyone on the program, proposed by the vendor, decided by the city admin. */
@ApiTags('approvals')
@Controller('programs')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Responds(z.array(siteApprovalViewSchema))
  @Get(':programId/site-approvals')
  @ProgramScoped()
  @RequirePermission('program.read')
  list(@Param('programId') programId: string): Promise<SiteApprovalView[]> {
    return this.approvals.list(programId);
  }

  @Responds(siteApprovalViewSchema)
  @Post(':programId/site-approvals')
  @ProgramScoped()
  @RequirePermission('site.propose')
  propose(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Body({ schema: siteProposalSchema }) body: z.output<typeof siteProposalSchema>): Promise<SiteApprovalView> {
    return this.approvals.propose(actor, programId, body);
  }

  @Responds(siteApprovalViewSchema)
  @Post(':programId/site-approvals/:id/approve')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('site.decide')
  approve(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string): Promise<SiteApprovalView> {
    return this.approvals.approve(actor, programId, id);
  }

  @Responds(siteApprovalViewSchema)
  @Post(':programId/site-approvals/:id/reject')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('site.decide')
  reject(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string, @Body({ schema: siteRejectionSchema }) body: z.output<typeof siteRejectionSchema>): Promise<SiteApprovalView> {
    return this.approvals.reject(actor, programId, id, body.reason);
  }
}
