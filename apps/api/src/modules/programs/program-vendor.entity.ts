import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from './program.entity';

/** Which vendor organization(s) serve which program: the basis of every vendor user's scope. */
@Entity('program_vendor')
export class ProgramVendorEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Index('ix_program_vendor_organization')
  @PrimaryColumn({ ...col.ref(), name: 'organization_id' })
  organizationId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_program_vendor_program' })
  program?: ProgramEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_program_vendor_organization' })
  organization?: OrganizationEntity;
}
