import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { BookingSettingsController } from './booking-settings.controller';
import { PreMeetingEntity, TravelMatrixEntity } from './booking-settings.entity';
import { BookingSettingsService } from './booking-settings.service';

/** Booking settings: the travel matrix and the pre-meetings (tables travel_matrix, pre_meeting). */
@Module({
  imports: [TypeOrmModule.forFeature([TravelMatrixEntity, PreMeetingEntity]), ProgramsModule, HandlingRecordsModule],
  controllers: [BookingSettingsController],
  providers: [BookingSettingsService],
  exports: [BookingSettingsService],
})
export class BookingSettingsModule {}
