import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UserAccountsService } from './user-accounts.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), HandlingRecordsModule, OrganizationsModule],
  controllers: [UsersController],
  providers: [UsersService, UserAccountsService],
  exports: [UserAccountsService],
})
export class UsersModule {}
