import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingSettingsModule } from '../booking-settings/booking-settings.module';
import { CallsModule } from '../calls/calls.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { BookingHooks } from './booking-hooks';
import { BookingQueries } from './booking-queries.service';
import { BookingEntity, BookingEventEntity, BookingSlotEntity, ReceptionCounterEntity } from './booking.entity';
import { BookingsController, ProgramBookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

/**
 * Reservations (tables booking, booking_slot, reception_counter, booking_event): the slot engine's context, taking,
 * moving, closing and sharing bookings, the reception list. Their personal data is booking-personal's, their
 * settings booking-settings'.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([BookingEntity, BookingSlotEntity, ReceptionCounterEntity, BookingEventEntity]),
    ProgramsModule,
    SessionsModule,
    CallsModule,
    BookingSettingsModule,
    HandlingRecordsModule,
  ],
  controllers: [ProgramBookingsController, BookingsController],
  providers: [BookingsService, BookingQueries, BookingHooks],
  exports: [BookingsService, BookingQueries, BookingHooks],
})
export class BookingsModule {}
