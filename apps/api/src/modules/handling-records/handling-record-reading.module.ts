import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
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
 * and organizations, the programs' titles and the reservations' numbers asked of their owners. A module of its own so that users and organizations, which append
 * to the record, can be asked for names without a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([HandlingRecordEntity]), HandlingRecordsModule, UsersModule, OrganizationsModule, ProgramsModule, BookingsModule, TeamsModule],
  controllers: [HandlingRecordsController],
  providers: [HandlingRecordsService],
  exports: [HandlingRecordsService],
})
export class HandlingRecordReadingModule {}
