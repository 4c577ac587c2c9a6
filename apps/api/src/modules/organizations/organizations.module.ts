import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandlingRecordsModule } from '../handling-records/handling-records.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { VendorMunicipalityEntity } from './vendor-municipality.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, VendorMunicipalityEntity]), HandlingRecordsModule, MunicipalitiesModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
