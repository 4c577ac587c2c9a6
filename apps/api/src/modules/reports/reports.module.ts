import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { CallsModule } from '../calls/calls.module';
import { ActivityPhotoEntity, DailyReportEntity } from '../daily-reports/daily-report.entity';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { DefectEntity, InquiryEntity } from '../follow-ups/follow-up.entity';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionEntity } from '../sessions/session.entity';
import { ReportJobsService } from './report-jobs.service';
import { CityReportsController, ProgramReportsController, ReportDownloadsController, ReportJobsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Excel reports: services fetch → the domain shapes rows (packages/domain/src/excel) → exceljs streams. */
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, DailyReportEntity, ActivityPhotoEntity, DefectEntity, InquiryEntity]), ProgramsModule, CallsModule, DailyReportsModule, HandlingRecordsModule, BookingsModule],
  controllers: [ProgramReportsController, ReportJobsController, CityReportsController, ReportDownloadsController],
  providers: [ReportsRepository, ReportsService, ReportJobsService],
})
export class ReportsModule {}
