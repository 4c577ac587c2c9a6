import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramActivityRegistry } from './program-activity.registry';
import { ProgramScopeService } from './program-scope.service';
import { ProgramVendorEntity } from './program-vendor.entity';
import { ProgramEntity } from './program.entity';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';
import { ProgressService } from './progress.service';
import { TargetEntity, TargetGroupEntity } from './target.entity';
import { VisitDayEntity } from './visit-day.entity';
import { VisitDaysService } from './visit-days.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgramEntity, ProgramVendorEntity, OrganizationEntity, TargetGroupEntity, TargetEntity, VisitDayEntity]), HandlingRecordsModule],
  controllers: [ProgramsController],
  providers: [ProgramScopeService, ProgramsService, VisitDaysService, ProgressService, ProgramActivityRegistry],
  exports: [ProgramScopeService, ProgramActivityRegistry, ProgramsService, ProgressService],
})
export class ProgramsModule {}
