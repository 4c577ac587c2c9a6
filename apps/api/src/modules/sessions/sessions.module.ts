import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingEntity } from '../bookings/booking.entity';
import { DailyReportEntity } from '../daily-reports/daily-report.entity';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, DailyReportEntity, UserEntity, BookingEntity]), ProgramsModule, HandlingRecordsModule],
  controllers: [SessionsController],
  providers: [SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
