import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module';
import { ApprovalsModule } from '../approvals/approvals.module';
import { BookingSharesModule } from '../booking-shares/booking-shares.module';
import { BookingsModule } from '../bookings/bookings.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { CallBacksModule } from '../call-backs/call-backs.module';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { SessionsModule } from '../sessions/sessions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProgramsModule } from '../programs/programs.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { HandlingRecordEntity } from './handling-record.entity';
import { HandlingRecordsController } from './handling-records.controller';
import { HandlingRecordsModule } from './handling-records.module';
import { HandlingRecordsService } from './handling-records.service';

/**
 * Reading the handling record (the list, the Excel export, the report downloads), with the names of the people
 * and organizations, the programs' titles and each record's words (a reservation's number, an application's day, a facility's name…) asked of their owners. A module of its own so that users and organizations, which append
 * to the record, can be asked for names without a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([HandlingRecordEntity]), HandlingRecordsModule, UsersModule, OrganizationsModule, ProgramsModule, BookingsModule, TeamsModule, ApplicationsModule, SessionsModule, DailyReportsModule, CallBacksModule, FacilitiesModule, FollowUpsModule, IncidentsModule, BookingSharesModule, ApprovalsModule, MunicipalitiesModule],
  controllers: [HandlingRecordsController],
  providers: [HandlingRecordsService],
  exports: [HandlingRecordsService],
})
export class HandlingRecordReadingModule {}
