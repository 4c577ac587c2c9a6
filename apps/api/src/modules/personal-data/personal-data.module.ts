import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { BookingsModule } from '../bookings/bookings.module';
import { UsersModule } from '../users/users.module';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';

/** The deletion ledger and the manager's sweep (issue 14 item 2); the deleting itself is the bookings module's. */
@Module({
  imports: [BookingsModule, BookingPersonalModule, UsersModule, ApplicationsModule],
  controllers: [PersonalDataController],
  providers: [PersonalDataService],
  exports: [PersonalDataService],
})
export class PersonalDataModule {}
