import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PROGRAM_VISIBILITY, SECOND_FACTOR_POLICY } from '../../common/auth/ports';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProgramActivityRegistry } from './program-activity.registry';
import { ProgramDataVersionEntity } from './program-data-version.entity';
import { ProgramDataVersions } from './program-data-versions';
import { ProgramListCache } from './program-list-cache';
import { ProgramListVersionEntity } from './program-list-version.entity';
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
  imports: [TypeOrmModule.forFeature([ProgramEntity, ProgramVendorEntity, TargetGroupEntity, TargetEntity, VisitDayEntity, ProgramListVersionEntity, ProgramDataVersionEntity]), HandlingRecordsModule, OrganizationsModule],
  controllers: [ProgramsController],
  providers: [
    ProgramScopeService,
    ProgramsService,
    ProgramListCache,
    ProgramDataVersions,
    VisitDaysService,
    ProgressService,
    ProgramActivityRegistry,
    { provide: PROGRAM_VISIBILITY, useExisting: ProgramScopeService },
    { provide: SECOND_FACTOR_POLICY, useExisting: ProgramScopeService },
  ],
  exports: [ProgramDataVersions, ProgramScopeService, ProgramActivityRegistry, ProgramsService, ProgressService, VisitDaysService, PROGRAM_VISIBILITY, SECOND_FACTOR_POLICY],
})
export class ProgramsModule {}
