import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { VisitTeamEntity, VisitTeamMemberEntity } from './visit-team.entity';

/** チーム: owns visit_team and visit_team_member; reads the visit days' bookings and the vendor's staff through their owners; the dashboard asks it which half-days lack a team. */
@Module({
  imports: [TypeOrmModule.forFeature([VisitTeamEntity, VisitTeamMemberEntity]), BookingsModule, HandlingRecordsModule, ProgramsModule, UsersModule],
  controllers: [TeamsController],
  providers: [TeamsService],
  exports: [TeamsService],
})
export class TeamsModule {}
