import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { BookingsModule } from '../bookings/bookings.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { ConfirmationCallEntity } from './confirmation-call.entity';
import { ConfirmationCallsController } from './confirmation-calls.controller';
import { ConfirmationCallsService } from './confirmation-calls.service';

/** 前日確認: owns confirmation_call; reads the day's bookings and whom to call through their owners; the dashboard asks it what is overdue. */
@Module({
  imports: [TypeOrmModule.forFeature([ConfirmationCallEntity]), BookingsModule, BookingPersonalModule, HandlingRecordsModule, ProgramsModule, UsersModule],
  controllers: [ConfirmationCallsController],
  providers: [ConfirmationCallsService],
  exports: [ConfirmationCallsService],
})
export class ConfirmationCallsModule {}
