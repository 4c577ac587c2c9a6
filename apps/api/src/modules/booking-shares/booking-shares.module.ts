import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { BookingsModule } from '../bookings/bookings.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { ProgramSlipSharesController, ShareFilesController } from './booking-shares.controller';
import { BookingSharesService } from './booking-shares.service';
import { ShareFileEntity } from './share-file.entity';

/** The weekly share of reception slips on time, and the encrypted share file released by a second person (ADR 0010). */
@Module({
  imports: [TypeOrmModule.forFeature([ShareFileEntity]), BookingsModule, BookingPersonalModule, ProgramsModule, UsersModule, HandlingRecordsModule],
  controllers: [ProgramSlipSharesController, ShareFilesController],
  providers: [BookingSharesService],
  exports: [BookingSharesService],
})
export class BookingSharesModule {}
