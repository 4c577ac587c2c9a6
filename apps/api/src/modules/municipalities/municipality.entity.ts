import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col } from '../../database/columns';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn(col.id()) id: string;
  /** 全国地方公共団体コード (6 digits, with check digit). */
  @Index('uq_municipality_code', { unique: true })
  @Column(col.text(6))
  code: string;
  @Column(col.text(100)) name: string;
  @Column(col.text(10)) prefecture: string;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
