import { Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from './program.entity';

/** Which vendor organization(s) serve which program: the basis of every vendor user's scope. */
@Entity('program_vendor')
export class ProgramVendorEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Index('ix_program_vendor_organization')
  @PrimaryColumn({ ...col.ref(), name: 'organization_id' })
  organizationId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_program_vendor_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @References(() => OrganizationEntity, { column: 'organization_id', constraint: 'fk_program_vendor_organization', onDelete: 'RESTRICT' })
  organization?: OrganizationEntity;
}
