import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { siteApprovalViewSchema, type SiteApprovalView, siteProposalSchema, siteRejectionSchema } from '@outreach/domain/approvals';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import { ApprovalsService } from './approvals.service';

/** 実施場所の承認 (004 §7(3)): read by everyone on the program, proposed by the vendor, decided by the city admin. */
@ApiTags('approvals')
@Controller('programs')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Route.get(':programId/site-approvals', { allow: 'program.read', program: true, responds: z.array(siteApprovalViewSchema) })
  list(@Param('programId') programId: string): Promise<SiteApprovalView[]> {
    return this.approvals.list(programId);
  }

  @Route.post(':programId/site-approvals', { allow: 'site.propose', program: true, responds: siteApprovalViewSchema })
  propose(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Body({ schema: siteProposalSchema }) body: z.output<typeof siteProposalSchema>): Promise<SiteApprovalView> {
    return this.approvals.propose(actor, programId, body);
  }

  @Route.post(':programId/site-approvals/:id/approve', { allow: 'site.decide', program: true, status: 200, responds: siteApprovalViewSchema })
  approve(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string): Promise<SiteApprovalView> {
    return this.approvals.approve(actor, programId, id);
  }

  @Route.post(':programId/site-approvals/:id/reject', { allow: 'site.decide', program: true, status: 200, responds: siteApprovalViewSchema })
  reject(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string, @Body({ schema: siteRejectionSchema }) body: z.output<typeof siteRejectionSchema>): Promise<SiteApprovalView> {
    return this.approvals.reject(actor, programId, id, body.reason);
  }
}
