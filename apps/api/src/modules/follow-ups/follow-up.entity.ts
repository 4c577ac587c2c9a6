import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ApplicationEntity } from '../applications/application.entity';
import { ProgramEntity } from '../programs/program.entity';

export interface DefectAttempt {
  at: string;
  method: string;
  result: string;
}

/** 不備対応: an application returned as defective, and every attempt to reach the applicant until resolved. */
@Entity('defect')
@Index('ix_defect_program_received', ['programId', 'receivedDate'])
@Index('ix_defect_application', ['applicationId'])
export class DefectEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_defect_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.ref(true), name: 'session_id' }) sessionId: string | null;
  /** The application it is about (issue 19 item 4); the applications module owns that table. */
  @Column({ ...col.ref(true), name: 'application_id' }) applicationId: string | null;
  @References(() => ApplicationEntity, { column: 'application_id', constraint: 'fk_defect_application', onDelete: 'SET NULL' })
  application?: ApplicationEntity;
  @Column({ ...col.enum(true), name: 'found_by' }) foundBy: string | null;
  @Column({ ...col.date(), name: 'received_date' }) receivedDate: string;
  @Column(col.enum()) category: string;
  /** What is wrong, without personal data. */
  @Column(col.text(500)) description: string;
  @Column({ ...col.json(), transformer: jsonText<DefectAttempt[]>([]) }) attempts: DefectAttempt[];
  @Column({ ...col.date(true), name: 'resolved_date' }) resolvedDate: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/** 問い合わせ・苦情: logged, handled, escalated to the city when needed. */
@Entity('inquiry')
@Index('ix_inquiry_program_date', ['programId', 'date'])
export class InquiryEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_inquiry_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.date()) date: string;
  @Column(col.enum()) channel: string;
  @Column(col.enum()) category: string;
  @Column(col.text(500)) summary: string;
  @Column(col.text(500, true)) handling: string | null;
  @Column({ ...col.bool(), name: 'escalated_to_city' }) escalatedToCity: boolean;
  @Column({ ...col.date(true), name: 'closed_date' }) closedDate: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
