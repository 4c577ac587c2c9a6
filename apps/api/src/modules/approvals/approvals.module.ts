import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FolderUploadedFiles, UploadedFiles } from '../../common/files/uploaded-files';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { BusinessPlanEntity } from './business-plan.entity';
import { BusinessPlansController } from './business-plans.controller';
import { BusinessPlansService } from './business-plans.service';
import { SiteApprovalEntity } from './site-approval.entity';

/**
 * The city's approvals: 実施場所の承認 (004 §7(3)) and 業務計画書 (004 §8(1)). Owns site_approval and business_plan
 * (and the plan documents under UploadedFiles); sessions ask it whether a place may be used, the dashboard what waits.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SiteApprovalEntity, BusinessPlanEntity]), ProgramsModule, HandlingRecordsModule, UsersModule, IdempotencyModule],
  controllers: [ApprovalsController, BusinessPlansController],
  providers: [ApprovalsService, BusinessPlansService, { provide: UploadedFiles, useClass: FolderUploadedFiles }],
  exports: [ApprovalsService, BusinessPlansService],
})
export class ApprovalsModule {}
