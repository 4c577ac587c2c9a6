import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { IncidentEntity } from './incident.entity';
import { IncidentsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';

/** 個人情報の事故報告 (特記事項 §12): owns personal_data_incident; the dashboard and the handling report ask it. */
@Module({
  imports: [TypeOrmModule.forFeature([IncidentEntity]), ProgramsModule, HandlingRecordsModule, UsersModule],
  controllers: [IncidentsController],
  providers: [IncidentsService],
  exports: [IncidentsService],
})
export class IncidentsModule {}
