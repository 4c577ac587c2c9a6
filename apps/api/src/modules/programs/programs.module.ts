import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgramVendorEntity } from './program-vendor.entity';
import { ProgramEntity } from './program.entity';
import { ProgramScopeService } from './program-scope.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgramEntity, ProgramVendorEntity])],
  providers: [ProgramScopeService],
  exports: [ProgramScopeService],
})
export class ProgramsModule {}
