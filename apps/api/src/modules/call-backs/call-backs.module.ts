import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '../../common/crypto/crypto.module';
import { CallsModule } from '../calls/calls.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { CallBackEntity } from './call-back.entity';
import { CallBacksController } from './call-backs.controller';
import { CallBacksService } from './call-backs.service';

/** 折り返し: owns call_back (the caller's data sealed per record); logs call backs through the call log's service; the dashboard asks it what is due. */
@Module({
  imports: [TypeOrmModule.forFeature([CallBackEntity]), CallsModule, CryptoModule, HandlingRecordsModule, ProgramsModule, UsersModule],
  controllers: [CallBacksController],
  providers: [CallBacksService],
  exports: [CallBacksService],
})
export class CallBacksModule {}
