import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col } from '../../database/columns';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/** One contract of a municipality (its settings grow with the programs capability). */
@Entity('program')
export class ProgramEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_program_municipality')
  @Column({ ...col.ref(), name: 'municipality_id' })
  municipalityId: string;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_program_municipality' })
  municipality?: MunicipalityEntity;
  @Column(col.text(200)) title: string;
  @Column({ ...col.date(), name: 'period_start' }) periodStart: string;
  @Column({ ...col.date(), name: 'period_end' }) periodEnd: string;
  /** Roles that see personal data must use a second factor in this program. */
  @Column({ ...col.bool(), name: 'require_totp' }) requireTotp: boolean;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
