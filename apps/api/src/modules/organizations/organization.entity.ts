import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryColumn(col.id()) id: string;
  /** 'city' | 'vendor' | 'operator' (the installation's operator, for system_admin users). */
  @Column(col.enum()) kind: string;
  @Column(col.text(200)) name: string;
  @Index('ix_organization_municipality')
  @Column({ ...col.ref(true), name: 'municipality_id' })
  municipalityId: string | null;
  @References(() => MunicipalityEntity, { column: 'municipality_id', constraint: 'fk_organization_municipality', onDelete: 'RESTRICT', nullable: true })
  municipality?: MunicipalityEntity | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
