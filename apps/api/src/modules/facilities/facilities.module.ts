import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { LeasesModule } from '../leases/leases.module';
import { UsersModule } from '../users/users.module';
import { ApplicantListsController } from './applicant-lists.controller';
import { ApplicantListsService } from './applicant-lists.service';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from './facility-applicant-list.entity';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityCoordinationEntity } from './facility-coordination.entity';

/**
 * Facilities (issue 18): the coordination with each facility before its visit and its applicant list (申請者名簿).
 * Owns facility_coordination, facility_applicant_list and facility_applicant.
 */
@Module({
  imports: [TypeOrmModule.forFeature([FacilityCoordinationEntity, FacilityApplicantListEntity, FacilityApplicantEntity]), BookingsModule, CryptoModule, HandlingRecordsModule, IdempotencyModule, LeasesModule, UsersModule],
  controllers: [FacilitiesController, ApplicantListsController],
  providers: [FacilitiesService, ApplicantListsService],
  exports: [FacilitiesService, ApplicantListsService],
})
export class FacilitiesModule {}
