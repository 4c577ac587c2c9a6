import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { CallEntity } from '../calls/call.entity';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { VisitDayEntity } from '../programs/visit-day.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsModule } from '../sessions/sessions.module';
import {
  BookingEntity,
  BookingEventEntity,
  BookingPersonalEntity,
  BookingSlotEntity,
  PreMeetingEntity,
  ReceptionCounterEntity,
  TravelMatrixEntity,
} from './booking.entity';
import { BookingsController, ProgramBookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      BookingEntity,
      BookingPersonalEntity,
      BookingSlotEntity,
      ReceptionCounterEntity,
      TravelMatrixEntity,
      PreMeetingEntity,
      BookingEventEntity,
      VisitDayEntity,
      SessionEntity,
      CallEntity,
    ]),
    ProgramsModule,
    SessionsModule,
    HandlingRecordsModule,
  ],
  controllers: [ProgramBookingsController, BookingsController],
  providers: [BookingsService, FieldCipher],
  exports: [BookingsService],
})
export class BookingsModule {}
