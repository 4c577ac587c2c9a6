import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { BookingPersonalModule } from '../booking-personal/booking-personal.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProgramsModule } from '../programs/programs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity } from './application.entity';
import { HandOversController } from './hand-overs.controller';
import { HandOversService } from './hand-overs.service';
import { LeasesModule } from '../leases/leases.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { FacePhotoFiles } from './face-photo-files';
import { FolderUploadedFiles, UploadedFiles } from '../../common/files/uploaded-files';

/** 申請記録 (issue 19): owns application, application_search_token (personal fields sealed per record) and hand_over_batch (引渡し), and the sealed face photo files. */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity]), LeasesModule, CryptoModule, HandlingRecordsModule, IdempotencyModule, ProgramsModule, SessionsModule, BookingPersonalModule, FacilitiesModule],
  controllers: [ApplicationsController, HandOversController],
  providers: [ApplicationsService, HandOversService, FacePhotoFiles, { provide: UploadedFiles, useClass: FolderUploadedFiles }],
  exports: [ApplicationsService, HandOversService],
})
export class ApplicationsModule {}
