import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col } from '../../database/columns';
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
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_organization_municipality' })
  municipality?: MunicipalityEntity | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
