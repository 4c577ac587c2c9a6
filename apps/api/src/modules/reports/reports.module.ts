import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { ProgramClosingModule } from '../program-closing/program-closing.module';
import { CallsModule } from '../calls/calls.module';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { HandlingRecordReadingModule } from '../handling-records/handling-record-reading.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { FolderUploadedFiles, UploadedFiles } from '../../common/files/uploaded-files';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { UsersModule } from '../users/users.module';
import { ReportDownloadEntity } from './report-download.entity';
import { ReportFormEntity } from './report-form.entity';
import { ReportFormsController } from './report-forms.controller';
import { ReportFormsService } from './report-forms.service';
import { ReportScheduleService } from './report-schedule.service';
import { ReportSubmissionEntity } from './report-submission.entity';
import { ReportSubmissionsController } from './report-submissions.controller';
import { ReportSubmissionsService } from './report-submissions.service';
import { FullDataService } from './full-data/full-data.service';
import { ReportDownloadsService } from './report-downloads.service';
import { MemoryReportJobStore, ReportJobStore } from './report-job-store';
import { RedisReportJobStore } from './redis-report-job-store';
import { ReportJobsService } from './report-jobs.service';
import { CityReportsController, ProgramReportsController, ReportDownloadsController, ReportJobsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * Excel reports: services fetch → the domain shapes rows (packages/domain/src/reports) → exceljs streams. Owns
 * report_download, report_submission (月次・完了報告書 as submitted, their workbooks under UploadedFiles) and report_form
 * (their agreed form, 様式); the
 * dashboard reads the reports' deadlines and states through ReportScheduleService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReportDownloadEntity, ReportSubmissionEntity, ReportFormEntity]), UsersModule, IdempotencyModule, ProgramsModule, SessionsModule, FollowUpsModule, CallsModule, DailyReportsModule, HandlingRecordsModule, HandlingRecordReadingModule, BookingsModule, PersonalDataModule, ProgramClosingModule, FacilitiesModule],
  controllers: [ProgramReportsController, ReportJobsController, CityReportsController, ReportDownloadsController, ReportSubmissionsController, ReportFormsController],
  providers: [
    ReportsService,
    ReportDownloadsService,
    ReportJobsService,
    FullDataService,
    ReportSubmissionsService,
    ReportFormsService,
    ReportScheduleService,
    { provide: UploadedFiles, useClass: FolderUploadedFiles },
    // One instance: the registry in memory. Several (REDIS_URL): in Redis, shared (ADR 0007).
    { provide: ReportJobStore, inject: [ENV], useFactory: async (env: Env) => (env.REDIS_URL ? await RedisReportJobStore.connect(env.REDIS_URL, env.REDIS_KEY_PREFIX) : new MemoryReportJobStore()) },
  ],
  exports: [ReportScheduleService],
})
export class ReportsModule {}
