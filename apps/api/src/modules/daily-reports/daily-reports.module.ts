import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionEntity } from '../sessions/session.entity';
import { ActivityPhotoEntity, DailyReportEntity } from './daily-report.entity';
import { DailyReportsController, PhotosController, ProgramReportingController } from './daily-reports.controller';
import { DailyReportsService } from './daily-reports.service';
import { PhotoStore } from './photo-store';

@Module({
  imports: [TypeOrmModule.forFeature([DailyReportEntity, ActivityPhotoEntity, SessionEntity]), ProgramsModule, HandlingRecordsModule, IdempotencyModule],
  controllers: [DailyReportsController, PhotosController, ProgramReportingController],
  providers: [DailyReportsService, PhotoStore],
  exports: [DailyReportsService],
})
export class DailyReportsModule {}
