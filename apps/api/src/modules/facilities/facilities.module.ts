import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityCoordinationEntity } from './facility-coordination.entity';

/** Facilities (issue 18): the coordination with each facility before its visit. Owns facility_coordination. */
@Module({
  imports: [TypeOrmModule.forFeature([FacilityCoordinationEntity]), BookingsModule],
  controllers: [FacilitiesController],
  providers: [FacilitiesService],
  exports: [FacilitiesService],
})
export class FacilitiesModule {}
