import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { FollowUpQueries } from './follow-up-queries.service';
import { DefectEntity, InquiryEntity } from './follow-up.entity';
import { DefectsController, InquiriesController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [TypeOrmModule.forFeature([DefectEntity, InquiryEntity]), ProgramsModule, HandlingRecordsModule, SessionsModule, ApplicationsModule],
  controllers: [DefectsController, InquiriesController],
  providers: [FollowUpsService, FollowUpQueries],
  exports: [FollowUpsService, FollowUpQueries],
})
export class FollowUpsModule {}
