import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACTOR_RESOLVER } from '../../common/auth/ports';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { ProgramsModule } from '../programs/programs.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginEntity } from './login.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([LoginEntity, LoginThrottleEntity]), HandlingRecordsModule, ProgramsModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottleService, { provide: ACTOR_RESOLVER, useExisting: AuthService }],
  exports: [AuthService, ACTOR_RESOLVER],
})
export class AuthModule {}
