import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { BookingSettingsController } from './booking-settings.controller';
import { TravelMatrixEntity } from './booking-settings.entity';
import { BookingSettingsService } from './booking-settings.service';

/** Booking settings: the travel matrix (table travel_matrix); the pre-meetings are the facilities'. */
@Module({
  imports: [TypeOrmModule.forFeature([TravelMatrixEntity]), ProgramsModule, HandlingRecordsModule],
  controllers: [BookingSettingsController],
  providers: [BookingSettingsService],
  exports: [BookingSettingsService],
})
export class BookingSettingsModule {}
