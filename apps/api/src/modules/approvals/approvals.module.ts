import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { SiteApprovalEntity } from './site-approval.entity';

/** 実施場所の承認 (004 §7(3)): owns site_approval; sessions ask it whether a place may be used, the dashboard what waits. */
@Module({
  imports: [TypeOrmModule.forFeature([SiteApprovalEntity]), ProgramsModule, HandlingRecordsModule, UsersModule],
  controllers: [ApprovalsController],
  providers: [ApprovalsService],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
