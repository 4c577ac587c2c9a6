import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DailyReportQueries } from './daily-report-queries.service';
import { ActivityPhotoEntity, DailyReportEntity } from './daily-report.entity';
import { DailyReportsController, PhotosController, ProgramReportingController } from './daily-reports.controller';
import { DailyReportsService } from './daily-reports.service';
import { FolderUploadedFiles, UploadedFiles } from '../../common/files/uploaded-files';
import { PhotoStore } from './photo-store';

@Module({
  imports: [TypeOrmModule.forFeature([DailyReportEntity, ActivityPhotoEntity]), ProgramsModule, HandlingRecordsModule, IdempotencyModule, SessionsModule],
  controllers: [DailyReportsController, PhotosController, ProgramReportingController],
  providers: [DailyReportsService, DailyReportQueries, PhotoStore, { provide: UploadedFiles, useClass: FolderUploadedFiles }],
  exports: [DailyReportsService, DailyReportQueries],
})
export class DailyReportsModule {}
