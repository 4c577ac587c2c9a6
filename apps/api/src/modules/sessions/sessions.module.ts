import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '../approvals/approvals.module';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { SessionHooks } from './session-hooks';
import { SessionQueries } from './session-queries.service';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), ProgramsModule, HandlingRecordsModule, UsersModule, ApprovalsModule],
  controllers: [SessionsController],
  providers: [SessionsService, SessionQueries, SessionHooks],
  exports: [SessionsService, SessionQueries, SessionHooks],
})
export class SessionsModule {}
