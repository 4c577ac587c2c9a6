import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ApplicationEntity, ApplicationSearchTokenEntity } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

/** 申請記録 (issue 19): owns application and application_search_token (personal fields sealed per record). */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationEntity, ApplicationSearchTokenEntity]), CryptoModule, HandlingRecordsModule, IdempotencyModule, ProgramsModule, SessionsModule, BookingPersonalModule, FacilitiesModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
