import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { CallEntity, CallWeekEntity } from './call.entity';
import { CallWeeksService } from './call-weeks.service';
import { CallWeeksController, CallsController, ProgramCallsController } from './calls.controller';
import { CallsService } from './calls.service';

@Module({
  imports: [TypeOrmModule.forFeature([CallEntity, CallWeekEntity]), ProgramsModule, HandlingRecordsModule],
  controllers: [CallsController, CallWeeksController, ProgramCallsController],
  providers: [CallsService, CallWeeksService],
  exports: [CallsService],
})
export class CallsModule {}
