import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/auth/access.guard';
import { Clock, SystemClock } from './common/clock';
import { DomainExceptionFilter } from './common/http/domain-exception.filter';
import { ListResultInterceptor } from './common/http/list-result';
import { validationPipe } from './common/http/validation';
import { ConfigModule } from './config/config.module';
import type { Env } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { parseDatabaseUrl } from './database/database-url';
import { ApprovalsModule } from './modules/approvals/approvals.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { CallBacksModule } from './modules/call-backs/call-backs.module';
import { ConfirmationCallsModule } from './modules/confirmation-calls/confirmation-calls.module';
import { TeamsModule } from './modules/teams/teams.module';
import { FacilitiesModule } from './modules/facilities/facilities.module';
import { AuthModule } from './modules/auth/auth.module';
import { BookingPersonalModule } from './modules/booking-personal/booking-personal.module';
import { BookingSettingsModule } from './modules/booking-settings/booking-settings.module';
import { BookingsModule } from './modules/bookings/bookings.module';
import { BookingSharesModule } from './modules/booking-shares/booking-shares.module';
import { ProgramClosingModule } from './modules/program-closing/program-closing.module';
import { CallsModule } from './modules/calls/calls.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { DailyReportsModule } from './modules/daily-reports/daily-reports.module';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { HandlingRecordReadingModule } from './modules/handling-records/handling-record-reading.module';
import { HealthModule } from './modules/health/health.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PersonalDataModule } from './modules/personal-data/personal-data.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { ReportsModule } from './modules/reports/reports.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(env: Env, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env, clock),
        TypeOrmModule.forRoot(dataSourceOptions(parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_PATH))),
        HealthModule,
        AuthModule,
        HandlingRecordReadingModule,
        MunicipalitiesModule,
        OrganizationsModule,
        UsersModule,
        ProgramsModule,
        CallsModule,
        SessionsModule,
        DailyReportsModule,
        FollowUpsModule,
        BookingsModule,
        BookingPersonalModule,
        BookingSettingsModule,
        PersonalDataModule,
        BookingSharesModule,
        ProgramClosingModule,
        IncidentsModule,
        ApprovalsModule,
        CallBacksModule,
        ConfirmationCallsModule,
        TeamsModule,
        ApplicationsModule,
        FacilitiesModule,
        DashboardModule,
        ReportsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: ListResultInterceptor },
        { provide: APP_PIPE, useFactory: validationPipe },
      ],
    };
  }
}
