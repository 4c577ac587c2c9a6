import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, OrganizationEntity, AuthSessionEntity]), HandlingRecordsModule],
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule {}
