import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';
import { UserEntity } from '../users/user.entity';

/**
 * チーム: who goes out on one half-day of a visit day — the 現場責任者 (lead_id, also a member) and the accompanying
 * city staff by name. The vendor staff are rows of visit_team_member. One per program, day and half.
 */
@Entity('visit_team')
@Index('uq_visit_team_program_day_half', ['programId', 'visitDate', 'half'], { unique: true })
export class VisitTeamEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_visit_team_program' })
  program?: ProgramEntity;
  @Column({ ...col.date(), name: 'visit_date' }) visitDate: string;
  @Column(col.enum()) half: 'am' | 'pm';
  @Column({ ...col.ref(), name: 'lead_id' }) leadId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'fk_visit_team_lead' })
  lead?: UserEntity;
  @Column({ ...col.json(), name: 'city_staff', transformer: jsonText<string[]>([]) }) cityStaff: string[];
  @Column({ ...col.ref(true), name: 'assigned_by' }) assignedBy: string | null;
  @Column({ ...col.instant(), name: 'assigned_at' }) assignedAt: Date;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/** One of the vendor's staff on a team (the lead included). */
@Entity('visit_team_member')
@Index('ix_visit_team_member_user', ['userId'])
export class VisitTeamMemberEntity {
  @PrimaryColumn({ ...col.ref(), name: 'team_id' }) teamId: string;
  @ManyToOne(() => VisitTeamEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_visit_team_member_team' })
  team?: VisitTeamEntity;
  @PrimaryColumn({ ...col.ref(), name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_visit_team_member_user' })
  user?: UserEntity;
}
