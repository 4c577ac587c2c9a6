import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * 取扱記録: who handled which data, when. Append-only (no update or delete route exists), ids only — never a
 * name, address or phone number of a resident.
 */
@Entity('handling_record')
@Index('ix_handling_record_municipality_time', ['municipalityId', 'occurredAt'])
@Index('ix_handling_record_organization_time', ['organizationId', 'occurredAt'])
export class HandlingRecordEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ ...col.instant(), name: 'occurred_at' }) occurredAt: Date;
  @Column({ ...col.ref(true), name: 'user_id' }) userId: string | null;
  @Column({ ...col.ref(true), name: 'organization_id' }) organizationId: string | null;
  @Column({ ...col.ref(true), name: 'municipality_id' }) municipalityId: string | null;
  @Column({ ...col.enum(true) }) role: string | null;
  @Column(col.text(60)) action: string;
  @Column({ ...col.text(60, true), name: 'resource_type' }) resourceType: string | null;
  @Column({ ...col.text(64, true), name: 'resource_id' }) resourceId: string | null;
  @Column({ ...col.ref(true), name: 'program_id' }) programId: string | null;
  @Column({ ...col.text(45, true) }) ip: string | null;
  @Column({ ...col.text(500, true) }) reason: string | null;
}
