import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordEntity } from './handling-record.entity';
import { HandlingRecordService } from './handling-record.service';

/** Appending to the handling record: every feature imports this (and nothing else of the handling record). */
@Module({
  imports: [TypeOrmModule.forFeature([HandlingRecordEntity])],
  providers: [HandlingRecordService],
  exports: [HandlingRecordService],
})
export class HandlingRecordsModule {}
