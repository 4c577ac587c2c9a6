import { Module } from '@nestjs/common';
import { BookingSharesModule } from '../booking-shares/booking-shares.module';
import { BookingsModule } from '../bookings/bookings.module';
import { CallsModule } from '../calls/calls.module';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ApprovalsModule } from '../approvals/approvals.module';
import { CallBacksModule } from '../call-backs/call-backs.module';
import { ConfirmationCallsModule } from '../confirmation-calls/confirmation-calls.module';
import { TeamsModule } from '../teams/teams.module';
import { ReportsModule } from '../reports/reports.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { SummaryCache } from './summary-cache';

/**
 * Reads only: every figure comes from the owner of its table (their exported query services); the programs' data
 * versions (ProgramDataVersions, written by database triggers alone, ADR 0014) tell when a kept summary is stale.
 */
@Module({
  imports: [ProgramsModule, CallsModule, SessionsModule, DailyReportsModule, FollowUpsModule, BookingsModule, BookingSharesModule, IncidentsModule, ApprovalsModule, CallBacksModule, ConfirmationCallsModule, TeamsModule, FacilitiesModule, ReportsModule],
  controllers: [DashboardController],
  providers: [DashboardService, SummaryCache],
})
export class DashboardModule {}
