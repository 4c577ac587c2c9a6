import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { BookingsModule } from '../bookings/bookings.module';
import { DailyReportsModule } from '../daily-reports/daily-reports.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { LeasesModule } from '../leases/leases.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { ApplicantListsController } from './applicant-lists.controller';
import { ApplicantListsService } from './applicant-lists.service';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from './facility-applicant-list.entity';
import { FacilityCoordinationEntity } from './facility-coordination.entity';
import { FacilityEntity } from './facility.entity';
import { FacilityRecordsController } from './facility-records.controller';
import { FacilityRecordsService } from './facility-records.service';
import { PreMeetingEntity } from './pre-meeting.entity';
import { PreMeetingsController } from './pre-meetings.controller';
import { PreMeetingsService } from './pre-meetings.service';

/**
 * Facilities (issue 18): the program's facility records (施設) with their stage, the coordination with each facility
 * before its visit, the pre-meetings (事前打合せ) and its applicant list (申請者名簿). Owns facility, facility_coordination,
 * pre_meeting, facility_applicant_list and facility_applicant.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([FacilityEntity, FacilityCoordinationEntity, PreMeetingEntity, FacilityApplicantListEntity, FacilityApplicantEntity]),
    BookingsModule,
    SessionsModule,
    DailyReportsModule,
    CryptoModule,
    HandlingRecordsModule,
    IdempotencyModule,
    LeasesModule,
    UsersModule,
  ],
  controllers: [FacilitiesController, FacilityRecordsController, PreMeetingsController, ApplicantListsController],
  providers: [FacilitiesService, FacilityRecordsService, PreMeetingsService, ApplicantListsService],
  exports: [FacilitiesService, FacilityRecordsService, ApplicantListsService, PreMeetingsService],
})
export class FacilitiesModule {}
