import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LeaseEntity } from './lease.entity';
import { LeaseService } from './lease.service';
import { ScheduledJobs } from './scheduled-jobs';

/** Scheduled work that several API instances run once per period (ADR 0007). */
@Module({
  imports: [TypeOrmModule.forFeature([LeaseEntity])],
  providers: [LeaseService, ScheduledJobs],
  exports: [LeaseService, ScheduledJobs],
})
export class LeasesModule {}
