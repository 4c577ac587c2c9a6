import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
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
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_visit_team_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.date(), name: 'visit_date' }) visitDate: string;
  @Column(col.enum()) half: 'am' | 'pm';
  @Column({ ...col.ref(), name: 'lead_id' }) leadId: string;
  @References(() => UserEntity, { column: 'lead_id', constraint: 'fk_visit_team_lead', onDelete: 'RESTRICT' })
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
  @References(() => VisitTeamEntity, { column: 'team_id', constraint: 'fk_visit_team_member_team', onDelete: 'CASCADE' })
  team?: VisitTeamEntity;
  @PrimaryColumn({ ...col.ref(), name: 'user_id' }) userId: string;
  @References(() => UserEntity, { column: 'user_id', constraint: 'fk_visit_team_member_user', onDelete: 'RESTRICT' })
  user?: UserEntity;
}
