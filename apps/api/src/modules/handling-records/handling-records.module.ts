import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { HandlingRecordEntity } from './handling-record.entity';
import { HandlingRecordService } from './handling-record.service';
import { HandlingRecordsController } from './handling-records.controller';
import { HandlingRecordsService } from './handling-records.service';

@Module({
  imports: [TypeOrmModule.forFeature([HandlingRecordEntity, UserEntity, OrganizationEntity])],
  controllers: [HandlingRecordsController],
  providers: [HandlingRecordService, HandlingRecordsService],
  exports: [HandlingRecordService, HandlingRecordsService],
})
export class HandlingRecordsModule {}
