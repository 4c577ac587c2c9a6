import { createHash } from 'node:crypto';
import { Body, Controller, Headers, Param, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { BUSINESS_PLAN_MAX_BYTES, businessPlanReturnSchema, businessPlanSubmissionSchema, type BusinessPlanView, businessPlanViewSchema } from '@outreach/domain/approvals';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { sendFile } from '../../common/excel/xlsx-response';
import { Route } from '../../common/http/route';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { BusinessPlansService } from './business-plans.service';

type Upload = { buffer: Buffer; originalname: string } | undefined;

/** 業務計画書 (004 §8(1)): read by everyone on the program, submitted by the vendor's manager, decided by the city admin. */
@ApiTags('approvals')
@Controller('programs')
export class BusinessPlansController {
  constructor(
    private readonly plans: BusinessPlansService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Route.get(':programId/business-plans', { allow: 'program.read', program: true, responds: z.array(businessPlanViewSchema) })
  list(@Param('programId') programId: string): Promise<BusinessPlanView[]> {
    return this.plans.list(programId);
  }

  /** A new version (multipart: `file`, `title`, `note`). With an Idempotency-Key a retried upload files once. */
  @Route.post(':programId/business-plans', { allow: 'plan.submit', program: true, responds: businessPlanViewSchema })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: BUSINESS_PLAN_MAX_BYTES, files: 1 } }))
  submit(
    @CurrentActor() actor: Actor,
    @Param('programId') programId: string,
    @UploadedFile() file: Upload,
    @Headers('idempotency-key') key: string | undefined,
    @Body({ schema: businessPlanSubmissionSchema }) body: z.output<typeof businessPlanSubmissionSchema>,
  ): Promise<BusinessPlanView> {
    const fingerprint = { ...body, file: file ? createHash('sha256').update(file.buffer).digest('hex') : null };
    return this.idempotency.run(actor.userId, `business_plan.submit:${programId}`, key, fingerprint, () => this.plans.submit(actor, programId, file, body));
  }

  @Route.get(':programId/business-plans/:id/file', { allow: 'program.read', program: true, file: 'application/octet-stream' })
  async file(@Param('programId') programId: string, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const doc = await this.plans.document(programId, id);
    sendFile(res, doc.contentType, doc.fileName, doc.bytes);
  }

  @Route.post(':programId/business-plans/:id/approve', { allow: 'plan.decide', program: true, status: 200, responds: businessPlanViewSchema })
  approve(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string): Promise<BusinessPlanView> {
    return this.plans.approve(actor, programId, id);
  }

  @Route.post(':programId/business-plans/:id/return', { allow: 'plan.decide', program: true, status: 200, responds: businessPlanViewSchema })
  return(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string, @Body({ schema: businessPlanReturnSchema }) body: z.output<typeof businessPlanReturnSchema>): Promise<BusinessPlanView> {
    return this.plans.return(actor, programId, id, body.reason);
  }

  @Route.post(':programId/business-plans/:id/withdraw', { allow: 'plan.submit', program: true, status: 200, responds: businessPlanViewSchema })
  withdraw(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Param('id') id: string): Promise<BusinessPlanView> {
    return this.plans.withdraw(actor, programId, id);
  }
}
