import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CallBacksModule } from '../call-backs/call-backs.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { BookingSharesModule } from '../booking-shares/booking-shares.module';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { BookingsModule } from '../bookings/bookings.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { ProgramClosingController } from './program-closing.controller';
import { ProgramClosingService } from './program-closing.service';

/** Closing a contract (特記事項 §10): the checklist, deletions and handovers, the closing, the certificate's data. */
@Module({
  imports: [ApplicationsModule, BookingsModule, CallBacksModule, BookingPersonalModule, BookingSharesModule, FacilitiesModule, ProgramsModule, UsersModule],
  controllers: [ProgramClosingController],
  providers: [ProgramClosingService],
  exports: [ProgramClosingService],
})
export class ProgramClosingModule {}
