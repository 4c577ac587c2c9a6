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
import { AuthModule } from './modules/auth/auth.module';
import { BookingsModule } from './modules/bookings/bookings.module';
import { CallsModule } from './modules/calls/calls.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { DailyReportsModule } from './modules/daily-reports/daily-reports.module';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { HandlingRecordsModule } from './modules/handling-records/handling-records.module';
import { HealthModule } from './modules/health/health.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
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
        HandlingRecordsModule,
        MunicipalitiesModule,
        OrganizationsModule,
        UsersModule,
        ProgramsModule,
        CallsModule,
        SessionsModule,
        DailyReportsModule,
        FollowUpsModule,
        BookingsModule,
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
