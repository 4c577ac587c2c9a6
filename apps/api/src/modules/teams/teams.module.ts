import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { BookingSettingsModule } from '../booking-settings/booking-settings.module';
import { BookingsModule } from '../bookings/bookings.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { ItineraryService } from './itinerary.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { VisitTeamEntity, VisitTeamMemberEntity } from './visit-team.entity';

/** チーム and 訪問行程表: owns visit_team and visit_team_member; the itinerary reads the slips through booking-personal, the travel matrix through booking-settings and facility checklists through facilities; reads the visit days' bookings, the visits recorded without one (sessions) and the vendor's staff through their owners; the dashboard asks it which half-days lack a team. */
@Module({
  imports: [TypeOrmModule.forFeature([VisitTeamEntity, VisitTeamMemberEntity]), BookingsModule, BookingPersonalModule, BookingSettingsModule, FacilitiesModule, HandlingRecordsModule, ProgramsModule, SessionsModule, UsersModule],
  controllers: [TeamsController],
  providers: [TeamsService, ItineraryService],
  exports: [TeamsService],
})
export class TeamsModule {}
