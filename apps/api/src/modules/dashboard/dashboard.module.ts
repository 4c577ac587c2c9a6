import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingEntity } from '../bookings/booking.entity';
import { CallsModule } from '../calls/calls.module';
import { ActivityPhotoEntity, DailyReportEntity } from '../daily-reports/daily-report.entity';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { DefectEntity, InquiryEntity } from '../follow-ups/follow-up.entity';
import { ProgramsModule } from '../programs/programs.module';
import { SessionEntity } from '../sessions/session.entity';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, BookingEntity, DailyReportEntity, ActivityPhotoEntity, DefectEntity, InquiryEntity]), ProgramsModule, CallsModule, DailyReportsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
