import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { BookingsModule } from '../bookings/bookings.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { LeasesModule } from '../leases/leases.module';
import { BookingPersonalController, BookingSearchController } from './booking-personal.controller';
import { BookingPersonalEntity } from './booking-personal.entity';
import { BookingPersonalService } from './booking-personal.service';
import { BookingSearchTokenEntity } from './booking-search-token.entity';

/** A reservation's personal data (tables booking_personal, booking_search_token and the per-record data keys): store, read, delete, the sweep. */
@Module({
  imports: [TypeOrmModule.forFeature([BookingPersonalEntity, BookingSearchTokenEntity]), BookingsModule, HandlingRecordsModule, CryptoModule, LeasesModule],
  controllers: [BookingPersonalController, BookingSearchController],
  providers: [BookingPersonalService],
  exports: [BookingPersonalService],
})
export class BookingPersonalModule {}
